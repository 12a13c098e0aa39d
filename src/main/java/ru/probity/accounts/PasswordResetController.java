package ru.probity.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * «Забыли пароль?» on the login page and the page of the mailed link (issue 16, item 1): open to
 * everyone, so they say nothing of whether an account exists.
 */
@Controller
class PasswordResetController {

    private final ForgottenPasswords forgotten;
    private final PasswordResets resets;

    PasswordResetController(ForgottenPasswords forgotten, PasswordResets resets) {
        this.forgotten = forgotten;
        this.resets = resets;
    }

    @GetMapping("/login/forgot")
    String form() {
        return "accounts/forgot";
    }

    @PostMapping("/login/forgot")
    String request(@RequestParam(defaultValue = "") String login, HttpServletRequest request) {
        forgotten.request(login, request.getRemoteAddr());
        return "redirect:/login/forgot?sent";
    }

    @GetMapping("/login/reset/{token}")
    String link(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        resets.check(token).ifPresent(account -> model.addAttribute("account", account));
        model.addAttribute("token", token);
        return "accounts/reset";
    }

    @PostMapping("/login/reset/{token}")
    String reset(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat,
            Model model,
            HttpServletResponse response) {
        var problem = resets.reset(token, password, repeat);
        if (problem.isEmpty()) {
            return "redirect:/login?reset";
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        resets.check(token).ifPresent(account -> model.addAttribute("account", account));
        model.addAttribute("token", token);
        model.addAttribute("problem", problem.get());
        return "accounts/reset";
    }
}
