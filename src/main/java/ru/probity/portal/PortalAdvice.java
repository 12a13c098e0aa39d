package ru.probity.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.probity.platform.NotFound;

/**
 * Gives every page under {@code /public/{organization}/…} the organization ({@code portalOrganization})
 * and its menu ({@code portalMenu}, the current subsection {@code portalSection}) for the layout
 * {@code portal/layout}. An unknown or inactive organization is a 404.
 */
@ControllerAdvice
class PortalAdvice {

    private static final Pattern PATH = Pattern.compile("^/public/(\\d{1,18})(?:/([a-z0-9-]+))?.*$");

    private final PortalStore store;
    private final PortalMenu menu;

    PortalAdvice(PortalStore store, PortalMenu menu) {
        this.store = store;
        this.menu = menu;
    }

    @ModelAttribute
    void portal(HttpServletRequest request, Model model) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var m = PATH.matcher(path);
        if (!m.matches()) {
            return;
        }
        long id = Long.parseLong(m.group(1));
        var organization = store.organization(id).orElseThrow(() -> new NotFound("organization", id));
        model.addAttribute("portalOrganization", organization);
        model.addAttribute("portalMenu", menu.items(id));
        model.addAttribute("portalSection", m.group(2));
    }
}
