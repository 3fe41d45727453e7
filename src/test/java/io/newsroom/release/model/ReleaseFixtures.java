package io.newsroom.release.model;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import io.newsroom.MutableClock;
import io.newsroom.TestClockConfiguration;
import io.newsroom.demo.DemoContent;
import io.newsroom.release.Slug;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Puts releases in the database in every state a test needs. */
@Component
public class ReleaseFixtures {

    private final PressReleases releases;
    private final Categories categories;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DemoContent demo;

    ReleaseFixtures(PressReleases releases, Categories categories, JdbcTemplate jdbc, Clock clock, DemoContent demo) {
        this.demo = demo;
        this.releases = releases;
        this.categories = categories;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The demo newsroom, as a visitor's first look shows it, at the tests' starting time. */
    public void demoNewsroom() {
        if (clock instanceof MutableClock mutable) {
            mutable.set(TestClockConfiguration.START);
        }
        clear();
        demo.loadIntoEmptyNewsroom();
    }

    /** An empty newsroom: no releases; the default categories stay. */
    public void clear() {
        jdbc.update("delete from press_release");
    }

    public Category category(String slug) {
        return categories.findBySlug(slug).orElseThrow();
    }

    public PressRelease published(String slug, String title, Instant at) {
        return published(slug, title, "news", at);
    }

    public PressRelease published(String slug, String title, String category, Instant at) {
        var release = draft(slug, title, category);
        release.publish(at, clock.instant());
        return releases.save(release);
    }

    /** A public release in a language, with its own summary and body (Markdown). */
    public PressRelease publishedIn(Locale language, String slug, String title, String summary, String body, Instant at) {
        var release = PressRelease.draft(new Slug(slug), language, title, summary, body,
                categories.findBySlug("news").orElseThrow(), clock.instant());
        release.publish(at, clock.instant());
        return releases.save(release);
    }

    /** A public translation of a release, in its story. */
    public PressRelease translationOf(PressRelease source, Locale language, String slug, String title, String summary,
                                      String body, Instant at) {
        var translation = source.translation(new Slug(slug), language, null, clock.instant());
        translation.rewrite(new Slug(slug), title, summary, body, source.getCategory());
        translation.publish(at, clock.instant());
        releases.save(source); // it now has a story
        return releases.save(translation);
    }

    public PressRelease scheduled(String slug, String title, Instant at) {
        return published(slug, title, "news", at);
    }

    public PressRelease savedDraft(String slug, String title) {
        return releases.save(draft(slug, title, "news"));
    }

    public PressRelease trashed(String slug, String title, Instant publishedAt) {
        var release = draft(slug, title, "news");
        release.publish(publishedAt, clock.instant());
        release.moveToTrash(clock.instant());
        return releases.save(release);
    }

    private PressRelease draft(String slug, String title, String category) {
        var found = categories.findBySlug(category).orElseThrow();
        return PressRelease.draft(new Slug(slug), Locale.ENGLISH, title, "Summary of " + title,
                "Body of " + title, found, clock.instant());
    }
}
