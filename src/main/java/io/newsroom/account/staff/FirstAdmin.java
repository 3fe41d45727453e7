package io.newsroom.account.staff;

import java.security.SecureRandom;

import io.newsroom.account.Role;
import io.newsroom.account.model.PasswordPolicy;
import io.newsroom.account.model.StaffAccounts;
import io.newsroom.audit.Actor;
import io.newsroom.web.BeforeServing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in: with no account at all, creates the first ADMIN from
 * {@code newsroom.admin.*}, or with a random password printed once to the log. There is no default
 * password anywhere. It runs first of the start-up work, before the web server starts, so that the
 * password box is in the log before the demo content appears, and someone can sign in from the first request.
 */
@Component
class FirstAdmin extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final StaffAccounts accounts;
    private final Accounts service;
    private final PasswordPolicy policy;
    private final AdminBootstrapProperties properties;

    FirstAdmin(StaffAccounts accounts, Accounts service, PasswordPolicy policy, AdminBootstrapProperties properties) {
        this.accounts = accounts;
        this.service = service;
        this.policy = policy;
        this.properties = properties;
    }

    @Override
    protected int order() {
        return 1;
    }

    @Override
    protected void work() {
        if (accounts.existsBy()) {
            return;
        }
        String email = properties.emailOrDefault();
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? randomPassword() : properties.password();
        policy.check(password, email).ifPresent(problem -> {
            throw new IllegalStateException("NEWSROOM_ADMIN_PASSWORD is not accepted (" + problem
                    + "): use at least 12 characters that are not a common password");
        });
        try {
            service.create(Actor.SYSTEM, email, "Administrator", password, Role.ADMIN);
        } catch (DataIntegrityViolationException raced) {
            return; // another instance created it first
        }
        if (generated) {
            log.warn("""

                    ************************************************************************
                      No staff account existed, so one was created. Sign in at /admin/login
                        email:    {}
                        password: {}
                      This password is shown only this once: change it after signing in.
                    ************************************************************************
                    """, email, password);
        } else {
            log.info("Created the first ADMIN account {} from NEWSROOM_ADMIN_EMAIL/PASSWORD", email);
        }
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
