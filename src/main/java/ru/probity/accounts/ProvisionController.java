package ru.probity.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;

/**
 * Accounts for all employees of a subtree at once (issue 16, item 1): the page shows whom the filter
 * chooses and who already has an account; the action opens the accounts and answers with the XLSX
 * sheet of logins and one-time passwords — the only place they exist in clear.
 */
@Controller
@RequestMapping("/admin/users/provision")
class ProvisionController {

    private final Provisioning provisioning;
    private final Organizations organizations;

    ProvisionController(Provisioning provisioning, Organizations organizations) {
        this.provisioning = provisioning;
        this.organizations = organizations;
    }

    @GetMapping
    String page(@ModelAttribute("filter") Provisioning.Filter filter, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("canMail", provisioning.canMail());
        if (filter.organizationId() != null) {
            var found = provisioning.preview(user, filter);
            model.addAttribute("candidates", found);
            model.addAttribute(
                    "toCreate", found.stream().filter(c -> c.username() == null).count());
            model.addAttribute(
                    "toSkip", found.stream().filter(c -> c.username() != null).count());
        }
        return "accounts/provision";
    }

    @PostMapping
    void provision(
            @ModelAttribute Provisioning.Filter filter,
            @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response)
            throws IOException {
        Provisioning.Result result = provisioning.provision(CurrentUser.get(), filter);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Accounts-Created", String.valueOf(result.created().size()));
        response.setHeader("X-Accounts-Skipped", String.valueOf(result.skipped().size()));
        boolean pdf = "pdf".equals(format);
        var out = pdf
                ? Downloads.document(response, "accounts-" + LocalDate.now() + ".pdf", "application/pdf")
                : Downloads.xlsx(response, "accounts-" + LocalDate.now() + ".xlsx");
        out.write(pdf ? provisioning.pdf(result) : result.sheet());
        out.flush();
    }
}
