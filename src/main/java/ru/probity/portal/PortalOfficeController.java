package ru.probity.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;

/**
 * The officer's pages of the public section «Раздел на сайте» ({@code /portal}): the own pages of an
 * organization of his subtree with their versions, its news, the publication log, and the static
 * export. Every call is authorized by {@link PortalContent} (the role and the subtree).
 */
@Controller
@RequestMapping("/portal")
class PortalOfficeController {

    private final PortalContent content;
    private final Organizations organizations;
    private final PortalExport export;
    private final Messages messages;

    PortalOfficeController(PortalContent content, Organizations organizations, PortalExport export, Messages messages) {
        this.content = content;
        this.organizations = organizations;
        this.export = export;
        this.messages = messages;
    }

    private static long orgOf(CurrentUser user, Long organization) {
        return organization == null ? user.organizationId() : organization;
    }

    @GetMapping
    String overview(@RequestParam(required = false) Long organization, Model model) {
        CurrentUser user = CurrentUser.get();
        long id = orgOf(user, organization);
        model.addAttribute("organization", content.organization(user, id));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("pages", content.pages(user, id));
        model.addAttribute("news", content.news(user, id));
        model.addAttribute("placements", content.placements());
        return "portal/office/overview";
    }

    @GetMapping("/log")
    String log(@RequestParam(required = false) Long organization, Model model) {
        CurrentUser user = CurrentUser.get();
        long id = orgOf(user, organization);
        model.addAttribute("organization", content.organization(user, id));
        model.addAttribute("entries", content.log(user, id));
        return "portal/office/log";
    }

    // pages

    @GetMapping("/pages/new")
    String newPage(@RequestParam(required = false) Long organization, Model model) {
        CurrentUser user = CurrentUser.get();
        long id = orgOf(user, organization);
        return pageForm(user, id, null, new PageForm("", "", "", OwnPage.OTHER, 0, false), model);
    }

    private String pageForm(CurrentUser user, long organizationId, Long pageId, PageForm form, Model model) {
        model.addAttribute("organization", content.organization(user, organizationId));
        model.addAttribute("form", form);
        model.addAttribute("pageId", pageId);
        model.addAttribute("placements", content.placements());
        if (pageId != null) {
            model.addAttribute("versions", content.versions(user, pageId));
            model.addAttribute("page", content.page(user, pageId));
        }
        return "portal/office/page-form";
    }

    private String refusedPage(
            Refusal e, CurrentUser user, long organizationId, Long pageId, PageForm form, Model model) {
        if (e instanceof NotFound) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return pageForm(user, organizationId, pageId, form, model);
    }

    @PostMapping("/pages")
    String createPage(@RequestParam long organization, PageForm form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            content.createPage(user, organization, form);
        } catch (Refusal e) {
            return refusedPage(e, user, organization, null, form, model);
        }
        flash.addFlashAttribute("notice", "portal.saved");
        return "redirect:/portal?organization=" + organization;
    }

    @GetMapping("/pages/{id}")
    String editPage(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        OwnPage page = content.page(user, id);
        return pageForm(
                user,
                page.organizationId(),
                id,
                new PageForm(
                        page.title(), page.slug(), page.body(), page.menuSection(), page.position(), page.published()),
                model);
    }

    @PostMapping("/pages/{id}")
    String updatePage(@PathVariable long id, PageForm form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        OwnPage page = content.page(user, id);
        try {
            content.updatePage(user, id, form);
        } catch (Refusal e) {
            return refusedPage(e, user, page.organizationId(), id, form, model);
        }
        flash.addFlashAttribute("notice", "portal.saved");
        return "redirect:/portal?organization=" + page.organizationId();
    }

    @PostMapping("/pages/{id}/versions/{version}/restore")
    String restoreVersion(@PathVariable long id, @PathVariable long version, RedirectAttributes flash) {
        content.restoreVersion(CurrentUser.get(), id, version);
        flash.addFlashAttribute("notice", "portal.restored");
        return "redirect:/portal/pages/" + id;
    }

    @PostMapping("/pages/{id}/delete")
    String deletePage(@PathVariable long id, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        OwnPage page = content.page(user, id);
        content.deletePage(user, id);
        flash.addFlashAttribute("notice", "portal.deleted");
        return "redirect:/portal?organization=" + page.organizationId();
    }

    // news

    @GetMapping("/news/new")
    String newNews(@RequestParam(required = false) Long organization, Model model) {
        CurrentUser user = CurrentUser.get();
        long id = orgOf(user, organization);
        return newsForm(user, id, null, new NewsForm("", "", "", false), model);
    }

    private String newsForm(CurrentUser user, long organizationId, Long newsId, NewsForm form, Model model) {
        model.addAttribute("organization", content.organization(user, organizationId));
        model.addAttribute("form", form);
        model.addAttribute("newsId", newsId);
        return "portal/office/news-form";
    }

    private String refusedNews(
            Refusal e, CurrentUser user, long organizationId, Long newsId, NewsForm form, Model model) {
        if (e instanceof NotFound) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return newsForm(user, organizationId, newsId, form, model);
    }

    @PostMapping("/news")
    String createNews(@RequestParam long organization, NewsForm form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            content.createNews(user, organization, form);
        } catch (Refusal e) {
            return refusedNews(e, user, organization, null, form, model);
        }
        flash.addFlashAttribute("notice", "portal.saved");
        return "redirect:/portal?organization=" + organization;
    }

    @GetMapping("/news/{id}")
    String editNews(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        NewsItem item = content.newsItem(user, id);
        return newsForm(
                user,
                item.organizationId(),
                id,
                new NewsForm(item.title(), item.date().toString(), item.body(), item.published()),
                model);
    }

    @PostMapping("/news/{id}")
    String updateNews(@PathVariable long id, NewsForm form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        NewsItem item = content.newsItem(user, id);
        try {
            content.updateNews(user, id, form);
        } catch (Refusal e) {
            return refusedNews(e, user, item.organizationId(), id, form, model);
        }
        flash.addFlashAttribute("notice", "portal.saved");
        return "redirect:/portal?organization=" + item.organizationId();
    }

    @PostMapping("/news/{id}/delete")
    String deleteNews(@PathVariable long id, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        NewsItem item = content.newsItem(user, id);
        content.deleteNews(user, id);
        flash.addFlashAttribute("notice", "portal.deleted");
        return "redirect:/portal?organization=" + item.organizationId();
    }

    // the static export

    @GetMapping("/export.zip")
    void export(
            @RequestParam(required = false) Long organization, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        long id = orgOf(user, organization);
        content.organization(user, id);
        byte[] zip = export.zip(id, "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath());
        Downloads.attachedFile(response, "public-" + id + ".zip", "application/zip", zip);
    }
}
