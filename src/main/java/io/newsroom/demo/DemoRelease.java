package io.newsroom.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.newsroom.release.Markdown;
import io.newsroom.release.Slug;

/**
 * One demo release file: {@code key: value} header lines, a {@code ---} line, then the Markdown
 * body. The slug is the file name without its date prefix; {@code image} names a file in
 * {@code demo/images}.
 */
/**
 * @param sample true for a release invented for the demo; false for one whose facts come from the
 *               company's own newsroom page (its header has an {@code origin})
 */
record DemoRelease(String fileName, Slug slug, String title, String categorySlug, LocalDateTime published, String image,
                   String imageAlt, String summary, String body, boolean sample) {

    /** A demo release's translation (in {@code demo/releases-<language>}, under the same file name). */
    record Translation(String title, String summary, String imageAlt, String body) {
    }

    static Translation parseTranslation(String fileName, String text) {
        int split = split(fileName, text);
        var header = header(text, split);
        return new Translation(required(header, "title", fileName), required(header, "summary", fileName),
                header.get("image-alt"), text.substring(split + 5).strip());
    }

    private static int split(String fileName, String text) {
        int split = text.indexOf("\n---\n");
        if (split < 0) {
            throw new IllegalArgumentException(fileName + " has no '---' line after its header");
        }
        return split;
    }

    private static Map<String, String> header(String text, int split) {
        Map<String, String> header = new HashMap<>();
        for (String line : text.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return header;
    }

    static DemoRelease parse(String fileName, String text) {
        int split = split(fileName, text);
        var header = header(text, split);
        String name = fileName.replaceFirst("\\.md$", "").replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
        return new DemoRelease(fileName, new Slug(name), required(header, "title", fileName),
                required(header, "category", fileName), LocalDateTime.parse(required(header, "published", fileName)),
                header.get("image"), header.get("image-alt"), required(header, "summary", fileName),
                text.substring(split + 5).strip(), !header.containsKey("origin"));
    }

    Instant publishedAt(ZoneId zone) {
        return published.atZone(zone).toInstant();
    }

    private static String required(Map<String, String> header, String key, String fileName) {
        String value = header.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(fileName + " has no " + key);
        }
        return value;
    }
}
