package io.newsroom.media;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An image as pages show it: its intrinsic size (so the page reserves the space) and the stored
 * widths for {@code srcset}; for journalists, the file as uploaded, its caption, credit and text
 * alternative as staff described it.
 *
 * @param original the file as it was uploaded; null for images stored before originals were kept
 * @param caption  null when staff wrote none, as {@code credit} and {@code alt}
 */
public record Image(Long id, int width, int height, List<Source> sources, String originalName, Instant createdAt,
                    String createdBy, Download original, String caption, String credit, String alt) {

    public record Source(String url, int width) {
    }

    /** A file to download: its address, type and size in bytes. */
    public record Download(String url, String contentType, long size) {

        /** The size as people read it: "2.4 MB", "830 KB". */
        public String sizeLabel() {
            return size >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", size / 1_000_000.0)
                    : Math.max(1, Math.round(size / 1000.0)) + " KB";
        }

        /** The file's extension, from its address. */
        public String extension() {
            return url.substring(url.lastIndexOf('.') + 1);
        }
    }

    /** Whether the file as uploaded is kept; otherwise the largest stored copy stands in for it. */
    public boolean hasOriginal() {
        return original != null;
    }

    /**
     * The file journalists get: as uploaded, or for an image stored before originals were kept, its
     * largest copy (of a size not recorded: -1).
     */
    public Download download() {
        if (original != null) {
            return original;
        }
        var largest = sources.get(sources.size() - 1);
        return new Download(largest.url(), ImageFormat.contentTypeOfName(largest.url()), -1);
    }

    /** The smallest variant at least {@code wanted} pixels wide, or the largest there is. */
    public String src(int wanted) {
        return sources.stream().filter(source -> source.width() >= wanted).findFirst()
                .orElse(sources.get(sources.size() - 1)).url();
    }

    public String srcset() {
        return sources.stream().map(source -> source.url() + " " + source.width() + "w")
                .collect(Collectors.joining(", "));
    }

    /** The height for a given width, keeping the proportions. */
    public int heightFor(int displayWidth) {
        return (int) Math.round((double) height * displayWidth / width);
    }
}
