package io.newsroom.account.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * NIST-style rules: at least 12 characters, at most 128, no composition rules, not the person's
 * own name or email, and nothing that zxcvbn's bundled lists of common passwords, words and
 * patterns can guess in under a million tries (score 0 or 1).
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The message key of the first rule the password breaks, if it breaks one. */
    public Optional<String> check(String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        // the person's own name and email, word by word, count as easy guesses too
        var words = Arrays.stream(personalWords).filter(Objects::nonNull)
                .flatMap(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() >= 4).toList();
        String lower = password.toLowerCase(Locale.ROOT);
        if (words.stream().anyMatch(lower::contains)) {
            return Optional.of("password.too-personal");
        }
        if (zxcvbn.measure(password, words).getScore() < 2) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }
}
