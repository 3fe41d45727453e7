package io.newsroom.release;

/**
 * Hangul in Latin letters, syllable by syllable after the Revised Romanization of Korean (without
 * its sound-change rules): enough to make a readable address of a Korean title.
 */
final class Hangul {

    private static final String[] INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h"};
    private static final String[] VOWELS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;

    private Hangul() {
    }

    static String romanized(String text) {
        var out = new StringBuilder(text.length() * 3);
        text.codePoints().forEach(c -> {
            if (c >= FIRST && c <= LAST) {
                int index = c - FIRST;
                out.append(INITIALS[index / 588]).append(VOWELS[index % 588 / 28]).append(FINALS[index % 28]);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
