package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.declarations.checks.Problem;

/** Pages of the declaration campaigns and event obligations: open, follow, publish. */
@Controller
@RequestMapping("/declarations")
class CampaignController {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final Campaigns campaigns;
    private final MessageSource messages;

    CampaignController(Campaigns campaigns, MessageSource messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @PostMapping("/campaigns")
    String open(@RequestParam int year, RedirectAttributes flash) {
        try {
            long id = campaigns.open(CurrentUser.get(), year);
            flash.addFlashAttribute("notice", "declarations.campaignOpened");
            return "redirect:/declarations/campaigns/" + id;
        } catch (DeclarationException e) {
            flash.addFlashAttribute("problem", text(e));
            return "redirect:/declarations";
        }
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Campaigns.Campaign campaign = campaigns.campaign(user, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("progress", campaigns.progress(user, campaign.year()));
        model.addAttribute("obligations", user.role().managesRegistry() ? campaigns.obligations(user, id) : List.of());
        model.addAttribute("publicationTerm", Publication.publicationTerm(campaign.year()));
        return "declarations/campaign";
    }

    @PostMapping("/campaigns/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        campaigns.publish(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "declarations.published");
        return "redirect:/declarations/campaigns/" + id;
    }

    @PostMapping("/obligations")
    String oblige(
            @RequestParam long employeeId,
            @RequestParam ObligationKind kind,
            @RequestParam int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        try {
            long id = campaigns.oblige(CurrentUser.get(), employeeId, kind, year, dueOn, note);
            flash.addFlashAttribute("notice", "declarations.obligationCreated");
            return "redirect:/declarations/obligations/" + id + "/form";
        } catch (DeclarationException e) {
            flash.addFlashAttribute("problem", text(e));
            return "redirect:/declarations";
        }
    }

    private String text(DeclarationException e) {
        Problem p = e.problems().getFirst();
        return messages.getMessage(p.key(), p.args().toArray(), RU);
    }
}
