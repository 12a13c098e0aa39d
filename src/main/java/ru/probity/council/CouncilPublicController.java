package ru.probity.council;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The council on the public section: its page (composition — name, post, body, role — and the
 * published meetings) and a published meeting's page (date, place, agenda, the summary, the short
 * list of decisions). Readable without JavaScript; a meeting not published is not found.
 */
@Controller
@RequestMapping("/public/{organization:\\d+}/council")
class CouncilPublicController {

    private final Councils councils;

    CouncilPublicController(Councils councils) {
        this.councils = councils;
    }

    @GetMapping
    String council(@PathVariable long organization, Model model) {
        model.addAttribute("council", councils.publicCouncil(organization));
        model.addAttribute("organizationId", organization);
        return "council/public/council";
    }

    @GetMapping("/meetings/{id:\\d+}")
    String meeting(@PathVariable long organization, @PathVariable long id, Model model) {
        Councils.PublicMeeting meeting = councils.publicMeeting(organization, id);
        model.addAttribute("council", meeting.meeting().councilName());
        model.addAttribute("meeting", meeting);
        model.addAttribute("organizationId", organization);
        return "council/public/meeting";
    }
}
