package ru.probity.visits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/**
 * Pages of the checklist templates: the list, a template with its items by section; the regional
 * administrator adds and removes items of a template no visit uses, copies one as its next version,
 * creates an empty one, takes one off the offer for new visits.
 */
@Controller
@RequestMapping("/visits/templates")
class ChecklistController {

    private final Checklists checklists;

    ChecklistController(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("templates", checklists.templates(user));
        model.addAttribute("mayEdit", checklists.mayEdit(user));
        return "visits/templates";
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, RedirectAttributes flash) {
        long id = checklists.create(CurrentUser.get(), name);
        flash.addFlashAttribute("notice", "visits.template.created");
        return "redirect:/visits/templates/" + id;
    }

    @GetMapping("/{id:\\d+}")
    String template(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Template template = checklists.get(user, id);
        model.addAttribute("template", template);
        model.addAttribute("sections", Checklists.bySection(checklists.items(user, id)));
        model.addAttribute("mayEdit", checklists.mayEdit(user));
        model.addAttribute("canChange", checklists.canChange(user, template));
        return "visits/template";
    }

    @PostMapping("/{id:\\d+}/copy")
    String copy(@PathVariable long id, RedirectAttributes flash) {
        long copy = checklists.copy(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "visits.template.copied");
        return "redirect:/visits/templates/" + copy;
    }

    @PostMapping("/{id:\\d+}/name")
    String rename(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes flash) {
        checklists.rename(CurrentUser.get(), id, name);
        flash.addFlashAttribute("notice", "visits.saved");
        return "redirect:/visits/templates/" + id;
    }

    @PostMapping("/{id:\\d+}/active")
    String active(@PathVariable long id, @RequestParam boolean active, RedirectAttributes flash) {
        checklists.setActive(CurrentUser.get(), id, active);
        flash.addFlashAttribute("notice", "visits.saved");
        return "redirect:/visits/templates/" + id;
    }

    @PostMapping("/{id:\\d+}/items")
    String addItem(
            @PathVariable long id,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String legalBasis,
            RedirectAttributes flash) {
        checklists.addItem(CurrentUser.get(), id, section, text, legalBasis);
        flash.addFlashAttribute("notice", "visits.template.itemAdded");
        return "redirect:/visits/templates/" + id;
    }

    @PostMapping("/{id:\\d+}/items/{item:\\d+}/remove")
    String removeItem(@PathVariable long id, @PathVariable long item, RedirectAttributes flash) {
        checklists.removeItem(CurrentUser.get(), id, item);
        flash.addFlashAttribute("notice", "visits.template.itemRemoved");
        return "redirect:/visits/templates/" + id;
    }
}
