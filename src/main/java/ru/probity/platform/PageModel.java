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

    /** The section of the navigation the page belongs to, to highlight it. */
    @ModelAttribute("section")
    String section(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/people/import")) {
            return "import";
        }
        if (path.startsWith("/admin/users")) {
            return "users";
        }
        if (path.startsWith("/expertise/publications")) {
            return "expertisePublic";
        }
        if (path.startsWith("/declarations/publication-settings")) {
            return "publication";
        }
        String[] parts = path.split("/");
        return parts.length > 1 ? parts[1] : "home";
    }
}
