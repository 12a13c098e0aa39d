package ru.probity.procurement;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;

/** The page «Проверка по ЕГРЮЛ/ЕГРИП»: the findings of the officer's subtree, the run, the decisions. */
@Controller
@RequestMapping("/screening")
class ScreeningController {

    static final List<String> STATUSES = List.of("NEW", "CONFIRMED", "DISMISSED", "GONE");

    private final Screening screening;
    private final Messages messages;

    ScreeningController(Screening screening, Messages messages) {
        this.screening = screening;
        this.messages = messages;
    }

    /** The findings with the status chosen (all when none), as the page lists them, in XLSX. */
    @GetMapping("/screening.xlsx")
    void xlsx(@RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
        String shown = status != null && STATUSES.contains(status) ? status : null;
        List<Screening.Finding> findings =
                screening.list(CurrentUser.get(), shown == null ? List.of() : List.of(shown));
        ScreeningExport.write(findings, messages::text, Downloads.xlsx(response, "egrul-egrip.xlsx"));
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
