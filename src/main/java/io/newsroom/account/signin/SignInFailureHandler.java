package io.newsroom.account.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in form with the email kept and one message for every reason: wrong password,
 * unknown email, locked or disabled account all read the same, so the form tells nobody which
 * emails have accounts.
 */
public class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof BoundedPasswordEncoder.BusyException) {
            // nothing was checked: the site's "briefly unavailable" page, and try again
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        keepEmail(request, response);
        response.sendRedirect(request.getContextPath() + "/admin/login?error");
    }

    /** Hands the typed email to the next page, as a flash attribute (this runs before Spring MVC). */
    static void keepEmail(HttpServletRequest request, HttpServletResponse response) {
        String email = request.getParameter("email");
        if (email != null) {
            var flash = new FlashMap();
            flash.put("email", email.length() > 254 ? email.substring(0, 254) : email);
            flash.setTargetRequestPath(request.getContextPath() + "/admin/login");
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        }
    }
}
