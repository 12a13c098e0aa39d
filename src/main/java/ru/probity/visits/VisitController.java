package ru.probity.visits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.UploadLimits;
import ru.probity.visits.model.RecommendationStatus;
import ru.probity.visits.model.Verdict;
import ru.probity.visits.model.VisitStatus;

/**
 * Pages of on-site visits: the plan of a year with its filters, a visit's card (the plan, holding or
 * cancelling it, the checklist's results with evidence, the recommendations and the reports of their
 * execution), the list of recommendations with the overdue first, the visit's report as DOCX.
 */
@Controller
@RequestMapping("/visits")
class VisitController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Visits visits;
    private final Checklists checklists;
    private final Organizations organizations;
    private final VisitSettings settings;
    private final Messages messages;
    private final RegionTime regionTime;

    VisitController(
            Visits visits,
            Checklists checklists,
            Organizations organizations,
            VisitSettings settings,
            Messages messages,
            RegionTime regionTime) {
        this.visits = visits;
        this.checklists = checklists;
        this.organizations = organizations;
        this.settings = settings;
        this.messages = messages;
        this.regionTime = regionTime;
    }

    @GetMapping
    String plan(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) VisitStatus status,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) String q,
            Model model) {
        CurrentUser user = CurrentUser.get();
        int shown = year == null ? regionTime.today().getYear() : year;
        model.addAttribute("found", visits.plan(user, new Visits.Filter(shown, status, organization, q)));
        model.addAttribute("year", shown);
        model.addAttribute("years", List.of(shown - 1, shown, shown + 1));
        model.addAttribute("status", status);
        model.addAttribute("statuses", VisitStatus.values());
        model.addAttribute("organization", organization);
        model.addAttribute("q", q);
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("manages", Visits.manages(user));
        model.addAttribute("readsTemplates", checklists.mayRead(user));
        return "visits/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        CurrentUser user = CurrentUser.get();
        if (!Visits.manages(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not plan on-site visits");
        }
        return form(Visits.VisitForm.blank(), null, model);
    }

    private String form(Visits.VisitForm form, Long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("templates", checklists.offered(user));
        return "visits/form";
    }

    @PostMapping
    String create(@ModelAttribute Visits.VisitForm form, Model model, RedirectAttributes flash) {
        long id;
        try {
            id = visits.plan(CurrentUser.get(), form);
        } catch (Refusal e) {
            return refused(e, form, null, model);
        }
        flash.addFlashAttribute("notice", "visits.planned");
        return "redirect:/visits/" + id;
    }

    /** The form comes back with what was typed and the reasons on top (a missing record stays a 404). */
    private String refused(Refusal e, Visits.VisitForm form, Long id, Model model) {
        if (e instanceof NotFound) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return form(form, id, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Visit visit = visits.get(user, id);
        if (!visits.canPlan(user, visit)) {
            throw new AccessDeniedException("The visit's plan is not changed by this user now");
        }
        return form(
                new Visits.VisitForm(
                        visit.organizationId(),
                        visit.plannedFrom(),
                        visit.plannedTo(),
                        visit.subject(),
                        visit.team(),
                        visit.templateId()),
                id,
                model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute Visits.VisitForm form, Model model, RedirectAttributes flash) {
        try {
            visits.update(CurrentUser.get(), id, form);
        } catch (Refusal e) {
            return refused(e, form, id, model);
        }
        flash.addFlashAttribute("notice", "visits.saved");
        return "redirect:/visits/" + id;
    }

    @GetMapping("/{id:\\d+}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Visit visit = visits.get(user, id);
        model.addAttribute("visit", visit);
        model.addAttribute("canPlan", visits.canPlan(user, visit));
        model.addAttribute("canRecord", visits.canRecord(user, visit));
        model.addAttribute("canRecommend", visits.canRecommend(user, visit));
        model.addAttribute("manages", Visits.manages(user));
        boolean results = visits.seesResults(user, visit);
        model.addAttribute("seesResults", results);
        if (results) {
            var checklist = visits.checklist(user, visit);
            model.addAttribute("checklist", checklist);
            model.addAttribute(
                    "items",
                    checklist.values().stream()
                            .flatMap(List::stream)
                            .map(Visits.Row::item)
                            .toList());
            model.addAttribute(
                    "visitFiles",
                    visits.files(user, visit).stream()
                            .filter(f -> f.itemId() == null && f.reportId() == null)
                            .toList());
            List<Recommendation> recommendations = visits.recommendationsOf(user, visit);
            model.addAttribute("recommendations", recommendations);
            model.addAttribute("reports", visits.reports(user, visit));
            model.addAttribute(
                    "reportable",
                    recommendations.stream()
                            .filter(r -> visit.held() && visits.canReport(user, r))
                            .map(Recommendation::id)
                            .toList());
            model.addAttribute(
                    "removable",
                    recommendations.stream()
                            .filter(r -> visits.canRemove(user, r))
                            .map(Recommendation::id)
                            .toList());
            model.addAttribute(
                    "reviewable",
                    recommendations.stream()
                            .filter(r -> visits.canReview(user, r))
                            .map(Recommendation::id)
                            .toList());
        }
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("maxFileMb", settings.maxFileMb());
        model.addAttribute("today", regionTime.today());
        return "visits/card";
    }

    @PostMapping("/{id:\\d+}/hold")
    String hold(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldTo,
            @RequestParam(required = false) String conclusion,
            RedirectAttributes flash) {
        visits.hold(CurrentUser.get(), id, heldFrom, heldTo, conclusion);
        flash.addFlashAttribute("notice", "visits.heldSaved");
        return "redirect:/visits/" + id;
    }

    @PostMapping("/{id:\\d+}/conclusion")
    String conclusion(
            @PathVariable long id, @RequestParam(required = false) String conclusion, RedirectAttributes flash) {
        visits.conclude(CurrentUser.get(), id, conclusion);
        flash.addFlashAttribute("notice", "visits.saved");
        return "redirect:/visits/" + id;
    }

    @PostMapping("/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        visits.cancel(CurrentUser.get(), id, reason);
        flash.addFlashAttribute("notice", "visits.cancelledSaved");
        return "redirect:/visits/" + id;
    }

    @PostMapping("/{id:\\d+}/results")
    String results(
            @PathVariable long id,
            @RequestParam(name = "item", required = false) List<Long> items,
            @RequestParam Map<String, String> fields,
            RedirectAttributes flash) {
        List<Visits.ResultInput> results = new ArrayList<>();
        for (Long item : items == null ? List.<Long>of() : items) {
            String verdict = fields.get("verdict-" + item);
            results.add(new Visits.ResultInput(
                    item, verdict == null || verdict.isBlank() ? null : parse(verdict), fields.get("note-" + item)));
        }
        visits.record(CurrentUser.get(), id, results);
        flash.addFlashAttribute("notice", "visits.resultsSaved");
        return "redirect:/visits/" + id + "#checklist";
    }

    private static Verdict parse(String verdict) {
        try {
            return Verdict.valueOf(verdict);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("visits.error.verdict");
        }
    }

    @PostMapping("/{id:\\d+}/files")
    String addFile(
            @PathVariable long id,
            @RequestParam(required = false) Long item,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        visits.addEvidence(
                CurrentUser.get(),
                id,
                item,
                file.getOriginalFilename(),
                UploadLimits.bytes(file, settings.maxFileBytes()));
        flash.addFlashAttribute("notice", "visits.fileAdded");
        return "redirect:/visits/" + id + "#checklist";
    }

    @GetMapping("/{id:\\d+}/files/{file:\\d+}")
    void file(@PathVariable long id, @PathVariable long file, HttpServletResponse response) throws IOException {
        Visits.Download content = visits.file(CurrentUser.get(), id, file);
        Downloads.attachedFile(response, content.name(), content.contentType(), content.bytes());
    }

    @PostMapping("/{id:\\d+}/recommendations")
    String recommend(
            @PathVariable long id,
            @RequestParam(required = false) Long item,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes flash) {
        long rec = visits.recommend(CurrentUser.get(), id, item, text, dueOn);
        flash.addFlashAttribute("notice", "visits.recommendationAdded");
        return "redirect:/visits/" + id + "#recommendation-" + rec;
    }

    @PostMapping("/{id:\\d+}/recommendations/{rec:\\d+}/report")
    String report(
            @PathVariable long id,
            @PathVariable long rec,
            @RequestParam(required = false) String text,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        visits.report(
                CurrentUser.get(),
                id,
                rec,
                text,
                file == null ? null : file.getOriginalFilename(),
                file == null ? null : UploadLimits.bytes(file, settings.maxFileBytes()));
        flash.addFlashAttribute("notice", "visits.reportSent");
        return "redirect:/visits/" + id + "#recommendation-" + rec;
    }

    @PostMapping("/{id:\\d+}/recommendations/{rec:\\d+}/accept")
    String accept(@PathVariable long id, @PathVariable long rec, RedirectAttributes flash) {
        visits.accept(CurrentUser.get(), id, rec);
        flash.addFlashAttribute("notice", "visits.reportAccepted");
        return "redirect:/visits/" + id + "#recommendation-" + rec;
    }

    @PostMapping("/{id:\\d+}/recommendations/{rec:\\d+}/return")
    String giveBack(
            @PathVariable long id,
            @PathVariable long rec,
            @RequestParam(required = false) String remark,
            RedirectAttributes flash) {
        visits.giveBack(CurrentUser.get(), id, rec, remark);
        flash.addFlashAttribute("notice", "visits.reportReturned");
        return "redirect:/visits/" + id + "#recommendation-" + rec;
    }

    @PostMapping("/{id:\\d+}/recommendations/{rec:\\d+}/remove")
    String removeRecommendation(@PathVariable long id, @PathVariable long rec, RedirectAttributes flash) {
        visits.removeRecommendation(CurrentUser.get(), id, rec);
        flash.addFlashAttribute("notice", "visits.recommendationRemoved");
        return "redirect:/visits/" + id + "#recommendations";
    }

    @GetMapping("/{id:\\d+}/report.docx")
    void reportDocx(@PathVariable long id, HttpServletResponse response) throws IOException {
        VisitReport.Data data = visits.reportData(CurrentUser.get(), id);
        try (OutputStream out = Downloads.document(response, "visit-" + id + ".docx", DOCX)) {
            VisitReport.write(messages, data, out);
        }
    }

    @GetMapping("/recommendations")
    String recommendations(
            @RequestParam(required = false) RecommendationStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Long organization,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute(
                "found", visits.recommendations(user, new Visits.RecommendationFilter(status, overdue, organization)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("overdue", overdue);
        model.addAttribute("organization", organization);
        model.addAttribute("organizations", organizations.visible(user));
        return "visits/recommendations";
    }
}
