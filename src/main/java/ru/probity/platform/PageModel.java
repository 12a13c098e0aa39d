package ru.probity.platform;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.probity.access.CurrentUser;

/** Puts the signed-in user into every page's model for the layout's navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.find().orElse(null);
    }

    /**
     * Pages whose sidebar entry is not named by the first segment of their path: the path's prefix
     * and the section it highlights.
     */
    private static final java.util.Map<String, String> OWN_SECTIONS = java.util.Map.of(
            "/people/import", "import",
            "/admin/users", "users",
            "/expertise/publications", "expertisePublic",
            "/declarations/publication-settings", "publication",
            "/consultations/faq", "faq");

    /** The section of the navigation the page belongs to, to highlight it. */
    @ModelAttribute("section")
    String section(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OWN_SECTIONS.entrySet().stream()
                .filter(own -> path.startsWith(own.getKey()))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> {
                    String[] parts = path.split("/");
                    return parts.length > 1 ? parts[1] : "home";
                });
    }
}
