package ru.probity.platform;

import jakarta.servlet.http.HttpServletRequest;
import ru.probity.access.AccessRefused;
import ru.probity.access.CurrentUser;

/** The event of a refused request, for the access log. */
final class Refusals {

    private static final int MAX_PATH = 300;

    private Refusals() {}

    static AccessRefused of(HttpServletRequest request, Exception reason) {
        String path = request.getMethod() + " " + request.getRequestURI();
        if (path.length() > MAX_PATH) {
            path = path.substring(0, MAX_PATH);
        }
        var user = CurrentUser.find();
        return new AccessRefused(
                CurrentUser.actorName(), user.map(CurrentUser::organizationId).orElse(null), path, reason.getMessage());
    }
}
