package io.newsroom.site;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The icon browsers ask for at {@code /favicon.ico} on every first visit, whatever the page says. */
@Controller
class FaviconController {

    private static final Resource ICON = new ClassPathResource("static/icons/favicon.ico");

    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> favicon() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/x-icon"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(ICON);
    }
}
