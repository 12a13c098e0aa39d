package ru.probity.acts;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.probity.access.CurrentUser;

/** Puts the number of the signed-in employee's pending acknowledgements into every page's menu. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PendingAcknowledgements {

    private final Distributions distributions;

    PendingAcknowledgements(Distributions distributions) {
        this.distributions = distributions;
    }

    /** Only for full pages: not for form posts and htmx requests (a test's answer saves, for one). */
    @ModelAttribute("pendingAcknowledgements")
    Integer pending(jakarta.servlet.http.HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return null;
        }
        return CurrentUser.find()
                .filter(user -> user.employeeId() != null)
                .map(distributions::pending)
                .orElse(null);
    }
}
