package io.newsroom.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.newsroom.media.ImageRejectedException;
import io.newsroom.media.MediaLibrary;
import io.newsroom.release.ReleaseImport;
import io.newsroom.release.ReleaseLookup;
import io.newsroom.settings.SettingsLookup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo releases in {@code classpath:demo/releases}, which fill an empty newsroom so that a
 * newcomer sees a working site. They never touch a newsroom that has releases, so a restart never
 * duplicates anything.
 */
@Component
public class DemoContent {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final String LOCATION = "classpath:demo/releases/*.md";
    private static final String KOREAN = "demo/releases-ko/";

    /** What an invented sample says of itself, in its list card and on its page, until staff remove it. */
    static final String SAMPLE_SUMMARY = "Sample release, invented for this demo: ";
    static final String SAMPLE_NOTICE = "> **Demo content.** This release is invented to show how the newsroom works;"
            + " it is not news from the company. Edit or delete it, together with this notice.\n\n";

    private final ReleaseLookup releases;
    private final ReleaseImport imports;
    private final SettingsLookup settings;
    private final MediaLibrary media;

    DemoContent(ReleaseLookup releases, ReleaseImport imports, SettingsLookup settings, MediaLibrary media) {
        this.releases = releases;
        this.imports = imports;
        this.settings = settings;
        this.media = media;
    }

    /**
     * Loads the demo releases unless there is a release already; returns how many it loaded. Each
     * comes in as any import does, with its first revision and an audit line by "system".
     */
    @Transactional
    public int loadIntoEmptyNewsroom() {
        if (releases.hasAny()) {
            return 0;
        }
        var site = settings.current();
        var demo = readDemoReleases();
        var images = new HashMap<String, Long>();
        var korean = settings.languages().byCode("ko");
        for (DemoRelease item : demo) {
            var translations = korean.flatMap(ko -> translation(item.fileName())
                    .map(text -> new ReleaseImport.Translation(ko, text.title(), text.summary(), text.body(), text.imageAlt())))
                    .stream().toList();
            imports.bringIn(new ReleaseImport.Incoming(item.slug(), Locale.ENGLISH, item.title(),
                    item.sample() ? SAMPLE_SUMMARY + item.summary() : item.summary(),
                    item.sample() ? SAMPLE_NOTICE + item.body() : item.body(), item.categorySlug(),
                    item.image() == null ? null : images.computeIfAbsent(item.image(), this::importImage), item.imageAlt(),
                    item.publishedAt(site.timeZone()), "demo content", null, translations));
        }
        log.info("Loaded {} demo press releases into the empty newsroom", demo.size());
        return demo.size();
    }

    /** The Korean text of a demo release, if it has one. */
    private static Optional<DemoRelease.Translation> translation(String fileName) {
        var resource = new ClassPathResource(KOREAN + fileName);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DemoRelease.parseTranslation(fileName, resource.getContentAsString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + KOREAN + fileName, e);
        }
    }

    /** Demo images go through the same checks and re-encoding as any upload, and say what they are in media kits. */
    private Long importImage(String fileName) {
        var resource = new ClassPathResource("demo/images/" + fileName);
        try (var in = resource.getInputStream()) {
            long id = media.store(fileName, in.readAllBytes(), "Demo content").id();
            media.describe(id, null, "Demo illustration, invented for this sample newsroom", null);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo image " + fileName, e);
        } catch (ImageRejectedException e) {
            throw new IllegalStateException("Demo image " + fileName + " was refused: " + e.messageKey(), e);
        }
    }

    private static List<DemoRelease> readDemoReleases() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            var demo = new ArrayList<DemoRelease>();
            for (Resource file : files) {
                demo.add(DemoRelease.parse(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
            }
            demo.sort(Comparator.comparing(DemoRelease::published));
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo releases", e);
        }
    }
}
