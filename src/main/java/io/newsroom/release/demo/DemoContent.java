package io.newsroom.release.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import io.newsroom.media.ImageRejectedException;
import io.newsroom.media.MediaLibrary;
import io.newsroom.release.model.Categories;
import io.newsroom.release.model.PressRelease;
import io.newsroom.release.model.PressReleases;
import io.newsroom.settings.SiteSettings;

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

    private final PressReleases releases;
    private final Categories categories;
    private final SiteSettings settings;
    private final MediaLibrary media;
    private final Clock clock;

    DemoContent(PressReleases releases, Categories categories, SiteSettings settings, MediaLibrary media,
                Clock clock) {
        this.releases = releases;
        this.categories = categories;
        this.settings = settings;
        this.media = media;
        this.clock = clock;
    }

    /** Loads the demo releases unless there is a release already; returns how many it loaded. */
    @Transactional
    public int loadIntoEmptyNewsroom() {
        if (releases.existsBy()) {
            return 0;
        }
        var now = clock.instant();
        var site = settings.current();
        var demo = readDemoReleases();
        var images = new HashMap<String, Long>();
        for (DemoRelease item : demo) {
            var category = categories.findBySlug(item.categorySlug()).orElseThrow(() ->
                    new IllegalStateException("Demo release " + item.slug() + " names no category " + item.categorySlug()));
            var release = PressRelease.draft(item.slug(), site.language(), item.title(), item.summary(), item.body(),
                    category, now);
            if (item.image() != null) {
                release.showImage(images.computeIfAbsent(item.image(), this::importImage), item.imageAlt());
            }
            release.publish(item.publishedAt(site.timeZone()), now);
            releases.save(release);
        }
        log.info("Loaded {} demo press releases into the empty newsroom", demo.size());
        return demo.size();
    }

    /** Demo images go through the same checks and re-encoding as any upload. */
    private Long importImage(String fileName) {
        var resource = new ClassPathResource("demo/images/" + fileName);
        try (var in = resource.getInputStream()) {
            return media.store(fileName, in.readAllBytes(), "Demo content").id();
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
