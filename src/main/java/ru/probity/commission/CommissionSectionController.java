package ru.probity.commission;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of the commission subsection ({@link CommissionSection}) in the layout {@code portal/layout}. */
@Controller
class CommissionSectionController {

    private final CommissionSection section;

    CommissionSectionController(CommissionSection section) {
        this.section = section;
    }

    @GetMapping("/public/{organization:\\d+}/" + CommissionSection.ID)
    String page(@PathVariable long organization, Model model) {
        model.addAttribute("commissions", section.views(organization, LocalDate.now()));
        return "commission/portal/index";
    }
}
