package ru.probity.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/**
 * The user changes his own password, confirming the current one; a one-time or
 * administrator-set password leads here before anything else ({@link AccountGate}).
 * The other sessions of the account end and this one gets a new id.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute(
                "required",
                AccountGate.PASSWORD.equals(
                        AccountGate.step(SecurityContextHolder.getContext().getAuthentication())));
        return "accounts/password";
    }

    @PostMapping
    String change(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        var session = request.getSession(false);
        var problem = accounts.changePassword(
                CurrentUser.get(), current, password, repeat, session == null ? null : session.getId());
        if (problem.isPresent()) {
            model.addAttribute("problem", problem.get());
            model.addAttribute(
                    "required",
                    AccountGate.PASSWORD.equals(
                            AccountGate.step(SecurityContextHolder.getContext().getAuthentication())));
            return "accounts/password";
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn.getPrincipal() instanceof UserAccount account) {
            var changed = UsernamePasswordAuthenticationToken.authenticated(
                    account.withPasswordChanged(), null, signedIn.getAuthorities());
            changed.setDetails(signedIn.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(changed);
            SecurityContextHolder.setContext(context);
            request.changeSessionId();
            contexts.saveContext(context, request, response);
        }
        flash.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
