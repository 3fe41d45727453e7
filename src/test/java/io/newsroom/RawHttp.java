package io.newsroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as written, malformed or not, the way a scanner or a broken link
 * would; {@link java.net.http.HttpClient} refuses to send such addresses at all. HTTP/1.0, so the
 * body comes back whole rather than chunked.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Response(int status, String headers, String body) {
    }

    public static Response get(int port, String rawTarget) {
        return send(port, "GET " + rawTarget + " HTTP/1.0\r\nHost: localhost\r\nAccept: */*\r\n\r\n", new byte[0]);
    }

    /** A GET with these header lines ("Name: value") in place of the usual Host. */
    public static Response get(int port, String rawTarget, String... headerLines) {
        return send(port, "GET " + rawTarget + " HTTP/1.0\r\n" + String.join("\r\n", headerLines)
                + "\r\nAccept: */*\r\n\r\n", new byte[0]);
    }

    /** Exactly these bytes: a request head (ending in a blank line) and a body. */
    public static Response send(int port, String head, byte[] body) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            } catch (IOException refusedMidway) {
                // the server may answer and close before it has read a large body; its answer still counts
            }
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? raw : raw.substring(0, split);
            return new Response(Integer.parseInt(responseHead.substring(9, 12)), responseHead,
                    split < 0 ? "" : raw.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
