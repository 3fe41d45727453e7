package io.newsroom.release;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The URL name of a release: lower-case ASCII words joined by hyphens. */
public record Slug(String value) {

    public static final int MAX_LENGTH = 160;
    /** A slug typed into a form, where empty means "suggest one from the title" (for {@code @Pattern}). */
    public static final String TYPED = "|[a-z0-9]+(-[a-z0-9]+)*";

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a slug: " + value);
        }
    }

    static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && VALID.matcher(value).matches();
    }

    /** The slug a visitor asked for, if it could be one at all. */
    public static Optional<Slug> parse(String value) {
        return isValid(value) ? Optional.of(new Slug(value)) : Optional.empty();
    }

    /**
     * Suggests a slug for a title: Hangul romanized, accents stripped, lower case, words joined by
     * hyphens. "메디컬아이피, 기술대상 수상" becomes {@code medikeolaipi-gisuldaesang-susang}.
     */
    public static Slug suggestFor(String title) {
        String plain = MARKS.matcher(Normalizer.normalize(Hangul.romanized(title), Normalizer.Form.NFD)).replaceAll("");
        String words = NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        String trimmed = trimHyphens(words.length() > MAX_LENGTH ? words.substring(0, MAX_LENGTH) : words);
        return new Slug(trimmed.isEmpty() ? "release" : trimmed);
    }

    /** This slug cut to at most {@code max} characters, at no dangling hyphen. */
    public Slug shortenedTo(int max) {
        if (value.length() <= max) {
            return this;
        }
        String cut = trimHyphens(value.substring(0, max));
        return new Slug(cut.isEmpty() ? value.substring(0, max) : cut);
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
