package ru.probity.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/** The user's own API tokens: made (shown once), listed without their value, revoked. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

    private static final java.util.List<Integer> TERMS = java.util.List.of(30, 90, 365);

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.list(CurrentUser.get()));
        model.addAttribute("terms", TERMS);
        return "accounts/tokens";
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int days,
            Model model,
            RedirectAttributes flash) {
        String label = name.strip();
        if (label.isEmpty() || label.length() > 100 || !TERMS.contains(days)) {
            flash.addFlashAttribute("problem", "tokens.error.name");
            return "redirect:/account/tokens";
        }
        var token = tokens.create(CurrentUser.get(), label, days);
        if (token.isEmpty()) {
            flash.addFlashAttribute("problem", "tokens.error.tooMany");
            return "redirect:/account/tokens";
        }
        model.addAttribute("created", token.get());
        model.addAttribute("tokens", tokens.list(CurrentUser.get()));
        model.addAttribute("terms", TERMS);
        return "accounts/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        if (tokens.revoke(CurrentUser.get(), id)) {
            flash.addFlashAttribute("notice", "tokens.revoked");
        }
        return "redirect:/account/tokens";
    }
}
