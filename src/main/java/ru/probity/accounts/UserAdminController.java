package ru.probity.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.org.Organizations;

/** Administrators and officers open, disable and unlock the accounts of their subtree. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final Accounts accounts;
    private final Organizations organizations;

    UserAdminController(Accounts accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("accounts", accounts.list(user));
        model.addAttribute("roles", accounts.grantable(user));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("employees", accounts.employeesWithoutAccount(user, user.organizationId(), null));
        model.addAttribute("form", new NewAccount(null, null, Role.EMPLOYEE, user.organizationId(), null, null, false));
        return "accounts/users";
    }

    @PostMapping
    String create(@ModelAttribute("form") NewAccount form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        var problem = accounts.create(user, form);
        if (problem.isPresent()) {
            model.addAttribute("problem", problem.get());
            model.addAttribute("accounts", accounts.list(user));
            model.addAttribute("roles", accounts.grantable(user));
            model.addAttribute("organizations", organizations.visible(user));
            model.addAttribute(
                    "employees",
                    accounts.employeesWithoutAccount(
                            user, form.organizationId() == null ? user.organizationId() : form.organizationId(), null));
            return "accounts/users";
        }
        flash.addFlashAttribute("notice", "users.created");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes flash) {
        accounts.setEnabled(CurrentUser.get(), id, enabled);
        flash.addFlashAttribute("notice", enabled ? "users.enabled" : "users.disabled");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        accounts.unlock(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "users.unlocked");
        return "redirect:/admin/users";
    }

    /** The persons of an organization an account may be linked to (the form's choice, by htmx). */
    @GetMapping("/employees")
    String employees(@RequestParam long organizationId, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("employees", accounts.employeesWithoutAccount(CurrentUser.get(), organizationId, q));
        return "accounts/users :: employeeOptions";
    }

    /** A new one-time password, shown once on this answer (never kept in the session or the database). */
    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("reset", accounts.resetPassword(CurrentUser.get(), id));
        return "accounts/one-time-password";
    }
}
