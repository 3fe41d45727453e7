package io.newsroom.media;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param storage     where image files are kept: {@code directory} (the default) or {@code s3} ({@link S3Properties})
 * @param directory   where image files are stored with {@code directory}, and moved from to a bucket
 * @param maxFileSize the largest upload accepted
 * @param maxPixels   the largest image (width × height) accepted, checked before decoding
 * @param keepMetadata keep an original's metadata as uploaded (GPS position, camera serial numbers,
 *                     owner names included); by default only its colour profile, orientation, caption,
 *                     credit and copyright stay ({@link OriginalMetadata})
 * @param fetchAllowedNetworks private networks (CIDR) that an image pasted from another site may
 *                     nevertheless be fetched from; by default only public addresses are reached
 *                     ({@link RemoteImages})
 */
@Validated
@ConfigurationProperties("newsroom.media")
record MediaProperties(
        @DefaultValue("directory") @NotNull Storage storage,
        @DefaultValue("./data/media") @NotNull Path directory,
        @DefaultValue("10MB") @NotNull DataSize maxFileSize,
        @DefaultValue("40000000") @Min(1) long maxPixels,
        @DefaultValue("false") boolean keepMetadata,
        @DefaultValue List<String> fetchAllowedNetworks) {

    enum Storage { DIRECTORY, S3 }
}
