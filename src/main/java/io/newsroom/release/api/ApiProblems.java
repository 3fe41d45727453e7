package io.newsroom.release.api;

import io.newsroom.release.model.ReleaseNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** The API's errors as RFC 9457 problem details ({@code application/problem+json}), never an HTML page. */
@RestControllerAdvice(assignableTypes = PublicApiController.class)
class ApiProblems {

    @ExceptionHandler(ReleaseNotFoundException.class)
    ProblemDetail noSuchRelease() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No public release has this slug.");
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail refused(ResponseStatusException refused) {
        return ProblemDetail.forStatusAndDetail(refused.getStatusCode(), refused.getReason());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail notANumber(MethodArgumentTypeMismatchException mismatch) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, mismatch.getName() + " must be a number.");
    }
}
