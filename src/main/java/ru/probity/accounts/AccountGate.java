package ru.probity.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.probity.platform.RussianFormats;

/**
 * What a signed-in account must do before anything else, in this order (issue 14, items 13 and 14):
 * give the second factor's code, change a one-time or administrator-set password, enrol a second
 * factor its role requires. Pages lead to the step's form; the API, where no code can be typed,
 * answers 403 with the reason.
 */
final class AccountGate extends OncePerRequestFilter {

    static final String SECOND_FACTOR = "/login/second-factor";
    static final String PASSWORD = "/account/password";
    static final String ENROL = "/account/two-factor";

    private final MessageSource messages;

    AccountGate(MessageSource messages) {
        this.messages = messages;
    }

    /** The step the account must take now, or null. */
    static String step(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof UserAccount account)) {
            return null;
        }
        if (account.secondFactorPending()) {
            return SECOND_FACTOR;
        }
        if (account.mustChangePassword()) {
            return PASSWORD;
        }
        return account.secondFactorMissing() ? ENROL : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String step = step(SecurityContextHolder.getContext().getAuthentication());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (step == null || path.equals(step) || path.startsWith(step + "/") || common(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            String reason = switch (step) {
                case SECOND_FACTOR, ENROL -> "api.error.secondFactor";
                default -> "api.error.passwordChange";
            };
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            String detail =
                    messages.getMessage(reason, null, RussianFormats.LOCALE).replace("\"", "'");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"" + detail
                            + "\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + step);
    }

    private static boolean common(String path) {
        return path.equals("/logout")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.equals("/favicon.svg")
                || path.equals("/error");
    }
}
