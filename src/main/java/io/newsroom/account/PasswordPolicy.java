package io.newsroom.account;

import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * NIST-style rules: at least 12 characters, at most 128, no composition rules, and nothing that
 * zxcvbn's bundled lists of common passwords, words and patterns can guess in under a million
 * tries (score 0 or 1).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The message key of the first rule the password breaks, if it breaks one. */
    Optional<String> check(String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        var words = List.of(personalWords).stream().filter(word -> word != null && !word.isBlank()).toList();
        if (zxcvbn.measure(password, words).getScore() < 2) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }
}
