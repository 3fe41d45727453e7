package io.newsroom.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV that spreadsheets open safely: every cell quoted, and a cell that starts like a formula
 * ({@code = + - @}, or a tab or carriage return) prefixed with an apostrophe so it stays text.
 */
public final class Csv {

    private Csv() {
    }

    public static String row(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
