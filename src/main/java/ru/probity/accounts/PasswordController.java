package ru.probity.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/** The user changes his own password, confirming the current one. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form() {
        return "accounts/password";
    }

    @PostMapping
    String change(
            @RequestParam String current,
            @RequestParam String password,
            @RequestParam String repeat,
            Model model,
            RedirectAttributes flash) {
        var problem = accounts.changePassword(CurrentUser.get(), current, password, repeat);
        if (problem.isPresent()) {
            model.addAttribute("problem", problem.get());
            return "accounts/password";
        }
        flash.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
