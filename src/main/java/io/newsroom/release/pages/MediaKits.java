package io.newsroom.release.pages;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.newsroom.media.Image;
import io.newsroom.media.MediaLibrary;
import io.newsroom.release.model.PublicReleases;
import io.newsroom.settings.Settings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A release's media kit for journalists: its images as uploaded, its PDF and a text file of captions
 * and credits, in one ZIP. Each kit is written once to a file, keyed by what it holds (the release's
 * version, its images' descriptions, the site's texts), and served from that file until one of them
 * changes; it streams from disk, never held whole in memory. Its images stop at
 * {@code newsroom.media-kit.max-size}: those beyond are listed with their address instead.
 */
@Component
class MediaKits {

    private static final Logger log = LoggerFactory.getLogger(MediaKits.class);

    /** Moves when what a kit holds changes shape, so that kits written by an older version are not served. */
    private static final String FORMAT = "3"; // 2: originals without location metadata; 3: CAPTIONS.txt in the release's language

    /** A kit replaced longer ago than this is deleted; younger ones may still be streaming to someone. */
    private static final Duration KEEP_REPLACED = Duration.ofMinutes(10);

    /**
     * @param directory where kits are written (each instance keeps its own); the system's temporary
     *                  folder's {@code newsroom-media-kits} when not set
     * @param maxSize   the most bytes of images one kit holds
     */
    @ConfigurationProperties("newsroom.media-kit")
    record MediaKitProperties(Path directory, @DefaultValue("200MB") DataSize maxSize) {

        MediaKitProperties {
            if (directory == null) {
                directory = Path.of(System.getProperty("java.io.tmpdir"), "newsroom-media-kits");
            }
        }
    }

    private final MediaLibrary media;
    private final ReleasePdf pdf;
    private final MediaKitProperties properties;
    private final Counter builds;
    private final Counter unwritable;
    private final KitTexts texts;

    /** The kits being written now, so that simultaneous downloads of a new kit write it once. */
    private final Map<Path, CompletableFuture<Path>> building = new ConcurrentHashMap<>();

    /** How long a download waits for another one writing the same kit. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    MediaKits(MediaLibrary media, ReleasePdf pdf, KitTexts texts, MediaKitProperties properties,
              MeterRegistry registry) {
        this.texts = texts;
        this.media = media;
        this.pdf = pdf;
        this.properties = properties;
        this.builds = Counter.builder("newsroom.media_kit.builds")
                .description("Media kits written to disk (each is then served until its release changes)")
                .register(registry);
        this.unwritable = Counter.builder("newsroom.media_kit.unwritable")
                .description("Media kits streamed without being kept, because their folder could not be written")
                .register(registry);
    }

    /** The release's images: its main image first, then those in its text, each once. */
    List<KitImage> images(PublicReleases.ReleasePage page) {
        var found = new LinkedHashMap<Long, KitImage>();
        if (page.hero() != null) {
            found.put(page.hero().id(), new KitImage(page.hero(), page.release().getHeroImageAlt()));
        }
        // most bodies have no image: they are not parsed on the way to the page
        var body = page.body().contains("<img") ? Jsoup.parseBodyFragment(page.body()).select("img[src]") : null;
        if (body != null && !body.isEmpty()) {
            // the alt text the body gives each address, the first non-empty one where it shows several times
            var alts = new LinkedHashMap<String, String>();
            body.forEach(img -> alts.merge(img.attr("src"), img.attr("alt"), (first, next) -> first.isBlank() ? next : first));
            media.findByAddresses(alts.keySet()).forEach((address, image) ->
                    found.putIfAbsent(image.id(), new KitImage(image, alts.get(address))));
        }
        // where the release gives an image no text alternative, the library's stands in
        return found.values().stream()
                .map(kit -> kit.alt() == null || kit.alt().isBlank() ? new KitImage(kit.image(), kit.image().alt()) : kit)
                .toList();
    }

    /** Another download is writing this kit, and took longer than a visitor should wait: try again shortly. */
    static final class BusyException extends RuntimeException {
        BusyException() {
            super("The media kit is being written", null, false, false);
        }
    }

    /**
     * The kit's file, written now if this version of the release has none yet: once, however many
     * download it at the same moment (the others wait for that one). Empty when kits cannot be kept on
     * disk (a read-only or full folder): then {@link #writeTo} streams it, and the failure is logged
     * and counted.
     *
     * @throws BusyException when another download has been writing it for longer than {@link #LONGEST_WAIT}
     */
    Optional<Path> kit(PublicReleases.ReleasePage page, Settings site) {
        var images = images(page);
        var release = page.release();
        Path directory = properties.directory();
        Path file = directory.resolve(release.getId() + "-" + keyOf(page, images, site) + ".zip");
        if (Files.exists(file)) {
            return Optional.of(file);
        }
        var mine = new CompletableFuture<Path>();
        var other = building.putIfAbsent(file, mine);
        if (other != null) {
            return waitFor(other);
        }
        try {
            if (!Files.exists(file)) {
                build(file, page, images, site);
            }
            mine.complete(file);
            return Optional.of(file);
        } catch (IOException unwritable) {
            mine.completeExceptionally(unwritable);
            unwritable(directory, unwritable);
            return Optional.empty();
        } finally {
            building.remove(file, mine);
        }
    }

    private Optional<Path> waitFor(CompletableFuture<Path> other) {
        try {
            return Optional.of(other.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            throw new BusyException();
        } catch (ExecutionException failed) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
    }

    private void build(Path file, PublicReleases.ReleasePage page, List<KitImage> images, Settings site) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), page.release().getId() + "-", ".part");
        try {
            try (var out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part)), StandardCharsets.UTF_8)) {
                write(out, page, images, site);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        builds.increment();
        removeReplaced(page.release().getId(), file);
    }

    /** The kit written straight to a download, kept nowhere: for when its folder cannot be written. */
    void writeTo(OutputStream out, PublicReleases.ReleasePage page, Settings site) throws IOException {
        var zip = new ZipOutputStream(new BufferedOutputStream(out), StandardCharsets.UTF_8);
        write(zip, page, images(page), site);
        zip.finish();
        zip.flush();
    }

    private void unwritable(Path directory, IOException failure) {
        unwritable.increment();
        log.warn("Media kits cannot be written to {} ({}); each kit is streamed without being kept until it can."
                + " Set newsroom.media-kit.directory to a writable folder.", directory, failure.toString());
    }

    private void write(ZipOutputStream zip, PublicReleases.ReleasePage page, List<KitImage> images, Settings site)
            throws IOException {
        var release = page.release();
        String url = texts.address(release, site);
        // for journalists: in the release's own language, as its page and its PDF
        var language = Locale.forLanguageTag(release.getLanguage());
        var captions = new StringBuilder();
        captions.append(release.getTitle()).append('\n').append(url).append("\n\n");
        long room = properties.maxSize().toBytes();
        int n = 0;
        var left = new ArrayList<String>();
        for (var item : images) {
            var download = item.image().download();
            String name = String.format(Locale.ROOT, "images/%02d-%s.%s", ++n, fileName(item.image()), download.extension());
            if (download.size() > room) {
                left.add(name.substring("images/".length()) + ": " + site.absolute(download.url()));
                continue;
            }
            try (InputStream in = media.openStored(download.url()).orElse(null)) {
                if (in == null) {
                    log.warn("The media kit of release {} is missing {}", release.getId(), download.url());
                    left.add(name.substring("images/".length()) + ": " + site.absolute(download.url()));
                    continue;
                }
                zip.putNextEntry(new ZipEntry(name));
                room -= copy(in, zip, room);
                zip.closeEntry();
            }
            captions.append(name.substring("images/".length())).append(" (").append(item.image().width()).append(" × ")
                    .append(item.image().height()).append(")\n");
            line(captions, texts.label("kit.caption", language), item.image().caption());
            line(captions, texts.label("kit.credit", language), item.image().credit());
            line(captions, texts.label("kit.alt", language), item.alt());
            captions.append('\n');
        }
        if (!left.isEmpty()) {
            captions.append(texts.label("kit.left-out", language)).append('\n');
            left.forEach(entry -> captions.append(entry).append('\n'));
            captions.append('\n');
        }
        var contact = release.mediaContactOr(site.mediaContact());
        captions.append(texts.label("kit.contact", language)).append(": ").append(contact.name()).append(", ").append(contact.email());
        if (contact.hasPhone()) {
            captions.append(", ").append(contact.phone());
        }
        captions.append('\n');
        zip.putNextEntry(new ZipEntry(release.getSlug() + ".pdf"));
        zip.write(pdf.render(page, site, url));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("CAPTIONS.txt"));
        zip.write(captions.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void line(StringBuilder captions, String label, String text) {
        if (text != null && !text.isBlank()) {
            captions.append(label).append(": ").append(text.strip()).append('\n');
        }
    }

    /** Copies at most {@code room} bytes (a file that grew since it was measured stops there). */
    private static long copy(InputStream in, OutputStream out, long room) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read; copied < room && (read = in.read(buffer, 0, (int) Math.min(buffer.length, room - copied))) > 0; ) {
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    /** The uploaded file's name without its extension, as a safe name inside the ZIP. */
    private static String fileName(Image image) {
        String name = image.originalName() == null ? "image" : image.originalName();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return base.isEmpty() ? "image" : base.length() > 80 ? base.substring(0, 80) : base;
    }

    /** What the kit holds, as a digest: a new one whenever the release, its images' texts or the site's texts change. */
    private static String keyOf(PublicReleases.ReleasePage page, List<KitImage> images, Settings site) {
        var release = page.release();
        var text = new StringBuilder(FORMAT).append('\n').append(release.getId()).append('\n').append(release.getVersion())
                .append('\n').append(release.getUpdatedAt()).append('\n');
        for (var item : images) {
            var image = item.image();
            text.append(image.id()).append('|').append(image.caption()).append('|').append(image.credit()).append('|')
                    .append(item.alt()).append('|').append(item.image().download().url()).append('|')
                    .append(item.image().download().size()).append('\n');
        }
        var contact = release.mediaContactOr(site.mediaContact());
        text.append(site.companyName()).append('|').append(site.boilerplate(Locale.forLanguageTag(release.getLanguage())))
                .append('|').append(contact).append('|').append(site.logo() == null ? "" : site.logo().id()).append('|')
                .append(site.baseUrl()).append('|').append(site.timeZone());
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the release's kits that a newer one replaced a while ago. */
    private void removeReplaced(long releaseId, Path current) {
        var before = Instant.now().minus(KEEP_REPLACED);
        try (var kits = Files.newDirectoryStream(current.getParent(), releaseId + "-*.zip")) {
            for (Path kit : kits) {
                if (!kit.equals(current) && Files.getLastModifiedTime(kit).toInstant().isBefore(before)) {
                    Files.deleteIfExists(kit);
                }
            }
        } catch (IOException e) {
            log.debug("Could not tidy the media kits of release {}: {}", releaseId, e.toString());
        }
    }
}
