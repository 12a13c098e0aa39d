package ru.probity.acts;

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

/** Letters down the tree: those sent and those received, and a letter with its recipients. */
@Controller
@RequestMapping("/letters")
class LetterController {

    private final Letters letters;

    LetterController(Letters letters) {
        this.letters = letters;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.get();
        LegalActs.requireKeeperOrReader(user);
        model.addAttribute("sent", letters.sent(user));
        model.addAttribute("received", letters.received(user));
        return "acts/letters";
    }

    @PostMapping
    String send(
            @RequestParam long act,
            @RequestParam Letters.Recipients recipients,
            @RequestParam(required = false) List<Long> organizations,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(defaultValue = "false") boolean answerRequested,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        long id = letters.send(CurrentUser.get(), act, recipients, organizations, dueOn, answerRequested, note);
        flash.addFlashAttribute("notice", "letters.sent");
        return "redirect:/letters/" + id;
    }

    @GetMapping("/{id}")
    String letter(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        LegalActs.requireKeeperOrReader(user);
        model.addAttribute("letter", letters.summary(user, id));
        model.addAttribute("recipients", letters.recipients(user, id));
        return "acts/letter";
    }

    @PostMapping("/recipients/{id}")
    String confirm(
            @PathVariable long id,
            @RequestParam long letter,
            @RequestParam(required = false) String answer,
            RedirectAttributes flash) {
        letters.confirm(CurrentUser.get(), id, answer);
        flash.addFlashAttribute("notice", "letters.confirmed");
        return "redirect:/letters/" + letter;
    }
}
