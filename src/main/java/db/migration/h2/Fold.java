package db.migration.h2;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The embedded database's {@code newsroom_fold(text)} (migration V38): lower case without accents,
 * as PostgreSQL's {@code unaccent} gives it, so that "osaka" finds "Ōsaka". Character for character,
 * so positions in the folded text are positions in the original; Hangul and other scripts stay.
 */
public final class Fold {

    private Fold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded.append(Character.toLowerCase(c));
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            // only a letter with marks on it loses them; a Hangul syllable decomposes into letters, and stays
            boolean accented = decomposed.length() > 1 && decomposed.substring(1).codePoints()
                    .allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK);
            folded.append(String.valueOf(accented ? base : c).toLowerCase(Locale.ROOT).charAt(0));
        }
        return folded.toString();
    }
}
