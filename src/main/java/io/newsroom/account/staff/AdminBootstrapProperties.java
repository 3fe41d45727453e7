package io.newsroom.account.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first ADMIN, created at start-up when there is no account at all
 * ({@code NEWSROOM_ADMIN_EMAIL}, {@code NEWSROOM_ADMIN_PASSWORD}). Without a password a random one
 * is generated and printed once to the log.
 */
@ConfigurationProperties("newsroom.admin")
record AdminBootstrapProperties(String email, String password) {

    static final String DEFAULT_EMAIL = "admin@newsroom.local";

    String emailOrDefault() {
        return email == null || email.isBlank() ? DEFAULT_EMAIL : email;
    }
}
