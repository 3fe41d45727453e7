package io.newsroom.release.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.newsroom.release.Slug;
import io.newsroom.settings.Settings;

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

    @Test
    void endsAtItsEndTimeAndComesBackWithALaterOne() {
        release.publish(NOW, NOW);
        release.endAt(NOW.plus(Duration.ofHours(1)), NOW);

        assertThat(release.isPublicAt(NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(release.isPublicAt(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThat(release.hasEndedAt(NOW.plus(Duration.ofHours(1)))).isTrue();
        assertThat(release.statusAt(NOW.plus(Duration.ofHours(1)))).isEqualTo(ReleaseStatus.ENDED);
        assertThat(release.markEndedIfDue(NOW.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(release.markEndedIfDue(NOW.plus(Duration.ofHours(2)))).isTrue();
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.ENDED);

        var later = NOW.plus(Duration.ofHours(2));
        release.endAt(later.plus(Duration.ofDays(1)), later);
        assertThat(release.getStatus()).isEqualTo(ReleaseStatus.PUBLISHED);
        assertThat(release.isPublicAt(later)).isTrue();
    }

    @Test
    void refusesAnEndInThePastOrBeforeItAppears() {
        release.schedule(NOW.plus(Duration.ofDays(2)), NOW);

        assertThatThrownBy(() -> release.endAt(NOW.minusSeconds(1), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> release.endAt(NOW.plus(Duration.ofDays(1)), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(release.getEndsAt()).isNull();
    }

    @Test
    void isSubmittedSentBackAndApprovedOnce() {
        release.submitForReview(7L, "Editor Kim");
        assertThat(release.isSubmittedBySomeoneBut(8L)).isTrue();
        assertThat(release.isSubmittedBySomeoneBut(7L)).as("four eyes: not by the one who submitted it").isFalse();

        release.sendBack("Add a quote");
        assertThat(release.getReviewState()).isEqualTo(ReviewState.RETURNED);
        assertThat(release.getReviewComment()).isEqualTo("Add a quote");
        assertThatThrownBy(() -> release.sendBack("Again")).isInstanceOf(IllegalStateException.class);

        release.submitForReview(7L, "Editor Kim");
        assertThat(release.getReviewComment()).isNull();
        assertThat(release.approved()).isTrue();
        assertThat(release.getReviewState()).isNull();
        assertThat(release.approved()).as("approved once").isFalse();
    }

    @Test
    void namesItsOwnMediaContactOrTheSites() {
        var site = new Settings.MediaContact("PR Team", "pr@example.com", null);
        assertThat(release.mediaContactOr(site)).isSameAs(site);

        release.nameContact(" Kim Min-ji ", "press@partner.example", " ");
        assertThat(release.mediaContactOr(site)).isEqualTo(
                new Settings.MediaContact("Kim Min-ji", "press@partner.example", null));
        assertThatThrownBy(() -> release.nameContact("Kim Min-ji", "", null)).isInstanceOf(IllegalArgumentException.class);

        release.nameContact("", "", "");
        assertThat(release.mediaContactOr(site)).isSameAs(site);
    }
}
