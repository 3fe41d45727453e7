package io.newsroom.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.web.DatabaseUnavailable;
import io.newsroom.web.SecurityHeaders;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error a visitor can meet becomes a page in the site's layout, whatever the client asked
 * for: this newsroom has no JSON API, so even {@code Accept: *}{@code /*} gets HTML. Never a stack
 * trace or an exception message.
 */
@Controller
class SiteErrorController implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = statusOf(request);
        if (status >= 500 && DatabaseUnavailable.is((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            status = 503;
        }
        if (status == 503) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        if (!response.containsHeader("Content-Security-Policy")) {
            // refused before Spring Security wrote them: the firewall, or Tomcat's parameter parsing
            SecurityHeaders.writeTo(response);
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("kind", kindOf(status));
        return "error/page";
    }

    /** Which explanation a status gets: the key suffix of {@code error.title.*} in the messages. */
    static String kindOf(int status) {
        if (status == 404 || status == 400 || status == 403 || status == 410 || status == 503) {
            return String.valueOf(status);
        }
        return status >= 500 ? "500" : "generic";
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status && status >= 400 ? status : 500;
    }
}
