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
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + rawTarget + " HTTP/1.0\r\nHost: localhost\r\nAccept: */*\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            return new Response(Integer.parseInt(head.substring(9, 12)), head,
                    split < 0 ? "" : raw.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
