package io.newsroom.release.model;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No public release answers to that address: a draft, a future one, a trashed one or none. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReleaseNotFoundException extends RuntimeException {

    public ReleaseNotFoundException(String slug) {
        super("No public release " + (slug.length() > 100 ? slug.substring(0, 100) + "…" : slug));
    }
}
