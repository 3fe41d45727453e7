package io.newsroom.release.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroom.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The OpenAPI document is generated from the code and covers the public API only; its UI is served by the app. */
@IntegrationTest
class OpenApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void describesThePublicApiAndNothingOfTheAdmin() throws Exception {
        var document = mvc.get().uri("/api/openapi").exchange();

        assertThat(document).hasStatusOk();
        String json = document.getResponse().getContentAsString();
        assertThat(json).contains("\"title\":\"Newsroom public API\"", "\"/api/v1/releases\"", "\"/api/v1/releases/{slug}\"",
                "\"/api/v1/categories\"", "\"/api/v1/search\"", "\"name\":\"cursor\"",
                "\"/api/v1/staff/releases/{id}\"", "\"scheme\":\"bearer\"").doesNotContain("/admin");
    }

    @Test
    void servesItsBrowsableUiWithoutAnyOtherSite() throws Exception {
        var docs = mvc.get().uri("/api/docs").exchange();
        assertThat(docs).hasStatus3xxRedirection();
        String page = docs.getResponse().getRedirectedUrl();
        assertThat(page).endsWith("/api/swagger-ui/index.html");

        var ui = mvc.get().uri("/api/swagger-ui/index.html").exchange();
        assertThat(ui).hasStatusOk();
        assertThat(ui.getResponse().getContentAsString()).contains("swagger-ui-bundle.js").doesNotContain("https://");
        var initializer = mvc.get().uri("/api/swagger-ui/swagger-initializer.js").exchange();
        assertThat(initializer.getResponse().getContentAsString()).contains("/api/openapi").doesNotContain("petstore");
    }
}
