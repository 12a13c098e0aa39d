package ru.probity.declarations;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/**
 * The officer sends a declaration's check to the commission on official conduct (Указ №821 п.16 «а»);
 * a refusal goes back to the declaration's page (the one page advice).
 */
@Controller
class CommissionReferralController {

    private final DeclarationReferrals referrals;

    CommissionReferralController(DeclarationReferrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/declarations/{id}/commission")
    String send(@PathVariable long id, @RequestParam(required = false) String report, RedirectAttributes flash) {
        referrals.send(CurrentUser.get(), id, report);
        flash.addFlashAttribute("notice", "declarations.commission.sent");
        return "redirect:/declarations/" + id;
    }
}
