package io.newsroom.release.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.newsroom.TestDatabase;
import io.newsroom.release.Slug;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The public queries against the real database (Flyway's schema, no web layer): one rule decides
 * what a visitor may see, and every query keeps it.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class PressReleasesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired
    PressReleases releases;

    @Autowired
    Categories categories;

    @Autowired
    TestEntityManager entities;

    private Category news;

    @BeforeEach
    void newsroom() {
        // whatever other tests left behind goes too; each test's transaction is rolled back afterwards
        entities.getEntityManager().createNativeQuery("delete from press_release").executeUpdate();
        news = categories.findBySlug("news").orElseThrow();
        release("draft", "A draft", null);
        release("tomorrow", "Scheduled for tomorrow", NOW.plus(Duration.ofDays(1)));
        release("older", "Published a week ago", NOW.minus(Duration.ofDays(7)));
        release("newer", "Published yesterday", NOW.minus(Duration.ofDays(1)));
        var trashed = release("trashed", "In the trash", NOW.minus(Duration.ofDays(3)));
        trashed.moveToTrash(NOW);
        releases.save(trashed);
    }

    @Test
    void listsOnlyWhatIsPublicNewestFirst() {
        var page = releases.findPublic(NOW, null, "en", FAR_PAST, FAR_FUTURE, PageRequest.of(0, 10));

        assertThat(page).extracting(ReleaseCard::slug).containsExactly("repo-newer", "repo-older");
        assertThat(releases.countPublic(NOW, null, "en", FAR_PAST, FAR_FUTURE)).isEqualTo(2);
    }

    @Test
    void findsAReleaseBySlugOnlyOnceItIsPublic() {
        assertThat(releases.findPublicBySlug("repo-older", NOW)).isPresent();
        assertThat(releases.findPublicBySlug("repo-tomorrow", NOW)).isEmpty();
        assertThat(releases.findPublicBySlug("repo-tomorrow", NOW.plus(Duration.ofDays(2)))).isPresent();
        assertThat(releases.findPublicBySlug("repo-draft", NOW)).isEmpty();
        assertThat(releases.findPublicBySlug("repo-trashed", NOW)).isEmpty();
    }

    @Test
    void linksNeighboursInTimeAcrossHiddenOnes() {
        var older = releases.findPublicBySlug("repo-older", NOW).orElseThrow();
        var newer = releases.findPublicBySlug("repo-newer", NOW).orElseThrow();

        assertThat(releases.findNewer(older.getPublishedAt(), older.getId(), "en", NOW, Limit.of(1)))
                .extracting(ReleaseLink::slug).containsExactly("repo-newer");
        assertThat(releases.findOlder(newer.getPublishedAt(), newer.getId(), "en", NOW, Limit.of(1)))
                .extracting(ReleaseLink::slug).containsExactly("repo-older");
        assertThat(releases.findNewer(newer.getPublishedAt(), newer.getId(), "en", NOW, Limit.of(1))).isEmpty();
    }

    @Test
    void findsScheduledReleasesOnlyOnceTheirTimeHasCome() {
        assertThat(releases.findDue(NOW)).isEmpty();
        assertThat(releases.findDue(NOW.plus(Duration.ofDays(2)))).extracting(PressRelease::getSlug)
                .containsExactly("repo-tomorrow");
    }

    private PressRelease release(String slug, String title, Instant at) {
        var release = PressRelease.draft(new Slug("repo-" + slug), Locale.ENGLISH, title, "Summary", "Body", news,
                NOW.minus(Duration.ofDays(30)));
        if (at != null) {
            release.publish(at, NOW);
        }
        return releases.save(release);
    }
}
