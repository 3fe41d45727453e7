package io.newsroom.media;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;

/**
 * Adobe's S3Mock, a real S3 API server, in a process of its own (its jar is copied to
 * {@code target/s3mock} by the build, from Maven Central): the S3 client talks to it over HTTP
 * exactly as it would to S3, MinIO or R2.
 */
final class S3MockServer implements AutoCloseable {

    static final String BUCKET = "newsroom-media";

    private final Process process;
    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3MockServer start() throws IOException, InterruptedException {
        Path jar = Path.of("target/s3mock/s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven, which copies it");
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path root = Files.createTempDirectory("s3mock");
        Path log = root.resolve("s3mock.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-Xmx256m", "-jar", jar.toString(),
                "--server.port=0", "--com.adobe.testing.s3mock.http-port=" + port,
                "--com.adobe.testing.s3mock.store.root=" + root.resolve("data"),
                "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var server = new S3MockServer(process, port);
        // S3Mock is a separate process: polled until it has started and listens, or has died
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("S3Mock stopped on start-up:\n" + Files.readString(log));
                }
                return Files.readString(log).contains("Started S3MockApplication") && accepts(port);
            });
            return server;
        } catch (ConditionTimeoutException e) {
            server.close();
            throw new IllegalStateException("S3Mock did not start within 90 s:\n" + Files.readString(log));
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    S3Properties properties() {
        return new S3Properties(endpoint(), BUCKET, "us-east-1", "test-key", "test-secret", true);
    }

    private static boolean accepts(int port) {
        try (var ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
