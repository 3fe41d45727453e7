package io.newsroom.media;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An image as pages show it: its intrinsic size (so the page reserves the space) and the stored
 * widths for {@code srcset}.
 */
public record Image(Long id, int width, int height, List<Source> sources, String originalName, Instant createdAt,
                    String createdBy) {

    public record Source(String url, int width) {
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
