package io.newsroom.web;

import java.util.List;

/**
 * What a feature's pages require beyond the defaults, declared by the feature itself so that the
 * security configuration knows no feature's addresses. By default every page under {@code /admin}
 * needs a signed-in member of staff, and every form post a CSRF token. Patterns are path patterns
 * such as {@code /admin/webhooks/**}; one that starts with a method and a space
 * ({@code "POST /admin/releases/{id}/delete"}) holds for that method only.
 */
public interface AccessRules {

    /** The addresses only ADMINs may use. */
    default List<String> adminOnly() {
        return List.of();
    }

    /**
     * The addresses of an API that signs in with a personal access token (an {@code Authorization:
     * Bearer} header) rather than a session: no session, no CSRF, reads ({@code GET}) with a token
     * of either scope and changes only with a write token.
     */
    default List<String> accessTokenOnly() {
        return List.of();
    }

    /**
     * The addresses posted without a form, where the address itself carries the proof (a token in
     * the URL), so they need no CSRF token.
     */
    default List<String> withoutCsrf() {
        return List.of();
    }

    /**
     * Files anyone may read and that are the same for everyone, signed in or not (robots.txt, feeds,
     * the sitemap, style sheets, images). Read ({@code GET}, {@code HEAD}) through a chain that only
     * writes the security headers: no session, no sign-in, no CSRF token. Nothing there may depend on
     * who asks; any other method goes through the full chain.
     */
    default List<String> publicFiles() {
        return List.of();
    }
}
