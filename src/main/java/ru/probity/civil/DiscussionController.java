package ru.probity.civil;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;

/**
 * The officers' pages of public discussions: the list, the announcement's form, a discussion's card
 * (stage, seats, questions, results and minutes), its participants (a logged read of personal data).
 */
@Controller
@RequestMapping("/civil/discussions")
class DiscussionController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Discussions discussions;
    private final Organizations tree;
    private final CivilSettings settings;
    private final Messages messages;

    DiscussionController(Discussions discussions, Organizations tree, CivilSettings settings, Messages messages) {
        this.discussions = discussions;
        this.tree = tree;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("found", discussions.list(user));
        model.addAttribute("manages", PublicOrganizations.manages(user));
        return "civil/discussions";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        CurrentUser user = CurrentUser.get();
        PublicOrganizations.requireManage(user);
        return form(Discussions.DiscussionForm.blank(user.organizationId()), null, model);
    }

    private String form(Discussions.DiscussionForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("organizations", tree.visible(CurrentUser.get()));
        return "civil/discussion-form";
    }

    private String refused(Refusal e, Discussions.DiscussionForm form, Long id, Model model) {
        if (e instanceof NotFound) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return form(form, id, model);
    }

    @PostMapping
    String create(@ModelAttribute Discussions.DiscussionForm form, Model model, RedirectAttributes flash) {
        long id;
        try {
            id = discussions.create(CurrentUser.get(), form);
        } catch (Refusal e) {
            return refused(e, form, null, model);
        }
        flash.addFlashAttribute("notice", "civil.discussion.created");
        return "redirect:/civil/discussions/" + id;
    }

    @GetMapping("/{id:\\d+}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("discussion", discussions.get(user, id));
        model.addAttribute("questions", discussions.questions(user, id));
        model.addAttribute("manages", PublicOrganizations.manages(user));
        model.addAttribute("maxFileMb", settings.maxFileMb());
        return "civil/discussion";
    }

    @GetMapping("/{id:\\d+}/participants")
    String participants(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("discussion", discussions.get(user, id));
        model.addAttribute("participants", discussions.participants(user, id));
        model.addAttribute("manages", PublicOrganizations.manages(user));
        return "civil/participants";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        PublicOrganizations.requireManage(user);
        return form(Discussions.DiscussionForm.of(discussions.get(user, id)), id, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(
            @PathVariable long id,
            @ModelAttribute Discussions.DiscussionForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            discussions.update(CurrentUser.get(), id, form);
        } catch (Refusal e) {
            return refused(e, form, id, model);
        }
        flash.addFlashAttribute("notice", "civil.saved");
        return "redirect:/civil/discussions/" + id;
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        discussions.publish(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "civil.discussion.publishedNotice");
        return "redirect:/civil/discussions/" + id;
    }

    @PostMapping("/{id:\\d+}/results")
    String results(
            @PathVariable long id,
            @RequestParam(required = false) String results,
            @RequestParam(required = false) MultipartFile minutes,
            RedirectAttributes flash)
            throws IOException {
        byte[] content =
                minutes == null || minutes.isEmpty() ? null : UploadLimits.bytes(minutes, settings.maxFileBytes());
        discussions.publishResults(
                CurrentUser.get(), id, results, minutes == null ? null : minutes.getOriginalFilename(), content);
        flash.addFlashAttribute("notice", "civil.discussion.resultsNotice");
        return "redirect:/civil/discussions/" + id + "#results";
    }

    @GetMapping("/{id:\\d+}/minutes")
    void minutes(@PathVariable long id, HttpServletResponse response) throws IOException {
        Discussions.Minutes m = discussions.minutes(CurrentUser.get(), id);
        Downloads.attachedFile(response, m.name(), DOCX, m.content());
    }

    @PostMapping("/{id:\\d+}/participants/{participant:\\d+}/cancel")
    String cancel(@PathVariable long id, @PathVariable long participant, RedirectAttributes flash) {
        discussions.cancel(CurrentUser.get(), id, participant);
        flash.addFlashAttribute("notice", "civil.discussion.cancelled");
        return "redirect:/civil/discussions/" + id + "/participants";
    }
}
