package io.newsroom.account.factors;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.signin.SessionGuardFilter;
import io.newsroom.account.signin.SignInSessions;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Keeps a session that is not complete where it belongs: one waiting for its second factor at the
 * code page, one that must set a factor up at the security page. Every other admin page sends it there.
 */
public class SecondFactorFilter extends OncePerRequestFilter {

    private static final Set<String> WHILE_AWAITING = Set.of("/admin/login/code", "/admin/logout", "/admin/login");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SessionGuardFilter.isAdmin(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (SignInSessions.isAwaitingSecondFactor(authentication) && !WHILE_AWAITING.contains(path)) {
            response.sendRedirect(request.getContextPath() + "/admin/login/code");
            return;
        }
        if (SignInSessions.isSettingUpSecondFactor(authentication) && !path.startsWith("/admin/account/security")
                && !"/admin/logout".equals(path)) {
            response.sendRedirect(request.getContextPath() + "/admin/account/security?setup");
            return;
        }
        chain.doFilter(request, response);
    }
}
