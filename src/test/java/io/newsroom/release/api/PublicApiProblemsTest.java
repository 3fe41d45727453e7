package io.newsroom.release.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import io.newsroom.release.model.PublicReleases;
import io.newsroom.release.model.ReleaseGoneException;
import io.newsroom.release.model.ReleaseNotFoundException;
import io.newsroom.release.pages.ReleaseSearch;
import io.newsroom.settings.Languages;
import io.newsroom.settings.SettingsLookup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The public API's refusals on their own: every request it cannot answer gets a problem detail
 * ({@code application/problem+json}) that says what to change, never an HTML page or a stack trace.
 * The queries behind it are stand-ins; {@code PublicApiTest} covers the answers from the database.
 * Who may call it is the security configuration's matter, so its filters are off here.
 */
@WebMvcTest(controllers = PublicApiController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.newsroom\\..*Advice"))
@AutoConfigureMockMvc(addFilters = false)
class PublicApiProblemsTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PublicReleases releases;

    @MockitoBean
    ReleaseSearch search;

    @MockitoBean
    SettingsLookup settings;

    /** The newsroom's languages are plain values: the real ones, English first, then Korean. */
    @TestConfiguration
    static class EnglishAndKorean {
        @Bean
        Languages languages() {
            return new Languages(List.of(Locale.ENGLISH, Locale.KOREAN), Locale.ENGLISH);
        }
    }

    @Test
    void refusesALimitOutsideOneToFifty() {
        for (String limit : List.of("0", "51", "-3")) {
            assertProblem(mvc.get().uri("/api/v1/releases").param("limit", limit).exchange(), HttpStatus.BAD_REQUEST,
                    "limit must be between 1 and 50");
        }
    }

    @Test
    void saysWhichParameterMustBeANumber() {
        assertProblem(mvc.get().uri("/api/v1/releases").param("year", "last").exchange(), HttpStatus.BAD_REQUEST,
                "year must be a number.");
        assertProblem(mvc.get().uri("/api/v1/releases").param("year", "12").exchange(), HttpStatus.BAD_REQUEST,
                "No such year: 12");
    }

    @Test
    void refusesACursorItDidNotGiveOut() {
        for (String cursor : List.of("not-base64!", "aGVsbG8", "MjAyNi0wMS0wMXwx")) {
            assertProblem(mvc.get().uri("/api/v1/releases").param("cursor", cursor).exchange(), HttpStatus.BAD_REQUEST,
                    "Not a cursor this API gave out");
        }
    }

    @Test
    void namesTheNewsroomsLanguagesWhenAskedForAnother() {
        assertProblem(mvc.get().uri("/api/v1/releases").param("language", "fr").exchange(), HttpStatus.BAD_REQUEST,
                "No such language: fr (this newsroom has [en, ko])");
        assertProblem(mvc.get().uri("/api/v1/search").param("q", "MOU").param("language", "fr").exchange(),
                HttpStatus.BAD_REQUEST, "No such language: fr");
    }

    @Test
    void tellsAMissingReleaseFromAnEndedOne() {
        when(releases.pageOrGone("never-was")).thenThrow(new ReleaseNotFoundException("never-was"));
        when(releases.pageOrGone("taken-down")).thenThrow(new ReleaseGoneException("taken-down"));

        assertProblem(mvc.get().uri("/api/v1/releases/never-was").exchange(), HttpStatus.NOT_FOUND,
                "No public release has this slug.");
        assertProblem(mvc.get().uri("/api/v1/releases/taken-down").exchange(), HttpStatus.GONE,
                "This release has been taken off the newsroom.");
    }

    @Test
    void asksForASearchTerm() {
        assertProblem(mvc.get().uri("/api/v1/search").param("q", "   ").exchange(), HttpStatus.BAD_REQUEST,
                "q is required");
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String detail) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
    }
}
