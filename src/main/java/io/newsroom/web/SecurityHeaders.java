package io.newsroom.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. Spring Security writes them on what the application
 * answers; {@link #writeTo} writes the same ones where Tomcat answers by itself.
 */
public final class SecurityHeaders {

    /** Scripts only from the app itself, and the one inline script the admin editor needs: its import map. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' " + ImportMap.CSP_SOURCE
            + "; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none';"
            // a release's video loads its player only when the reader asks for it, from these two
            + " frame-src https://www.youtube-nocookie.com https://player.vimeo.com";

    /** No page of the newsroom needs a camera, a microphone, a location, payments or USB. */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(),"
            + " magnetometer=(), microphone=(), payment=(), usb=()";

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private SecurityHeaders() {
    }

    public static void writeTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Cache-Control", "no-store");
    }
}
