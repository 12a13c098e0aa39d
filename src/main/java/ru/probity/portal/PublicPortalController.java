package ru.probity.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public section's own pages, for anyone without an account: the list of the organizations
 * ({@code /public}), an organization's home with its intro and the latest news, its own pages, its
 * news with their Atom feed, the site search, the site map, and the switch of the version for the
 * visually impaired (a cookie and a redirect back: no JavaScript).
 */
@Controller
@RequestMapping("/public")
class PublicPortalController {

    /**
     * A local address of the public section a switch may come back to: no other host, no scheme, no
     * dot segment and no escaped character in the path (nothing that leaves {@code /public}).
     */
    static final Pattern BACK =
            Pattern.compile("/public(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?(\\?[A-Za-z0-9._~%=&+-]*)?");

    private static final int HOME_NEWS = 3;

    private final PortalContent content;
    private final PublicSite site;
    private final PortalFeeds feeds;

    PublicPortalController(PortalContent content, PublicSite site, PortalFeeds feeds) {
        this.content = content;
        this.site = site;
        this.feeds = feeds;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("tree", site.tree());
        return "portal/index";
    }

    @GetMapping("/{organization:\\d+}")
    String home(@PathVariable long organization, Model model) {
        model.addAttribute("intro", content.publicHome(organization).orElse(null));
        model.addAttribute("news", content.publicNews(organization, HOME_NEWS));
        return "portal/home";
    }

    @GetMapping("/{organization:\\d+}/page/{slug}")
    String page(@PathVariable long organization, @PathVariable String slug, Model model) {
        model.addAttribute("page", content.publicPage(organization, slug));
        return "portal/page";
    }

    @GetMapping("/{organization:\\d+}/news")
    String news(@PathVariable long organization, Model model) {
        model.addAttribute("news", content.publicNews(organization, 200));
        return "portal/news";
    }

    @GetMapping("/{organization:\\d+}/news/{id:\\d+}")
    String newsItem(@PathVariable long organization, @PathVariable long id, Model model) {
        model.addAttribute("item", content.publicNewsItem(organization, id));
        return "portal/news-item";
    }

    @GetMapping(value = "/{organization:\\d+}/news.atom", produces = "application/atom+xml")
    ResponseEntity<String> atom(@PathVariable long organization) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feeds.news(site.organization(organization), content.publicNews(organization, 50)));
    }

    @GetMapping("/{organization:\\d+}/search")
    String search(@PathVariable long organization, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("found", site.search(organization, q));
        return "portal/search";
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .body(feeds.sitemap(site.sitemap()));
    }

    /**
     * Switches the version for the visually impaired on ({@code on=1}) or off and returns to {@code
     * back} when it is a local address of the public section, to {@code /public} otherwise (never to
     * another site).
     */
    @GetMapping("/accessibility")
    String accessibility(
            @RequestParam(defaultValue = "1") String on,
            @RequestParam(required = false) String back,
            HttpServletResponse response) {
        boolean enable = "1".equals(on);
        ResponseCookie cookie = ResponseCookie.from(PortalAdvice.ACCESSIBLE_COOKIE, enable ? "1" : "")
                .path("/public")
                .httpOnly(true)
                .sameSite("Lax")
                .maxAge(enable ? 60L * 60 * 24 * 365 : 0)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return "redirect:" + safeBack(back);
    }

    /** The address to return to: {@code back} if it is a local address of the public section. */
    static String safeBack(String back) {
        if (back == null
                || back.length() > 500
                || back.contains("//")
                || !BACK.matcher(back).matches()) {
            return "/public";
        }
        return back;
    }
}
