package io.newsroom.release.model;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The release under that address was public and its end time has passed: gone on purpose, not missing. */
@ResponseStatus(HttpStatus.GONE)
public class ReleaseGoneException extends RuntimeException {

    public ReleaseGoneException(String slug) {
        super("Release ended " + (slug.length() > 100 ? slug.substring(0, 100) + "…" : slug));
    }
}
