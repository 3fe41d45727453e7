package io.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The images of the newsroom: other features store uploads here and ask for an {@link Image} to
 * show. Files are written before the database row, so a row never points at a missing file.
 */
@Service
public class MediaLibrary {

    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);


    private static final SecureRandom RANDOM = new SecureRandom();

    private final MediaItems items;
    private final MediaStorage storage;
    private final ImageProcessor processor;
    private final MediaProperties properties;
    private final Clock clock;

    MediaLibrary(MediaItems items, MediaStorage storage, ImageProcessor processor, MediaProperties properties,
                 Clock clock) {
        this.items = items;
        this.storage = storage;
        this.processor = processor;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks, re-encodes and stores an upload.
     *
     * @param originalName the name the file had on the uploader's computer, kept for display only
     * @throws ImageRejectedException when it is not an image this site takes (the key says why)
     */
    @Transactional
    public Image store(String originalName, byte[] data, String uploadedBy) throws ImageRejectedException {
        var processed = processor.process(data);
        var format = ImageFormat.sniff(data).orElseThrow();
        byte[] kept = original(data, format);
        String key = HexFormat.of().formatHex(randomBytes());
        var written = new ArrayList<String>();
        try {
            for (var variant : processed.variants()) {
                String name = Media.fileName(key, variant.width(), processed.contentType());
                storage.put(name, variant.bytes());
                written.add(name);
            }
            // the file as uploaded, for journalists who print it: it decoded as an image of its type
            if (kept != null) {
                String original = Media.originalFileName(key, format);
                storage.put(original, kept);
                written.add(original);
            }
        } catch (IOException e) {
            // the storage refused (a full disk, a read-only folder): say so, keep no half of the image
            log.warn("Could not store an image: {}", e.toString());
            for (String name : written) {
                try {
                    storage.delete(name);
                } catch (IOException ignored) {
                    // as unwritable as before
                }
            }
            throw new ImageRejectedException("media.not-stored");
        }
        var media = new Media(key, displayName(originalName), processed, data.length, clock.instant(), uploadedBy);
        if (kept != null) {
            media.keepsOriginal(format, kept.length);
        }
        return items.save(media).toImage();
    }

    /**
     * The original to keep: without location and personal metadata unless {@code newsroom.media.keep-metadata};
     * none (the largest copy stands in) when its structure cannot be read for that.
     */
    private byte[] original(byte[] data, ImageFormat format) {
        if (properties.keepMetadata()) {
            return data;
        }
        try {
            return OriginalMetadata.clean(data, format);
        } catch (IOException | RuntimeException unreadable) {
            log.warn("An upload's metadata could not be read to remove it ({}); its original is not kept", unreadable.toString());
            return null;
        }
    }

    /** As {@link #store(String, byte[], String)}, refusing an oversized upload before reading it. */
    public Image store(String originalName, long size, InputStream content, String uploadedBy)
            throws ImageRejectedException, IOException {
        if (size > properties.maxFileSize().toBytes()) {
            throw new ImageRejectedException("media.rejected.too-large");
        }
        return store(originalName, content.readNBytes((int) properties.maxFileSize().toBytes() + 1), uploadedBy);
    }

    /** The library's images, newest first, a page at a time. */
    @Transactional(readOnly = true)
    Page<Media> newestFirst(Pageable page) {
        return items.findAllByOrderByCreatedAtDescIdDesc(page);
    }

    /** The key an image's stored files are named by. */
    @Transactional(readOnly = true)
    Optional<String> storageKeyOf(long id) {
        return items.findById(id).map(Media::getStorageKey);
    }

    /** The largest upload accepted. */
    public DataSize maxFileSize() {
        return properties.maxFileSize();
    }

    /** The largest upload accepted, as the messages that mention it say it: "10 MB". */
    public String maxFileSizeLabel() {
        return properties.maxFileSize().toMegabytes() + " MB";
    }

    @Transactional(readOnly = true)
    public Optional<Image> find(Long id) {
        return id == null ? Optional.empty() : items.findById(id).map(Media::toImage);
    }

    /** Several images at once, by id: one query for a whole list page. */
    @Transactional(readOnly = true)
    public Map<Long, Image> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return items.findByIdIn(ids).stream().map(Media::toImage)
                .collect(Collectors.toMap(Image::id, Function.identity()));
    }

    /** Sets an image's caption, credit and text alternative; blanks clear them. */
    @Transactional
    public Optional<Image> describe(long id, String caption, String credit, String alt) {
        return items.findById(id).map(media -> {
            media.describe(caption, credit, alt);
            return media.toImage();
        });
    }

    /**
     * The images that addresses in a text point at ({@code /media/{key}-{width}.jpg}), by address, in
     * the order the addresses come; addresses of no stored image are left out. One query.
     */
    @Transactional(readOnly = true)
    public Map<String, Image> findByAddresses(Collection<String> addresses) {
        var keyOf = new LinkedHashMap<String, String>();
        for (String address : addresses) {
            var found = STORED.matcher(address);
            if (found.matches()) {
                keyOf.put(address, found.group(1));
            }
        }
        if (keyOf.isEmpty()) {
            return Map.of();
        }
        var byKey = items.findByStorageKeyIn(Set.copyOf(keyOf.values())).stream()
                .collect(Collectors.toMap(Media::getStorageKey, Media::toImage));
        var images = new LinkedHashMap<String, Image>();
        keyOf.forEach((address, key) -> {
            if (byKey.containsKey(key)) {
                images.put(address, byKey.get(key));
            }
        });
        return images;
    }

    private static final Pattern STORED = Pattern.compile("(?:https?://[^/]+)?/media/([0-9a-f]{24})-(?:\\d+|original)\\.[a-z]{3,4}");

    /**
     * A stored file by its {@code /media/} address, opened for streaming (a media kit); empty for
     * any other address or a missing file. The caller closes it.
     */
    public Optional<InputStream> openStored(String address) throws IOException {
        if (!address.startsWith("/media/")) {
            return Optional.empty();
        }
        return storage.open(address.substring("/media/".length()));
    }

    /**
     * A stored file by the name in its {@code /media/} address, read from storage and never over
     * the network: for renders (the PDF) that must not fetch URLs. Empty for any other name, a file
     * that is missing, or one larger than {@code maxBytes}.
     */
    public Optional<byte[]> readStored(String name, int maxBytes) {
        try {
            var found = storage.open(name);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            try (var in = found.get()) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Only for showing: strips any path and control characters a browser or attacker put in the name. */
    static String displayName(String name) {
        if (name == null || name.isBlank()) {
            return "image";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[\\p{Cntrl}]", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return "image";
        }
        return clean.length() > 255 ? clean.substring(0, 255) : clean;
    }
}
