package io.newsroom.release.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.newsroom.IntegrationTest;
import io.newsroom.MutableClock;
import io.newsroom.OtherInstance;
import io.newsroom.TestClockConfiguration;
import io.newsroom.release.model.ReleaseFixtures;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The public read API: the JSON shape, cursor paging, the same visibility as the pages (driven by
 * the injected clock), HTTP caching, problem details for bad input, and CORS only where configured.
 */
@IntegrationTest
class PublicApiTest {

    private static final Instant NOW = TestClockConfiguration.START;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void newsroom() {
        clock.set(NOW);
        fixtures.clear();
        fixtures.published("oldest-mou", "Oldest MOU", NOW.minus(Duration.ofDays(30)));
        fixtures.published("middle-award", "Middle award", "award", NOW.minus(Duration.ofDays(20)));
        fixtures.published("newest-lab", "Newest lab in Boston", NOW.minus(Duration.ofDays(10)));
        fixtures.savedDraft("secret-draft", "Secret draft");
        fixtures.scheduled("embargoed-deal", "Embargoed deal", NOW.plus(Duration.ofHours(2)));
        fixtures.trashed("trashed-news", "Trashed news", NOW.minus(Duration.ofDays(5)));
    }

    @Test
    void pagesThroughThePublicReleasesNewestFirstWithACursor() {
        var first = read(get("/api/v1/releases?limit=2"));

        assertThat(slugs(first)).containsExactly("newest-lab", "middle-award");
        var lab = first.get("releases").get(0);
        assertThat(lab.get("title").asString()).isEqualTo("Newest lab in Boston");
        assertThat(lab.get("category").get("slug").asString()).isEqualTo("news");
        assertThat(lab.get("publishedAt").asString()).isEqualTo(NOW.minus(Duration.ofDays(10)).toString());
        assertThat(lab.get("url").asString()).endsWith("/news/newest-lab");

        String next = first.get("next").asString();
        assertThat(next).startsWith("/api/v1/releases?cursor=").contains("limit=2");
        var second = read(get(next));
        assertThat(slugs(second)).containsExactly("oldest-mou");
        assertThat(second.get("next").isNull()).isTrue();

        assertThat(slugs(read(get("/api/v1/releases?category=award")))).containsExactly("middle-award");
    }

    @Test
    void showsNoDraftNoTrashedReleaseAndAnEmbargoedOneOnlyFromItsTime() {
        assertThat(slugs(read(get("/api/v1/releases")))).doesNotContain("secret-draft", "embargoed-deal", "trashed-news");
        for (String hidden : List.of("secret-draft", "embargoed-deal", "trashed-news")) {
            var answer = get("/api/v1/releases/" + hidden);
            assertThat(answer).as(hidden).hasStatus(404);
            assertThat(answer.getResponse().getContentType()).isEqualTo("application/problem+json");
        }

        clock.advance(Duration.ofHours(3));

        assertThat(slugs(read(get("/api/v1/releases")))).first().isEqualTo("embargoed-deal");
        assertThat(get("/api/v1/releases/embargoed-deal")).hasStatusOk();
    }

    @Test
    void givesAReleaseWithItsSanitizedBodyAndTheCategoriesAndSearch() {
        var release = read(get("/api/v1/releases/newest-lab"));
        assertThat(release.get("bodyHtml").asString()).contains("<p>Body of Newest lab in Boston</p>");
        assertThat(release.get("language").asString()).isEqualTo("en");
        assertThat(release.get("pdf").asString()).endsWith("/news/newest-lab.pdf");

        var categories = read(get("/api/v1/categories"));
        assertThat(categories.findValuesAsString("slug")).contains("news", "award", "mou");

        var found = read(get("/api/v1/search?q=Boston"));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("hits").get(0).get("slug").asString()).isEqualTo("newest-lab");
    }

    @Test
    void isCachedAndValidatedLikeThePages() {
        var first = get("/api/v1/releases");
        assertThat(first).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60, stale-while-revalidate=300");
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

        var again = mvc.get().uri("/api/v1/releases").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();

        assertThat(again).hasStatus(304);
    }

    @Test
    void explainsBadInputAsProblemDetails() {
        for (var bad : Map.of("/api/v1/releases?limit=0", 400, "/api/v1/releases?limit=51", 400,
                "/api/v1/releases?cursor=not-ours", 400, "/api/v1/releases?year=abc", 400,
                "/api/v1/releases?category=no-such", 404, "/api/v1/search", 400).entrySet()) {
            var answer = get(bad.getKey());
            assertThat(answer).as(bad.getKey()).hasStatus(bad.getValue());
            assertThat(answer.getResponse().getContentType()).as(bad.getKey()).isEqualTo("application/problem+json");
            assertThat(read(answer).get("detail").asString()).as(bad.getKey()).isNotBlank();
        }
    }

    @Test
    void letsOnlyTheConfiguredSitesScriptsReadIt() throws Exception {
        assertThat(get("/api/v1/categories").getResponse().getHeader("Access-Control-Allow-Origin"))
                .as("none configured here").isNull();

        try (var instance = OtherInstance.start(dataSource, "--newsroom.api.cors.allowed-origins=https://www.medicalip.example")) {
            var client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + OtherInstance.port(instance);
            for (int i = 0; i < 2; i++) { // the second answer comes from the page cache
                var allowed = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/categories"))
                        .header("Origin", "https://www.medicalip.example").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://www.medicalip.example");
                var other = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/categories"))
                        .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            }
        }
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    private JsonNode read(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> slugs(JsonNode list) {
        var slugs = new ArrayList<String>();
        list.get("releases").forEach(release -> slugs.add(release.get("slug").asString()));
        return slugs;
    }
}
