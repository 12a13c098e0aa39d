package ru.probity.commission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.probity.platform.RegionTime;

/** The public page of the commission subsection ({@link CommissionSection}) in the layout {@code portal/layout}. */
@Controller
class CommissionSectionController {

    private final CommissionSection section;
    private final RegionTime regionTime;

    CommissionSectionController(CommissionSection section, RegionTime regionTime) {
        this.section = section;
        this.regionTime = regionTime;
    }

    @GetMapping("/public/{organization:\\d+}/" + CommissionSection.ID)
    String page(@PathVariable long organization, Model model) {
        model.addAttribute("commissions", section.views(organization, regionTime.today()));
        return "commission/portal/index";
    }
}
