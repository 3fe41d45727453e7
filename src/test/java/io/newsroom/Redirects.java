package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads where a saved form sent the browser: the editor of the release it saved. */
public final class Redirects {

    private Redirects() {
    }

    /** The id at the end of the address a 302 leads to ({@code /admin/releases/42} is 42). */
    public static long idOf(MvcTestResult result) {
        assertThat(result).hasStatus(302);
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
