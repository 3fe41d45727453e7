package io.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.newsroom.HttpUser;
import io.newsroom.IntegrationTest;
import io.newsroom.NewsroomTest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One newsroom in English and Korean: Korean pages live under /ko/, speak Korean, show Korean
 * releases only, and are never confused with the English ones, in the cache or anywhere else.
 */
class LanguagesTest extends NewsroomTest {

    private static final Instant SEPT_15 = Instant.parse("2023-09-15T01:00:00Z");

    @LocalServerPort
    int port;

    @BeforeEach
    void twoReleases() {
        fixtures.publishedIn(Locale.ENGLISH, "3d-anatomy-in-surgery", "3D anatomy in surgery", "Anatomy for surgeons.",
                "Surgeons plan with anatomical models.", SEPT_15);
        fixtures.publishedIn(Locale.KOREAN, "haebuhak-surgery", "수술에 쓰이는 3D 해부학", "외과의를 위한 해부학.",
                "외과의는 해부학을 3D로 보고 해부학적 구조를 미리 확인합니다.", SEPT_15.plusSeconds(60));
    }

    @Test
    void servesKoreanPagesUnderKoInKoreanWithKoreanReleasesOnly() {
        var visitor = new HttpUser(port);

        var korean = visitor.get("/ko/news").html();
        assertThat(korean.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(korean.select(".site-nav a").eachText()).contains("보도자료", "홍보팀 문의");
        assertThat(korean.select(".release-card__title").eachText()).containsExactly("수술에 쓰이는 3D 해부학");
        assertThat(korean.select(".release-card time").eachText()).containsExactly("2023년 9월 15일");
        assertThat(korean.select(".release-card__title a").eachAttr("href")).containsExactly("/ko/news/haebuhak-surgery");

        assertThat(korean.selectFirst(".site-footer__about p").text()).as("the boilerplate in Korean")
                .startsWith("메디컬아이피는 서울대학교병원에서 출발한");

        var english = visitor.get("/news").html();
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst(".site-footer__about p").text()).startsWith("MEDICAL IP is a Seoul-based");
        assertThat(english.select(".release-card__title").eachText()).containsExactly("3D anatomy in surgery");
        assertThat(english.select(".release-card time").eachText()).containsExactly("Sep 15, 2023");

        assertThat(visitor.get("/ko/news/haebuhak-surgery").status()).isEqualTo(200);
        assertThat(visitor.get("/news/haebuhak-surgery").status()).as("not under another language").isEqualTo(404);
        assertThat(visitor.get("/ko/news/3d-anatomy-in-surgery").status()).as("no Korean translation").isEqualTo(404);
        assertThat(visitor.get("/fr/news").status()).as("a language the newsroom does not speak").isEqualTo(404);
        var english404 = visitor.get("/ko/news/3d-anatomy-in-surgery").html();
        assertThat(english404.selectFirst("html").attr("lang")).isEqualTo("ko");
        var plain = visitor.get("/en/news?category=news");
        assertThat(plain.status()).isEqualTo(301);
        assertThat(plain.location()).isEqualTo("/news?category=news");
        assertThat(visitor.get("/en//evil.example/news").location()).as("never to another host").isEqualTo("/evil.example/news");
    }

    @Test
    void aPageCachedInOneLanguageIsNeverServedForTheOther() {
        var visitor = new HttpUser(port);
        for (int round = 0; round < 3; round++) {
            assertThat(visitor.get("/ko/").html().selectFirst("html").attr("lang")).isEqualTo("ko");
            assertThat(visitor.get("/").html().selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(visitor.get("/ko/search?q=해부학").html().selectFirst("html").attr("lang")).isEqualTo("ko");
            assertThat(visitor.get("/search?q=anatomy").html().selectFirst("html").attr("lang")).isEqualTo("en");
        }
    }

    @Test
    void linksEachPageToItsOtherLanguagesWithHreflangBothWays() {
        var visitor = new HttpUser(port);
        var english = visitor.get("/news?category=news").html();
        var korean = visitor.get("/ko/news?category=news").html();

        for (var page : new org.jsoup.nodes.Document[] {english, korean}) {
            assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/news?category=news")
                    .doesNotContain("/ko/");
            assertThat(page.select("link[rel=alternate][hreflang=ko]").attr("href")).endsWith("/ko/news?category=news");
            assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href")).endsWith("/news?category=news")
                    .doesNotContain("/ko/");
        }
        assertThat(korean.select("meta[property=og:locale]").attr("content")).isEqualTo("ko");
        assertThat(korean.select("meta[property=og:locale:alternate]").eachAttr("content")).containsExactly("en");
        assertThat(korean.select(".language-switcher a").eachAttr("href")).containsExactly("/news?category=news");
        assertThat(english.select(".language-switcher a").eachText()).containsExactly("한국어");
    }

    @Test
    void findsAKoreanWordWithItsParticlesAndKeepsSearchToThePagesLanguage() {
        var visitor = new HttpUser(port);

        var found = visitor.get("/ko/search?q=해부학").html();
        assertThat(found.select(".release-card__title").eachText()).containsExactly("수술에 쓰이는 3D 해부학");
        assertThat(found.select(".release-card mark").eachText()).contains("해부학");
        assertThat(visitor.get("/ko/search?q=해부학적").html().select(".release-card__title").eachText())
                .containsExactly("수술에 쓰이는 3D 해부학");
        assertThat(visitor.get("/ko/search?q=anatomy").html().select(".release-card__title").eachText())
                .as("the English release is not in Korean search").isEmpty();
        assertThat(visitor.get("/search?q=anatomical").html().select(".release-card__title").eachText())
                .as("English keeps its stemming").containsExactly("3D anatomy in surgery");
    }

    @Test
    void keepsFeedsPerLanguage() {
        var visitor = new HttpUser(port);
        assertThat(visitor.get("/ko/feed.atom").html().select("entry > title").eachText())
                .containsExactly("수술에 쓰이는 3D 해부학");
        assertThat(visitor.get("/feed.atom").html().select("entry > title").eachText())
                .containsExactly("3D anatomy in surgery");
    }

    @Test
    void printsTheKoreanTitleInTheKoreanPdf() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/ko/news/haebuhak-surgery.pdf")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();

        try (var pdf = Loader.loadPDF(response)) {
            // the font maps each glyph back to its syllable, in whichever Unicode form: compare composed
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(pdf), java.text.Normalizer.Form.NFKC);
            assertThat(text).as(() -> text.codePoints().limit(80).mapToObj(Integer::toHexString).toList().toString())
                    .contains("수술에 쓰이는 3D 해부학", "해부학적 구조");
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
        assertThat(response.length).as("only the glyphs used are embedded").isLessThan(400_000);
    }

    private static jakarta.mail.internet.MimeMessage acknowledgement(GreenMail smtp) {
        return java.util.Arrays.stream(smtp.getReceivedMessagesForDomain("press.example")).filter(message -> {
            try {
                return message.getSubject().contains("문의를 접수했습니다");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    @Test
    void acknowledgesAKoreanInquiryInKorean() throws Exception {
        jdbc.update("delete from mail_message");
        var smtp = new GreenMail(new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            var visitor = new HttpUser(port);
            var form = visitor.get("/ko/contact").html();
            assertThat(form.selectFirst("h1").text()).isEqualTo("보도자료에 대해 궁금한 점이 있으신가요? 지금 문의하세요.");
            clock.advance(Duration.ofSeconds(30));
            var fields = new LinkedHashMap<String, String>();
            fields.put("_csrf", form.selectFirst("input[name=_csrf]").val());
            fields.put("token", form.selectFirst("#token").val());
            // an address of its own: acknowledgements to one address are limited to three a day
            fields.putAll(Map.of("name", "김지우", "email", "kim-" + System.nanoTime() + "@press.example", "organization", "코리아데일리",
                    "topic", "INTERVIEW", "message", "대표님 인터뷰가 가능할까요?", "consent", "true", "website", ""));
            var sent = visitor.post("/ko/contact", fields);
            assertThat(sent.location()).startsWith("/ko/contact/thanks");
            assertThat(visitor.get(sent.location()).html().selectFirst("h1").text()).isEqualTo("감사합니다. 문의를 접수했습니다");

            // the acknowledgement of this inquiry, whatever else another test left in the outbox
            await().atMost(Duration.ofSeconds(10)).until(() -> acknowledgement(smtp) != null);
            var acknowledgement = acknowledgement(smtp);
            assertThat(acknowledgement.getSubject()).contains("문의를 접수했습니다");
            assertThat(GreenMailUtil.getBody(acknowledgement)).isNotBlank();
        } finally {
            smtp.stop();
        }
    }
}
