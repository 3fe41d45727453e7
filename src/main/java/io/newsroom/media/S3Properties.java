package io.newsroom.media;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where media lives with {@code newsroom.media.storage=s3}: any S3-compatible store (AWS S3, MinIO,
 * Ceph, Cloudflare R2).
 *
 * @param endpoint  the store's address; unset for AWS S3 itself (the region's endpoint)
 * @param bucket    the bucket, which must exist
 * @param region    the region (MinIO and Ceph take any; R2 wants {@code auto})
 * @param accessKey the access key; unset: the AWS default chain (environment, profile, instance role)
 * @param secretKey the secret key that goes with it
 * @param pathStyle {@code https://endpoint/bucket/name} rather than {@code https://bucket.endpoint/name}:
 *                  what MinIO and Ceph expect, and R2 accepts
 */
@ConfigurationProperties("newsroom.media.s3")
record S3Properties(
        URI endpoint,
        String bucket,
        @DefaultValue("us-east-1") String region,
        String accessKey,
        String secretKey,
        @DefaultValue("true") boolean pathStyle) {
}
