package ru.probity.declarations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages of the subsection «Сведения о доходах» of an organization's public section
 * ({@link IncomeSection}), in the layout {@code portal/layout}: the years of the organization's
 * published extracts and each year's extracts (post and extract, never a name). While publication is
 * suspended (Указ №968) every page is the explanation and nothing else.
 */
@Controller
@RequestMapping("/public/{organization:\\d+}/" + IncomeSection.ID)
class IncomeSectionController {

    private final Publication publication;

    IncomeSectionController(Publication publication) {
        this.publication = publication;
    }

    @GetMapping
    String index(@PathVariable long organization, Model model) {
        if (!publication.enabled()) {
            return "declarations/portal/suspended";
        }
        model.addAttribute("years", publication.years(organization));
        return "declarations/portal/index";
    }

    @GetMapping("/{year:\\d{4}}")
    String year(@PathVariable long organization, @PathVariable int year, Model model) {
        if (!publication.enabled()) {
            return "declarations/portal/suspended";
        }
        model.addAttribute("year", year);
        model.addAttribute("entries", publication.entries(organization, year));
        return "declarations/portal/year";
    }
}
