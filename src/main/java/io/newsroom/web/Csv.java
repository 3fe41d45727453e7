package io.newsroom.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV that spreadsheets open safely: every cell quoted, and a cell that starts like a formula
 * ({@code = + - @}, or a tab or carriage return) prefixed with an apostrophe so it stays text.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * A CSV file to download, as Excel opens it: UTF-8 with a byte order mark, {@code text/csv}, an
     * attachment with this name; the header row, then a row for each of {@code rows}.
     */
    public static <T> ResponseEntity<byte[]> download(String fileName, List<String> header, Iterable<T> rows,
                                                      Function<T, List<String>> cells) {
        var csv = new StringBuilder("\uFEFF").append(row(header));
        rows.forEach(item -> csv.append(row(cells.apply(item))));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
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
