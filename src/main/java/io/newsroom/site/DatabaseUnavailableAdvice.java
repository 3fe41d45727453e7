package io.newsroom.site;

import java.util.Map;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.settings.SettingsLookup;
import io.newsroom.web.DatabaseUnavailable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A database that is down, unreachable or locked is a 503 page with {@code Retry-After}, decided
 * here rather than left to the container: Spring would otherwise take a closed connection for a
 * client that went away and answer an empty 200.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableAdvice {

    private final SettingsLookup settings;

    DatabaseUnavailableAdvice(SettingsLookup settings) {
        this.settings = settings;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ModelAndView unavailable(RuntimeException failure, HttpServletResponse response) {
        if (!DatabaseUnavailable.is(failure)) {
            throw failure;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        var site = settings.current();
        var page = new ModelAndView("error/page", Map.of("status", 503, "kind", "503", "site", site,
                "pageUrl", site.absolute("/")));
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
