package io.newsroom.web;

import java.util.Locale;

/** LIKE patterns for what visitors and staff type: their %, _ and \ are matched as themselves. */
public final class Like {

    private Like() {
    }

    /** A lower-case "contains" pattern for the text, or null when there is nothing to search for. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
