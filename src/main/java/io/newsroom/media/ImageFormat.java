package io.newsroom.media;

import java.util.Arrays;
import java.util.Optional;

/** The image types accepted, recognised by their first bytes, never by name or declared type. */
enum ImageFormat {
    JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), GIF("image/gif", "gif"), WEBP("image/webp", "webp");

    private final String contentType;
    private final String extension;

    ImageFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    /** The extension files of a content type are stored with. */
    static String extensionOf(String contentType) {
        return Arrays.stream(values()).filter(format -> format.contentType.equals(contentType)).findFirst()
                .orElse(JPEG).extension;
    }

    /** The content type a stored file's name stands for (its extension); JPEG for any other. */
    static String contentTypeOfName(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst()
                .orElse(JPEG).contentType;
    }

    static Optional<ImageFormat> sniff(byte[] data) {
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(data, 'G', 'I', 'F', '8') && data.length > 5 && (data[4] == '7' || data[4] == '9') && data[5] == 'a') {
            return Optional.of(GIF);
        }
        if (data.length >= 12 && startsWith(data, 'R', 'I', 'F', 'F')
                && Arrays.equals(Arrays.copyOfRange(data, 8, 12), new byte[] {'W', 'E', 'B', 'P'})) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
