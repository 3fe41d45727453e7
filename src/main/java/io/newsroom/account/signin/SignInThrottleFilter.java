package io.newsroom.account.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/** Turns away sign-ins (password or passkey) from an address that has failed too often lately, before any check. */
public class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    public SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !("POST".equals(request.getMethod()) && ("/admin/login".equals(path) || "/login/webauthn".equals(path)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.isThrottled(request.getRemoteAddr())) {
            if ("/login/webauthn".equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request))) {
                // the passkey button asks with a script: it reads this and shows the sign-in page's message
                response.setStatus(429);
                response.setContentType("application/json");
                response.getWriter().write("{\"authenticated\":false,\"throttled\":true}");
                return;
            }
            SignInFailureHandler.keepEmail(request, response);
            response.sendRedirect(request.getContextPath() + "/admin/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
