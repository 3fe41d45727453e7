package io.newsroom.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** A public page as it left the app once, kept plain and gzip-compressed, with its validator. */
record RenderedPage(String tag, String contentType, Map<String, String> headers, byte[] plain, byte[] gzip) {

    static RenderedPage of(String tag, String contentType, Map<String, String> headers, byte[] plain) {
        return new RenderedPage(tag, contentType, headers, plain, gzip(plain));
    }

    int weight() {
        return plain.length + gzip.length + 256;
    }

    private static byte[] gzip(byte[] plain) {
        var out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
