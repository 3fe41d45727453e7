package io.newsroom.account.factors;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.newsroom.account.Staff;
import io.newsroom.account.signin.SignInSessions;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a right password: on to the second factor when the account has one; to setting one up when
 * every account must have one and this one has none; otherwise signed in.
 */
public class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final SecondFactors factors;
    private final SignInSessions sessions;

    public SignInSuccessHandler(SecondFactors factors, SignInSessions sessions) {
        this.factors = factors;
        this.sessions = sessions;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        var staff = (Staff) authentication.getPrincipal();
        if (factors.of(staff.id()).any()) {
            sessions.holdAt(SignInSessions.AWAITING_SECOND_FACTOR, staff, request, response);
            response.sendRedirect(request.getContextPath() + "/admin/login/code");
        } else if (factors.required()) {
            sessions.holdAt(SignInSessions.SETTING_UP_SECOND_FACTOR, staff, request, response);
            response.sendRedirect(request.getContextPath() + "/admin/account/security?setup");
        } else {
            response.sendRedirect(sessions.complete(staff, request, response));
        }
    }
}
