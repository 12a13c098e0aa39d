package ru.probity.declarations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/**
 * The regional administrator's page of the publication of declarations: whether it is on, on what
 * legal basis, and every change with who made it and when (Указ №613, suspended by Указ №968).
 */
@Controller
@RequestMapping("/declarations/publication-settings")
class PublicationSettingsController {

    private final PublicationSwitch publication;

    PublicationSettingsController(PublicationSwitch publication) {
        this.publication = publication;
    }

    @GetMapping
    String page(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("history", publication.history(user));
        model.addAttribute("enabled", publication.enabled());
        return "declarations/publication-settings";
    }

    @PostMapping
    String set(@RequestParam boolean enabled, @RequestParam(defaultValue = "") String basis, RedirectAttributes flash) {
        publication.set(CurrentUser.get(), enabled, basis);
        flash.addFlashAttribute(
                "notice",
                enabled ? "declarations.publicationSwitch.enabled" : "declarations.publicationSwitch.disabled");
        return "redirect:/declarations/publication-settings";
    }
}
