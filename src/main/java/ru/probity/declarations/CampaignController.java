package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
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
import ru.probity.declarations.checks.Terms;

/**
 * Pages of the declaration campaigns and event obligations: open, follow, publish. A refusal goes
 * back to the page the form was posted from (the one page advice).
 */
@Controller
@RequestMapping("/declarations")
class CampaignController {

    private final Campaigns campaigns;

    private final SpravkiBatches batches;

    private final PublicationSwitch publication;

    CampaignController(Campaigns campaigns, SpravkiBatches batches, PublicationSwitch publication) {
        this.campaigns = campaigns;
        this.batches = batches;
        this.publication = publication;
    }

    @PostMapping("/campaigns")
    String open(@RequestParam int year, RedirectAttributes flash) {
        long id = campaigns.open(CurrentUser.get(), year);
        flash.addFlashAttribute("notice", "declarations.campaignOpened");
        return "redirect:/declarations/campaigns/" + id;
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Campaigns.Campaign campaign = campaigns.campaign(user, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("progress", campaigns.progress(user, campaign.year()));
        model.addAttribute("obligations", user.role().managesRegistry() ? campaigns.obligations(user, id) : List.of());
        model.addAttribute("publicationTerm", Terms.publicationTerm(campaign.year()));
        model.addAttribute("batches", user.role().managesRegistry() ? batches.ofCampaign(user, id) : List.of());
        // on: the legal basis it was enabled on; off: the suspension (Указ №968) instead of the button
        model.addAttribute(
                "publication",
                publication.current().filter(PublicationSwitch.Change::enabled).orElse(null));
        return "declarations/campaign";
    }

    @PostMapping("/campaigns/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        campaigns.publish(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "declarations.published");
        return "redirect:/declarations/campaigns/" + id;
    }

    /** The fields of the form of an event obligation. */
    record ObligationForm(
            long employeeId,
            ObligationKind kind,
            int year,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            String note) {}

    @PostMapping("/obligations")
    String oblige(ObligationForm form, RedirectAttributes flash) {
        long id = campaigns.oblige(
                CurrentUser.get(), form.employeeId(), form.kind(), form.year(), form.dueOn(), form.note());
        flash.addFlashAttribute("notice", "declarations.obligationCreated");
        return "redirect:/declarations/obligations/" + id + "/form";
    }

    /** The employee's own deal that obliges him to file (230-ФЗ ст.3, the regime of 2026). */
    record DealForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dealDate, String amount) {}

    @PostMapping("/deals")
    String startDeal(DealForm form, RedirectAttributes flash) {
        long id = campaigns.startDealFiling(CurrentUser.get(), form.dealDate(), amount(form.amount()));
        flash.addFlashAttribute("notice", "declarations.dealStarted");
        return "redirect:/declarations/obligations/" + id + "/form";
    }

    /** A sum as people type it: «1 500 000,50» or «1500000.50»; null when it is not a number. */
    static java.math.BigDecimal amount(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
        try {
            return plain.isEmpty() ? null : new java.math.BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
