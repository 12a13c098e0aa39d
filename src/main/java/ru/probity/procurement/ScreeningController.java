package ru.probity.procurement;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/** The page «Проверка по ЕГРЮЛ/ЕГРИП»: the findings of the officer's subtree, the run, the decisions. */
@Controller
@RequestMapping("/screening")
class ScreeningController {

    static final List<String> STATUSES = List.of("NEW", "CONFIRMED", "DISMISSED", "GONE");

    private final Screening screening;

    ScreeningController(Screening screening) {
        this.screening = screening;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, Model model) {
        String shown = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("findings", screening.list(CurrentUser.get(), shown == null ? List.of() : List.of(shown)));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", STATUSES);
        return "screening/list";
    }

    @PostMapping("/run")
    String run(RedirectAttributes redirect) {
        Screening.Outcome outcome = screening.run(CurrentUser.get());
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/screening";
    }

    @PostMapping("/{id}/decide")
    String decide(
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        screening.decide(CurrentUser.get(), id, status, note);
        redirect.addFlashAttribute("decided", id);
        return "redirect:/screening";
    }
}
