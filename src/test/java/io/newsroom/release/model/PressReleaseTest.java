package io.newsroom.release.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A release's life: draft, scheduled, published, unpublished, trashed, restored. No database. */
class PressReleaseTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    private final PressRelease release = PressRelease.draft(new Slug("a-release"), Locale.ENGLISH, "A release",
            "A summary", "A body with <!-- a comment --> and **bold** words.", new Category("news", "News"), NOW);

    @Test
    void keepsItsBodyRenderedAndSanitizedFromTheMomentItIsWritten() {
        assertThat(release.getBodyHtml()).contains("<strong>bold</strong>").doesNotContain("comment");

        release.rewrite(new Slug("a-release"), "A release", "A summary", "Now *this* <script>alert(1)</script>",
                new Category("news", "News"));

        assertThat(release.getBodyHtml()).contains("<em>this</em>").doesNotContain("script").doesNotContain("bold");
    }

    @Test
    void startsAsADraftThatNobodySees() {
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(release.isPublicAt(NOW.plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void isScheduledForAFutureTimeAndPublicFromThen() {
        release.schedule(NOW.plus(Duration.ofHours(2)), NOW);

        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.SCHEDULED);
        assertThat(release.isPublicAt(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThat(release.isPublicAt(NOW.plus(Duration.ofHours(2)))).isTrue();
        assertThat(release.markPublishedIfDue(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThat(release.markPublishedIfDue(NOW.plus(Duration.ofHours(3)))).isTrue();
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
    }

    @Test
    void refusesToScheduleForThePast() {
        assertThatThrownBy(() -> release.schedule(NOW.minusSeconds(1), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
    }

    @Test
    void publishesBackdatedAtOnce() {
        release.publish(NOW.minus(Duration.ofDays(30)), NOW);

        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
        assertThat(release.isPublicAt(NOW)).isTrue();
    }

    @Test
    void becomesADraftAgainWhenUnpublishedAndKeepsItsDate() {
        release.publish(NOW, NOW);
        release.unpublish(NOW.plusSeconds(60));

        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(release.getPublishedAt()).isEqualTo(NOW);
        assertThat(release.isPublicAt(NOW.plusSeconds(120))).isFalse();
    }

    @Test
    void comesOutOfTheTrashAsADraftEvenIfItWasPublic() {
        release.publish(NOW, NOW);
        release.moveToTrash(NOW);

        assertThat(release.isPublicAt(NOW)).isFalse();
        assertThatThrownBy(() -> release.publish(NOW, NOW)).isInstanceOf(IllegalStateException.class);
        release.restoreFromTrash(NOW);
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.DRAFT);
        assertThatThrownBy(() -> release.restoreFromTrash(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void needsATextAlternativeForItsImage() {
        assertThatThrownBy(() -> release.showImage(7L, " ")).isInstanceOf(IllegalArgumentException.class);
        release.showImage(7L, "  The signing  ");
        assertThat(release.getHeroImageAlt()).isEqualTo("The signing");
        release.showImage(null, null);
        assertThat(release.getHeroMediaId()).isNull();
    }
}
