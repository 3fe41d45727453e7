package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.newsroom.account.Role;
import io.newsroom.account.Staff;
import io.newsroom.account.staff.StaffFixtures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * A Korean PR team's day in Chromium, with browsers that ask for Korean: an editor signs in,
 * writes a release and submits it for review; a publisher approves and publishes it, then answers
 * a journalist's inquiry. Every page is in Korean ({@code lang="ko"}, axe clean) and shows no
 * sentence of the English bundle: only names and addresses stay as they were written.
 */
class KoreanAdminJourneyTest extends NewsroomTest {

    @LocalServerPort
    int port;

    private final List<String> englishSentences = englishSentences();
    private Staff admin;

    @BeforeEach
    void reviewOn() {
        jdbc.update("delete from inquiry");
        admin = staff.admin();
        review(true);
    }

    @AfterEach
    void reviewOff() {
        review(false);
    }

    @Test
    void theEnglishSentencesLookedForAreThoseAnUntranslatedPageWouldShow() {
        assertThat(englishSentences).contains("Sign in to the newsroom", "Save draft", "Submit for review", "Send reply")
                .hasSizeGreaterThan(500);
    }

    @Test
    void aKoreanTeamWritesReviewsPublishesAndAnswersWithoutMeetingAnEnglishSentence() {
        var editor = staff.create(Role.EDITOR);
        var publisher = staff.create(Role.PUBLISHER);
        try (var journalist = Browser.preferring("ko-KR,ko", port, 1280, 900)) {
            journalist.visit("/ko/contact");
            journalist.find("#name").sendKeys("김지우");
            journalist.find("#email").sendKeys("jiwoo@daily.example");
            journalist.find("#organization").sendKeys("코리아 데일리");
            journalist.find("#message").sendKeys("새 연구소를 방문할 수 있을까요?");
            journalist.find("#consent1").click();
            clock.advance(Duration.ofSeconds(5));
            journalist.clickAndWait(journalist.find("form.form button[type=submit]"));
            assertThat(journalist.path()).startsWith("/ko/contact/thanks");
        }

        try (var browser = Browser.preferring("ko-KR,ko", port, 1280, 900)) {
            browser.visit("/admin");
            inKorean(browser);
            browser.find("#email").sendKeys(editor.email());
            browser.find("#password").sendKeys(StaffFixtures.PASSWORD);
            browser.clickAndWait(browser.find("form.form button[type=submit]"));
            assertThat(browser.find("h1").getText()).isEqualTo("보도자료");
            inKorean(browser);

            browser.clickAndWait(browser.find("a[href='/admin/releases/new']"));
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            browser.find("#title").sendKeys("Boston lab opens");
            new Select(browser.find("#categoryId")).selectByIndex(1);
            browser.find("#summary").sendKeys("보스턴에 새 연구소를 엽니다.");
            browser.find(".visual-editor__content").click();
            browser.press("연구소는 봄에 문을 엽니다.", Keys.ENTER);
            browser.screenshot("admin-editor-ko");
            inKorean(browser);
            browser.clickAndWait(browser.find("button[value=submit]"));
            assertThat(browser.find(".notice").getText()).startsWith("검토를 요청했습니다.");
            inKorean(browser);
            String editorPath = browser.path();
            browser.clickAndWait(browser.find(".admin-user form[action$='/logout'] button"));
            inKorean(browser);

            browser.find("#email").sendKeys(publisher.email());
            browser.find("#password").sendKeys(StaffFixtures.PASSWORD);
            browser.clickAndWait(browser.find("form.form button[type=submit]"));
            browser.visit(editorPath);
            browser.waitUntilVisible(".visual-editor__content[data-ready]");
            inKorean(browser);
            browser.clickAndWait(browser.find("button[value=publish]"));
            assertThat(browser.find(".notice").getText()).isEqualTo("발행했습니다. 이제 공개 사이트에 있습니다.");
            inKorean(browser);

            browser.clickAndWait(browser.find(".admin-nav a[href='/admin/inquiries']"));
            inKorean(browser);
            browser.clickAndWait(browser.find("tbody tr a"));
            assertThat(browser.find("main").getText()).contains("김지우", "새 연구소를 방문할 수 있을까요?");
            inKorean(browser);
            browser.find("#reply").sendKeys("네, 평일 오후 언제든 가능합니다.");
            browser.clickAndWait(browser.find("form[action$='/reply'] button"));
            assertThat(browser.find(".notice").getText()).startsWith("답장을 보낼 준비가 되었습니다.");
            assertThat(browser.find(".page-actions .status").getText()).isEqualTo("답변함");
            inKorean(browser);

            browser.clickAndWait(browser.find(".admin-user a[href='/admin/account']"));
            inKorean(browser);
        }
    }

    /** The page speaks Korean: its language, axe, and no sentence of the English bundle in what it shows. */
    private void inKorean(Browser browser) {
        assertThat(browser.find("html").getAttribute("lang")).as(browser.path()).isEqualTo("ko");
        browser.assertAccessible();
        String shown = browser.find("body").getText() + "\n" + browser.driver().getTitle();
        assertThat(englishSentences.stream().filter(shown::contains).toList()).as("English on " + browser.path()).isEmpty();
    }

    private void review(boolean on) {
        var request = mvc.post().uri("/admin/settings/review").with(user(admin)).with(csrf());
        if (on) {
            request.param("required", "true");
        }
        assertThat(request.exchange()).hasStatus(302);
    }

    /** The English bundle's texts of two words or more, cut at what is filled in ({0}): what an untranslated page would show. */
    private static List<String> englishSentences() {
        var english = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("messages.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            english.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return english.values().stream().map(String.class::cast)
                .flatMap(value -> java.util.Arrays.stream(value.replace("''", "'").split("\\{[^}]*}")))
                .map(String::strip).filter(part -> part.contains(" ") && part.length() >= 8).distinct().toList();
    }
}
