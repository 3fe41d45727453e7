package io.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps image files as objects in an S3-compatible bucket, under the same generated names as the
 * directory, so that every instance sees every file. SDK failures become {@link IOException}s, which
 * the library already reports next to the upload.
 */
class S3Storage implements MediaStorage, AutoCloseable {

    private final S3Client client;
    private final String bucket;

    S3Storage(S3Properties properties) {
        if (properties.bucket() == null || properties.bucket().isBlank()) {
            throw new IllegalStateException("newsroom.media.storage=s3 needs newsroom.media.s3.bucket");
        }
        var builder = S3Client.builder()
                .region(Region.of(properties.region()))
                .forcePathStyle(properties.pathStyle())
                .credentialsProvider(properties.accessKey() == null || properties.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
        if (properties.endpoint() != null) {
            builder.endpointOverride(properties.endpoint());
        }
        this.client = builder.build();
        this.bucket = properties.bucket();
    }

    @Override
    public void put(String name, byte[] content) throws IOException {
        DirectoryStorage.checkName(name);
        call(() -> client.putObject(request -> request.bucket(bucket).key(name).contentType(contentType(name)),
                RequestBody.fromBytes(content)));
    }

    @Override
    public Optional<InputStream> open(String name) throws IOException {
        if (!DirectoryStorage.isGeneratedName(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.getObject(request -> request.bucket(bucket).key(name)));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (SdkException failed) {
            throw new IOException("The media bucket could not be read: " + failed.getMessage(), failed);
        }
    }

    @Override
    public void delete(String name) throws IOException {
        DirectoryStorage.checkName(name);
        call(() -> client.deleteObject(request -> request.bucket(bucket).key(name)));
    }

    /** Whether the bucket already holds an object of this name (for moving media into it). */
    boolean has(String name) throws IOException {
        try {
            client.headObject(request -> request.bucket(bucket).key(name));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception failed) {
            if (failed.statusCode() == 404) {
                return false;
            }
            throw new IOException("The media bucket could not be read: " + failed.getMessage(), failed);
        } catch (SdkException failed) {
            throw new IOException("The media bucket could not be read: " + failed.getMessage(), failed);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private static String contentType(String name) {
        return ImageFormat.contentTypeOfName(name);
    }

    private static void call(Runnable action) throws IOException {
        try {
            action.run();
        } catch (SdkException failed) {
            throw new IOException("The media bucket could not be written: " + failed.getMessage(), failed);
        }
    }
}
