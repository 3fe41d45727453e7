package io.newsroom.media;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An uploaded image, stored as a few re-encoded widths. */
@Entity
class Media {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String storageKey;

    private String originalName;

    private String contentType;

    private int width;

    private int height;

    private long byteSize;

    private String variantWidths;

    private Instant createdAt;

    private String createdBy;

    protected Media() {
    }

    Media(String storageKey, String originalName, ImageProcessor.Processed processed, long byteSize, Instant now,
          String createdBy) {
        this.storageKey = storageKey;
        this.originalName = originalName;
        this.contentType = processed.contentType();
        this.width = processed.width();
        this.height = processed.height();
        this.byteSize = byteSize;
        this.variantWidths = String.join(",", processed.variants().stream()
                .map(variant -> String.valueOf(variant.width())).toList());
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    static String fileName(String storageKey, int width, String contentType) {
        return storageKey + "-" + width + ("image/png".equals(contentType) ? ".png" : ".jpg");
    }

    Image toImage() {
        List<Integer> widths = Arrays.stream(variantWidths.split(",")).map(Integer::valueOf).toList();
        var variants = widths.stream()
                .map(w -> new Image.Source("/media/" + fileName(storageKey, w, contentType), w))
                .toList();
        return new Image(id, width, height, variants, originalName, createdAt, createdBy);
    }

    Long getId() {
        return id;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getContentType() {
        return contentType;
    }
}
