package ru.probity.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the user back to the sign-in page with one answer for every refusal: a wrong password, an
 * unknown user, a disabled account and a held-back attempt look the same (issue 14, item 8). Only a
 * directory sign-in whose password was right but whose person has no card is told so.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean noCard = exception instanceof DirectoryPersonUnknown;
        response.sendRedirect(request.getContextPath() + "/login?error=" + (noCard ? "directory" : "bad"));
    }
}
