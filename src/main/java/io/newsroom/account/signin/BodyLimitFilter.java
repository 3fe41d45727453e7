package io.newsroom.account.signin;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.Staff;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps large bodies to signed-in staff. Runs before the CSRF check, which is the first thing to
 * read a body: a visitor's request with a body over {@value #PUBLIC_LIMIT} bytes, of unknown
 * length, or in multipart encoding (no public form uploads files) is refused before any of it is
 * read or spooled to disk. Staff may send up to the upload limits.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    /** The contact form at its longest, 5000 Korean characters percent-encoded, is about 46 kB. */
    static final long PUBLIC_LIMIT = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var status = isStaff() ? null : refusal(request);
        if (status != null) {
            response.setHeader(HttpHeaders.CONNECTION, "close"); // nothing more is read from this request
            response.sendError(status.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static HttpStatus refusal(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        if (request.getContentLengthLong() > PUBLIC_LIMIT) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        if ("chunked".equalsIgnoreCase(request.getHeader(HttpHeaders.TRANSFER_ENCODING))) {
            return HttpStatus.LENGTH_REQUIRED;
        }
        return null;
    }

    private static boolean isStaff() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
