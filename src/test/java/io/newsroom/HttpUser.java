package io.newsroom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor over real HTTP with its own cookies, as a browser without JavaScript: it reads the
 * CSRF token from the form it was shown, as a browser would submit it.
 */
public final class HttpUser {

    private final HttpClient client;
    private final CookieManager cookies;
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public record Page(int status, String location, Document html) {
    }

    public HttpUser(int port) {
        this(port, new CookieManager());
    }

    private HttpUser(int port, CookieManager cookies) {
        this.base = "http://127.0.0.1:" + port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The same visitor, with the same cookies, sent to another instance on this machine: what a load
     * balancer without sticky sessions does between two requests.
     */
    public HttpUser at(int port) {
        var moved = new HttpUser(port, cookies);
        moved.headers.putAll(headers);
        return moved;
    }

    /** Sends this header with every further request, as a proxy (or someone pretending to be one) would. */
    public HttpUser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Opens the page with the form, then submits it with the token it carried and these fields. */
    public Page submit(String formPage, String action, Map<String, String> fields) {
        var form = get(formPage).html();
        var all = new LinkedHashMap<String, String>();
        var token = form.selectFirst("input[name=_csrf]");
        if (token != null) {
            all.put("_csrf", token.val());
        }
        all.putAll(fields);
        return post(action, all);
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Submits a multipart form with one file of {@code size} bytes, streamed (never held in memory):
     * the first bytes are {@code head}, the rest zeros.
     */
    public Page upload(String formPage, String action, String field, String fileName, byte[] head, long size) {
        var token = get(formPage).html().selectFirst("input[name=_csrf]").val();
        String boundary = "----newsroom" + System.nanoTime();
        byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(start),
                new ByteArrayInputStream(head), new ZeroStream(size - head.length), new ByteArrayInputStream(end))));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> body), start.length + size + end.length)));
    }

    /** A file of a multipart form. */
    public record Part(String field, String fileName, String contentType, byte[] content) {
    }

    /** Opens the page with the form, then submits these files (and the form's CSRF token) as multipart. */
    public Page uploadFiles(String formPage, String action, List<Part> parts) {
        var token = get(formPage).html().selectFirst("input[name=_csrf]").val();
        String boundary = "----newsroom" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (var part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.field()
                    + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static final class ZeroStream extends InputStream {

        private long left;

        ZeroStream(long size) {
            left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }

    public Page signIn(String email, String password) {
        return submit("/admin/login", "/admin/login", Map.of("email", email, "password", password));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").map(l -> l.replace(base, "")).orElse(null);
            return new Page(response.statusCode(), location, Jsoup.parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
