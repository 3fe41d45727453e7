package io.newsroom.release.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import io.newsroom.Browser;
import io.newsroom.NewsroomTest;
import io.newsroom.TestClockConfiguration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A video in a release, in Chromium: the page shows a Play button and the video's link, and loads
 * nothing from YouTube until the reader presses it; then the player comes from youtube-nocookie.com,
 * the one address for it that the Content Security Policy allows besides Vimeo's player.
 */
class VideoEmbedTest extends NewsroomTest {

    @LocalServerPort
    int port;

    @Test
    void loadsThePlayerOnlyWhenTheReaderAsks() {
        fixtures.publishedIn(Locale.ENGLISH, "award-video", "The award, on video", "The ceremony, filmed.",
                "The ceremony:\n\n<https://www.youtube.com/watch?v=dQw4w9WgXcQ>\n\nThank you.",
                TestClockConfiguration.START.minus(Duration.ofDays(1)));
        try (var browser = Browser.open(port, 1280, 900)) {
            browser.visit("/news/award-video");

            assertThat(browser.all("iframe")).as("nothing from YouTube before the reader asks").isEmpty();
            assertThat(browser.find(".embed a").getAttribute("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
            assertThat(browser.find(".embed__play").getText()).isEqualTo("Play the YouTube video");
            browser.assertAccessible();

            browser.find(".embed__play").click();
            assertThat(browser.find(".embed iframe").getAttribute("src"))
                    .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
            assertThat(browser.find(".embed iframe").getAttribute("title")).isEqualTo("A video on YouTube");
            assertThat(browser.all(".embed__play")).isEmpty();
        }
    }
}
