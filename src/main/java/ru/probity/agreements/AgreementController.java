package ru.probity.agreements;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.agreements.model.AgreementStatus;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.UploadLimits;

/**
 * Pages of the register of agreements: the list with search and filters, the new agreement and its
 * change, an agreement's card with its parties, obligations (added, marked done, removed), files and
 * its termination.
 */
@Controller
@RequestMapping("/agreements")
class AgreementController {

    private final Agreements agreements;
    private final Organizations organizations;
    private final AgreementSettings settings;
    private final RegionTime regionTime;
    private final Messages messages;

    AgreementController(
            Agreements agreements,
            Organizations organizations,
            AgreementSettings settings,
            RegionTime regionTime,
            Messages messages) {
        this.agreements = agreements;
        this.organizations = organizations;
        this.settings = settings;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Integer year,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("found", agreements.search(user, new Agreements.Filter(q, status, organization, year)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("organization", organization);
        model.addAttribute("year", year);
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("manages", Agreements.manages(user));
        return "agreements/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        CurrentUser user = CurrentUser.get();
        if (!Agreements.manages(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not keep the register of agreements");
        }
        return form(Agreements.AgreementForm.blank(), null, model);
    }

    private String form(Agreements.AgreementForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("organizations", organizations.visible(CurrentUser.get()));
        return "agreements/form";
    }

    @PostMapping
    String create(@ModelAttribute Agreements.AgreementForm form, Model model, RedirectAttributes flash) {
        long id;
        try {
            id = agreements.create(CurrentUser.get(), form);
        } catch (Refusal e) {
            return refused(e, form, null, model);
        }
        flash.addFlashAttribute("notice", "agreements.created");
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Agreement a = agreements.get(user, id);
        if (!Agreements.manages(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not keep the register of agreements");
        }
        return form(
                new Agreements.AgreementForm(
                        a.number(),
                        a.signedOn(),
                        a.subject(),
                        a.validFrom(),
                        a.validTo(),
                        a.parties().stream()
                                .filter(p -> !p.external())
                                .map(Party::organizationId)
                                .toList(),
                        String.join(
                                "\n",
                                a.parties().stream()
                                        .filter(Party::external)
                                        .map(Party::externalName)
                                        .toList()),
                        a.note()),
                id,
                model);
    }

    @PostMapping("/{id:\\d+}")
    String update(
            @PathVariable long id,
            @ModelAttribute Agreements.AgreementForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            agreements.update(CurrentUser.get(), id, form);
        } catch (Refusal e) {
            return refused(e, form, id, model);
        }
        flash.addFlashAttribute("notice", "agreements.saved");
        return "redirect:/agreements/" + id;
    }

    /** The form comes back with what was typed and the reasons on top (a missing record stays a 404). */
    private String refused(Refusal e, Agreements.AgreementForm form, Long id, Model model) {
        if (e instanceof NotFound) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return form(form, id, model);
    }

    @GetMapping("/{id:\\d+}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Agreement agreement = agreements.get(user, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("obligations", agreements.obligations(user, id));
        model.addAttribute("files", agreements.files(user, id));
        model.addAttribute("manages", Agreements.manages(user));
        model.addAttribute("maxFileMb", settings.maxFileMb());
        model.addAttribute("today", regionTime.today());
        return "agreements/card";
    }

    @PostMapping("/{id:\\d+}/terminate")
    String terminate(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate terminatedOn,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        agreements.terminate(CurrentUser.get(), id, terminatedOn, reason);
        flash.addFlashAttribute("notice", "agreements.terminated");
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/{id:\\d+}/obligations")
    String addObligation(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long party,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes flash) {
        agreements.addObligation(CurrentUser.get(), id, text, party, dueOn);
        flash.addFlashAttribute("notice", "agreements.obligationAdded");
        return "redirect:/agreements/" + id + "#obligations";
    }

    @PostMapping("/{id:\\d+}/obligations/{obligation:\\d+}/done")
    String done(
            @PathVariable long id,
            @PathVariable long obligation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        agreements.markDone(CurrentUser.get(), id, obligation, doneOn, note);
        flash.addFlashAttribute("notice", "agreements.saved");
        return "redirect:/agreements/" + id + "#obligations";
    }

    @PostMapping("/{id:\\d+}/obligations/{obligation:\\d+}/remove")
    String removeObligation(@PathVariable long id, @PathVariable long obligation, RedirectAttributes flash) {
        agreements.removeObligation(CurrentUser.get(), id, obligation);
        flash.addFlashAttribute("notice", "agreements.obligationRemoved");
        return "redirect:/agreements/" + id + "#obligations";
    }

    @PostMapping("/{id:\\d+}/files")
    String addFile(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        agreements.addFile(
                CurrentUser.get(), id, file.getOriginalFilename(), UploadLimits.bytes(file, settings.maxFileBytes()));
        flash.addFlashAttribute("notice", "agreements.fileAdded");
        return "redirect:/agreements/" + id + "#files";
    }

    @GetMapping("/{id:\\d+}/files/{file:\\d+}")
    void file(@PathVariable long id, @PathVariable long file, HttpServletResponse response) throws IOException {
        Agreements.Download content = agreements.file(CurrentUser.get(), id, file);
        Downloads.attachedFile(response, content.name(), content.contentType(), content.bytes());
    }

    /** The years of signing offered by the filter. */
    @ModelAttribute("years")
    List<Integer> years() {
        int now = regionTime.today().getYear();
        return java.util.stream.IntStream.rangeClosed(now - 10, now)
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }
}
