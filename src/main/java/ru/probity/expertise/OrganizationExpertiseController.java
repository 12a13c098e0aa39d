package ru.probity.expertise;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.probity.platform.Messages;
import ru.probity.portal.PortalOrganization;

/**
 * The subsection «Антикоррупционная экспертиза» of an organization's public section: its subtree's
 * drafts open for expertise (each linking to the draft's page with the forms at {@code
 * /public/expertise/{id}}), the figures, and the organization's Atom feed. For anyone.
 */
@Controller
@RequestMapping("/public/{organization:\\d+}/expertise")
class OrganizationExpertiseController {

    private final Publications publications;
    private final PublicExpertiseFeed feed;
    private final Messages messages;

    OrganizationExpertiseController(Publications publications, PublicExpertiseFeed feed, Messages messages) {
        this.publications = publications;
        this.feed = feed;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable long organization, Model model) {
        model.addAttribute("drafts", publications.openDrafts(organization));
        model.addAttribute("figures", publications.figures(organization));
        return "expertise/public/organization";
    }

    @GetMapping(value = "/feed.atom", produces = "application/atom+xml")
    ResponseEntity<String> atom(@PathVariable long organization, Model model) {
        PortalOrganization o = (PortalOrganization) model.getAttribute("portalOrganization");
        String page = "/public/" + organization + "/" + ExpertisePublicSection.SECTION;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(feed.write(
                        publications.openDrafts(organization),
                        page + "/feed.atom",
                        page,
                        messages.text("expertise.section.feedTitle", o == null ? "" : o.name())));
    }
}
