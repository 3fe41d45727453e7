package io.newsroom.contacts.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet saved as CSV, as Excel, Google Sheets and PR tools write it: UTF-8 with or
 * without a byte order mark, UTF-16 (Excel's "Unicode text"), or Korean Windows (CP949, what
 * Korean Excel writes by default); commas, semicolons or tabs between cells.
 *
 * @param lineNumbers where each row starts in the file, for messages
 */
record CsvFile(List<String> header, List<List<String>> rows, List<Long> lineNumbers) {

    static final int MAX_ROWS = 50_000;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    record Decoded(String text, String encoding) {
    }

    static Decoded decode(byte[] bytes) throws Unreadable {
        if (bytes.length == 0) {
            throw new Unreadable("contacts.import.empty");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (Unreadable notUtf8) {
            // Korean Excel's "CSV (comma delimited)" is CP949; anything it cannot read either is refused
            return new Decoded(strict(bytes, 0, Charset.forName("x-windows-949")), "CP949");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws Unreadable {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new Unreadable("contacts.import.encoding");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new Unreadable("contacts.import.encoding");
        }
    }

    static CsvFile parse(String text) throws Unreadable {
        var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        var header = new ArrayList<String>();
        var rows = new ArrayList<List<String>>();
        var lines = new ArrayList<Long>();
        try (var parser = format.parse(new StringReader(text))) {
            long line = 1;
            try {
                var records = parser.iterator();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (header.isEmpty()) {
                        record.forEach(cell -> header.add(cell.strip()));
                    } else {
                        if (rows.size() == MAX_ROWS) {
                            throw new Unreadable("contacts.import.too-many", MAX_ROWS);
                        }
                        var cells = new ArrayList<String>();
                        record.forEach(cells::add);
                        if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                            rows.add(cells);
                            lines.add(line);
                        }
                    }
                    line = parser.getCurrentLineNumber() + 1;
                }
            } catch (UncheckedIOException | IllegalStateException broken) {
                // Commons CSV: "EOF reached before encapsulated token finished", "invalid char between ..."
                throw new Unreadable("contacts.import.broken-quotes", line);
            }
        } catch (IOException e) {
            throw new Unreadable("contacts.import.broken-quotes", 1);
        }
        if (header.stream().allMatch(String::isBlank)) {
            throw new Unreadable("contacts.import.empty");
        }
        if (rows.isEmpty()) {
            throw new Unreadable("contacts.import.no-rows");
        }
        return new CsvFile(header, rows, lines);
    }

    /** The separator the first line uses most: comma, semicolon (European Excel) or tab. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
