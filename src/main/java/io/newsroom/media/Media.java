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

    /** The uploaded file's type; null for images stored before originals were kept. */
    private String originalType;

    private Long originalSize;

    private String caption;

    private String credit;

    private String altText;

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

    /** Records that the file as uploaded is kept beside the copies. */
    void keepsOriginal(ImageFormat format, long size) {
        this.originalType = format.contentType();
        this.originalSize = size;
    }

    /** What journalists read next to the image, and those who cannot see it hear: blanks are none. */
    void describe(String newCaption, String newCredit, String newAlt) {
        caption = blankToNull(newCaption);
        credit = blankToNull(newCredit);
        altText = blankToNull(newAlt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The stored name of the file as uploaded. */
    static String originalFileName(String storageKey, ImageFormat format) {
        return storageKey + "-original." + format.extension();
    }

    static String fileName(String storageKey, int width, String contentType) {
        return storageKey + "-" + width + ("image/png".equals(contentType) ? ".png" : ".jpg");
    }

    Image toImage() {
        List<Integer> widths = Arrays.stream(variantWidths.split(",")).map(Integer::valueOf).toList();
        var variants = widths.stream()
                .map(w -> new Image.Source("/media/" + fileName(storageKey, w, contentType), w))
                .toList();
        Image.Download original = originalType == null ? null : new Image.Download("/media/" + storageKey + "-original."
                + ImageFormat.extensionOf(originalType), originalType, originalSize);
        return new Image(id, width, height, variants, originalName, createdAt, createdBy, original, caption, credit,
                altText);
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
