package io.newsroom.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.newsroom.web.PublicAddresses;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Images pasted with their address on another site (Google Docs puts its pictures on the clipboard
 * that way, as do web pages): the newsroom fetches each once, through the same checks and
 * re-encoding as an upload, so a body never shows another site's image. Only public addresses are
 * reached ({@link PublicAddresses}, redirects included), within a few seconds and the upload size.
 */
@Component
class RemoteImages implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RemoteImages.class);
    private static final long DEADLINE_MILLIS = 20_000;

    private final MediaLibrary library;
    private final long maxBytes;
    private final CloseableHttpClient http;

    RemoteImages(MediaLibrary library, MediaProperties properties) {
        this.library = library;
        this.maxBytes = properties.maxFileSize().toBytes();
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new PublicAddresses(properties.fetchAllowedNetworks()))
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                        .setSocketTimeout(Timeout.ofSeconds(10)).build())
                .setMaxConnTotal(8).setMaxConnPerRoute(4)
                .build();
        this.http = HttpClients.custom().setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(10))
                        .setMaxRedirects(3).setCircularRedirectsAllowed(false).build())
                .disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .setUserAgent("Newsroom-Images/1").build();
    }

    /**
     * Fetches the image at a public address and stores it in the library.
     *
     * @throws ImageRejectedException when the address is not one to fetch, cannot be reached, or
     *                                does not give an image this site takes (the key says why)
     */
    Image fetch(String address, String fetchedBy) throws ImageRejectedException {
        URI uri = addressOf(address);
        var request = new HttpGet(uri);
        request.addHeader("Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9");
        byte[] data = null;
        try (var response = http.executeOpen(null, request, null)) {
            if (response.getCode() != 200 || response.getEntity() == null) {
                log.info("An image to fetch answered {}: {}", response.getCode(), uri.getHost());
                request.cancel();
                throw new ImageRejectedException("media.fetch.failed");
            }
            data = readWithin(response.getEntity().getContent(), request);
        } catch (PublicAddresses.Refused refused) {
            throw new ImageRejectedException("media.fetch.private");
        } catch (IOException failed) {
            if (data == null) {
                log.info("An image could not be fetched from {}: {}", uri.getHost(), failed.toString());
                throw new ImageRejectedException("media.fetch.failed");
            } // else only the close of a connection dropped on purpose (too large) failed
        }
        if (data.length > maxBytes) {
            throw new ImageRejectedException("media.rejected.too-large");
        }
        return library.store(nameOf(uri), data, fetchedBy);
    }

    /** Reads at most one byte more than an upload may have, and gives up at the deadline. */
    private byte[] readWithin(InputStream content, HttpGet request) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS);
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = content.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            if (out.size() > maxBytes) {
                request.cancel(); // the rest is not read: the connection is dropped
                break;
            }
            if (System.nanoTime() > deadline) {
                request.cancel();
                throw new IOException("too slow");
            }
        }
        return out.toByteArray();
    }

    private static URI addressOf(String address) throws ImageRejectedException {
        try {
            var uri = new URI(address == null ? "" : address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException unreadable) {
            // refused below
        }
        throw new ImageRejectedException("media.fetch.invalid");
    }

    private static String nameOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? uri.getHost() : last;
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
