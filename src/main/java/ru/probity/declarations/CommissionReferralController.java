package ru.probity.declarations;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.declarations.checks.Problem;

/** The officer sends a declaration's check to the commission on official conduct (Указ №821 п.16 «а»). */
@Controller
class CommissionReferralController {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final DeclarationReferrals referrals;
    private final MessageSource messages;

    CommissionReferralController(DeclarationReferrals referrals, MessageSource messages) {
        this.referrals = referrals;
        this.messages = messages;
    }

    @PostMapping("/declarations/{id}/commission")
    String send(@PathVariable long id, @RequestParam(required = false) String report, RedirectAttributes flash) {
        try {
            referrals.send(CurrentUser.get(), id, report);
            flash.addFlashAttribute("notice", "declarations.commission.sent");
        } catch (DeclarationException e) {
            Problem p = e.problems().getFirst();
            flash.addFlashAttribute(
                    "problem", messages.getMessage(p.key(), p.args().toArray(), RU));
        }
        return "redirect:/declarations/" + id;
    }
}
