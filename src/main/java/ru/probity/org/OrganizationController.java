package ru.probity.org;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Refusal;

/** Pages of the organization tree. */
@Controller
@RequestMapping("/orgs")
class OrganizationController {

    private final Organizations organizations;
    private final People people;

    OrganizationController(Organizations organizations, People people) {
        this.organizations = organizations;
        this.people = people;
    }

    @GetMapping
    String tree(@RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        Organization root = organizations.root(user);
        model.addAttribute("root", root);
        model.addAttribute("children", organizations.children(user, root.id(), false));
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", organizations.search(user, q, 50));
        }
        return "org/tree";
    }

    /** The children of a node, loaded by htmx when a branch is opened. */
    @GetMapping("/{id}/children")
    String children(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("children", organizations.children(user, id, false));
        return "org/tree :: branch";
    }

    @GetMapping("/{id}")
    String card(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CurrentUser user = CurrentUser.get();
        Organization organization = organizations.get(user, id);
        model.addAttribute("organization", organization);
        model.addAttribute("breadcrumbs", organizations.breadcrumbs(user, organization));
        model.addAttribute("children", organizations.children(user, id, inactive));
        model.addAttribute("inactive", inactive);
        if (user.role().readsRegistry()) {
            model.addAttribute("staff", people.staff(user, id, inactive, page, 50));
        }
        return "org/card";
    }

    @GetMapping("/new")
    String createForm(@RequestParam long parent, Model model) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        Organization parentOrganization = organizations.get(user, parent);
        model.addAttribute("form", new OrganizationForm(parent, null, null, null, null, null, null, null, null, null));
        model.addAttribute("parent", parentOrganization);
        return formPage(user, model);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        try {
            long id = organizations.create(user, form);
            flash.addFlashAttribute("notice", "org.saved");
            return "redirect:/orgs/" + id;
        } catch (Refusal e) {
            FormErrors.reject(binding, e);
            if (form.parentId() != null) {
                model.addAttribute("parent", organizations.get(user, form.parentId()));
            }
            return formPage(user, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Organizations.requireManager(user);
        Organization organization = organizations.get(user, id);
        model.addAttribute("organization", organization);
        model.addAttribute("form", OrganizationForm.of(organization));
        return formPage(user, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        if (binding.hasErrors()) {
            model.addAttribute("organization", organizations.get(user, id));
            return formPage(user, model);
        }
        try {
            organizations.update(user, id, form);
            flash.addFlashAttribute("notice", "org.saved");
            return "redirect:/orgs/" + id;
        } catch (Refusal e) {
            FormErrors.reject(binding, e);
            model.addAttribute("organization", organizations.get(user, id));
            return formPage(user, model);
        }
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes flash) {
        organizations.setActive(CurrentUser.get(), id, active);
        flash.addFlashAttribute("notice", active ? "org.activated" : "org.deactivated");
        return "redirect:/orgs/" + id;
    }

    private String formPage(CurrentUser user, Model model) {
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("parents", organizations.visible(user));
        return "org/form";
    }
}
