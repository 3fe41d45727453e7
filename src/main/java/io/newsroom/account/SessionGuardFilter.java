package io.newsroom.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Ends a staff session as soon as its account is disabled, its role changes or its password
 * changes elsewhere. Checked against the database on every admin request, so it holds whichever
 * instance made the change and whichever serves the request.
 */
class SessionGuardFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;

    SessionGuardFilter(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isAdmin(request);
    }

    /** Whether the request is for the admin ({@code /admin} and below), where staff sessions matter. */
    static boolean isAdmin(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.startsWith("/admin/") || "/admin".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Staff staff && !isCurrent(staff)) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/admin/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isCurrent(Staff staff) {
        return accounts.findById(staff.id())
                .filter(StaffAccount::isEnabled)
                .filter(account -> account.getSessionStamp() == staff.sessionStamp())
                .isPresent();
    }
}
