package io.newsroom.media;

import java.io.IOException;
import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves stored images. Their names never change content, so browsers and CDNs may keep them for a
 * year; the type is fixed by the name, never sniffed.
 */
@Controller
class MediaController {

    private final MediaStorage storage;

    MediaController(MediaStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/media/{name}")
    ResponseEntity<InputStreamResource> serve(@PathVariable String name) throws IOException {
        var file = storage.open(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ImageFormat.contentTypeOfName(name)))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file));
    }
}
