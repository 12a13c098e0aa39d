package ru.probity.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.probity.platform.NotFound;

/**
 * Gives every page under {@code /public/{organization}/…} the organization ({@code portalOrganization})
 * and its menu ({@code portalMenu}, the current subsection {@code portalSection}, the own pages placed
 * under each subsection {@code portalPages} and under «Иная информация» {@code portalOtherPages}) for
 * the layout {@code portal/layout}. An unknown or inactive organization is a 404. Every page under
 * {@code /public} also gets {@code portalAccessible} (the version for the visually impaired is on),
 * {@code portalEmbed} ({@code ?embed=1}: no header and menu, for a frame) and {@code portalPath} (the
 * page's own address, where the switch of the version comes back to).
 */
@ControllerAdvice
class PortalAdvice {

    /** The cookie that keeps the version for the visually impaired on. */
    static final String ACCESSIBLE_COOKIE = "PORTAL-A11Y";

    private static final Pattern PATH = Pattern.compile("^/public/(\\d{1,18})(?:/([a-z0-9-]+))?.*$");

    private final PortalStore store;
    private final PortalMenu menu;
    private final PortalContentStore content;

    PortalAdvice(PortalStore store, PortalMenu menu, PortalContentStore content) {
        this.store = store;
        this.menu = menu;
        this.content = content;
    }

    @ModelAttribute
    void portal(HttpServletRequest request, Model model) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/public") && !path.startsWith("/public/")) {
            return;
        }
        model.addAttribute("portalAccessible", accessible(request));
        model.addAttribute("portalEmbed", "1".equals(request.getParameter("embed")));
        model.addAttribute("portalPath", path);
        var m = PATH.matcher(path);
        if (!m.matches()) {
            return;
        }
        long id = Long.parseLong(m.group(1));
        var organization = store.organization(id).orElseThrow(() -> new NotFound("organization", id));
        List<PortalMenu.Item> items = menu.items(id);
        model.addAttribute("portalOrganization", organization);
        model.addAttribute("portalMenu", items);
        model.addAttribute("portalSection", m.group(2));
        Map<String, List<OwnPage>> placed = new LinkedHashMap<>();
        List<OwnPage> other = new ArrayList<>();
        for (OwnPage page : content.pages(id, true)) {
            if (OwnPage.HOME.equals(page.menuSection())) {
                continue;
            }
            boolean inMenu = items.stream().anyMatch(i -> i.id().equals(page.menuSection()));
            if (inMenu) {
                placed.computeIfAbsent(page.menuSection(), k -> new ArrayList<>())
                        .add(page);
            } else {
                other.add(page);
            }
        }
        model.addAttribute("portalPages", placed);
        model.addAttribute("portalOtherPages", other);
    }

    static boolean accessible(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie c : cookies) {
            if (ACCESSIBLE_COOKIE.equals(c.getName()) && "1".equals(c.getValue())) {
                return true;
            }
        }
        return false;
    }
}
