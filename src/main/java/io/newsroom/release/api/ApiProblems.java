package io.newsroom.release.api;

import java.util.LinkedHashMap;
import java.util.Locale;

import io.newsroom.release.model.ReleaseGoneException;
import io.newsroom.release.model.ReleaseNotFoundException;
import io.newsroom.release.model.ReviewRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}), never an HTML page.
 * Asked before the site's database-outage advice, which takes every data access failure.
 */
@RestControllerAdvice(assignableTypes = {PublicApiController.class, StaffApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Review before publishing does not let this token's owner do it: what the editor would say. */
    @ExceptionHandler(ReviewRefusedException.class)
    ProblemDetail reviewRefused(ReviewRefusedException refused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage(refused.messageKey(), null, Locale.ENGLISH));
    }

    @ExceptionHandler(ReleaseNotFoundException.class)
    ProblemDetail noSuchRelease() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No public release has this slug.");
    }

    @ExceptionHandler(ReleaseGoneException.class)
    ProblemDetail ended() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "This release has been taken off the newsroom.");
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail refused(ResponseStatusException refused) {
        return ProblemDetail.forStatusAndDetail(refused.getStatusCode(), refused.getReason());
    }

    /** Every field that is wrong, by name, as the editor would show them next to the fields. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
        var errors = new LinkedHashMap<String, String>();
        invalid.getBindingResult().getFieldErrors()
                .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The release's state does not allow it, e.g. publishing a release in the trash. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail notNow(IllegalStateException refused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage() + ".");
    }

    /** A value the release refuses, e.g. an end time in the past or before the release appears. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refusedValue(IllegalArgumentException refused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage() + ".");
    }

    /**
     * The database refused the write because another row holds what must be unique: for releases,
     * the address (two writers choosing one slug at once, or a slug given that another release has).
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another release has this slug (its address): choose another one.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not the JSON this API expects.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail notANumber(MethodArgumentTypeMismatchException mismatch) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, mismatch.getName() + " must be a number.");
    }
}
