package ru.probity.expertise;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import ru.probity.expertise.detector.Factor;
import ru.probity.expertise.text.MarkedText;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.SvgChart;

/**
 * Pages of the anti-corruption expertise: the register with its filters, the new entry, a
 * document's card (versions, conclusions, the developer's answers, the place of the publication),
 * the internal expertise of a version (the text with the hints and findings marked, the decisions,
 * the comparison with the previous version), the conclusion's DOCX and the register of conclusions.
 */
@Controller
@RequestMapping("/expertise")
class ExpertiseController {

    private final Expertise expertise;
    private final ExpertiseStatistics statistics;
    private final Organizations organizations;
    private final Messages messages;
    private final RegionTime regionTime;

    ExpertiseController(
            Expertise expertise,
            ExpertiseStatistics statistics,
            Organizations organizations,
            Messages messages,
            RegionTime regionTime) {
        this.expertise = expertise;
        this.statistics = statistics;
        this.organizations = organizations;
        this.messages = messages;
        this.regionTime = regionTime;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) ExpertiseStage stage,
            @RequestParam(required = false) ExpertiseKind kind,
            @RequestParam(required = false) ExpertiseSubject subject,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) String q,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute(
                "found", expertise.search(user, new Expertise.Filter(stage, kind, subject, organization, q), 500));
        model.addAttribute("stage", stage);
        model.addAttribute("kind", kind);
        model.addAttribute("subject", subject);
        model.addAttribute("organization", organization);
        model.addAttribute("q", q);
        model.addAttribute("stages", ExpertiseStage.values());
        model.addAttribute("kinds", ExpertiseKind.values());
        model.addAttribute("subjects", ExpertiseSubject.values());
        model.addAttribute("mayRegister", expertise.mayRegister(user));
        model.addAttribute("wholeSubtree", user.role().seesExpertise());
        if (user.role().seesExpertise()) {
            model.addAttribute("organizations", organizations.visible(user));
        }
        return "expertise/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        CurrentUser user = CurrentUser.get();
        return form(DocumentForm.blank(user.organizationId()), Map.of(), model);
    }

    @PostMapping
    String create(@ModelAttribute DocumentForm form, Model model) {
        try {
            long id = expertise.register(CurrentUser.get(), form);
            return "redirect:/expertise/" + id;
        } catch (Refusal e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            return form(form, e.fields(), model);
        }
    }

    private String form(DocumentForm form, Map<String, String> errors, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("developers", expertise.developers(user));
        model.addAttribute("experts", expertise.experts(user));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("kinds", ExpertiseKind.values());
        model.addAttribute("subjects", ExpertiseSubject.values());
        return "expertise/form";
    }

    @GetMapping("/{id}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        ExpertiseDocument document = expertise.open(user, id);
        List<ExpertiseVersion> versions = expertise.versions(user, id);
        List<Conclusion> conclusions = expertise.conclusions(user, id);
        model.addAttribute("document", document);
        model.addAttribute("versions", versions);
        model.addAttribute("conclusions", conclusions);
        model.addAttribute("mayUpload", expertise.canUpload(user, document));
        model.addAttribute("mayExamine", expertise.canExamine(user, document));
        boolean developer = expertise.isDeveloper(user, document);
        model.addAttribute("developer", developer);
        model.addAttribute(
                "seesPublications", document.subject() == ExpertiseSubject.DRAFT && Publications.canRead(user));
        if (!conclusions.isEmpty()) {
            Conclusion latest = conclusions.getFirst();
            model.addAttribute("latestConclusion", latest);
            model.addAttribute("answerFindings", expertise.findings(user, latest.versionId()));
            model.addAttribute("mayAnswer", expertise.canAnswer(user, document, latest.versionId()));
            model.addAttribute(
                    "laterVersions",
                    versions.stream()
                            .filter(v -> v.number() > latest.versionNumber())
                            .toList());
        }
        return "expertise/card";
    }

    @PostMapping("/{id}/versions")
    String addVersion(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String note,
            RedirectAttributes flash)
            throws IOException {
        expertise.checkSize(file.getOriginalFilename(), file.getSize());
        ExpertiseVersion version =
                expertise.addVersion(CurrentUser.get(), id, file.getOriginalFilename(), file.getBytes(), note);
        flash.addFlashAttribute("notice", messages.text("expertise.versionAdded", version.number()));
        return "redirect:/expertise/" + id;
    }

    @GetMapping("/versions/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        ExpertiseVersion version = expertise.version(user, id);
        Downloads.attachedFile(response, version.fileName(), version.contentType(), expertise.file(user, id));
    }

    /** The internal expertise of a version: the marked text, hints, findings, the comparison, the conclusion. */
    @GetMapping("/versions/{id}")
    String version(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        ExpertiseVersion version = expertise.version(user, id);
        ExpertiseDocument document = expertise.get(user, version.documentId());
        String text = expertise.text(user, id);
        List<StoredHint> hints = expertise.hints(user, id);
        List<Finding> findings = expertise.findings(user, id);
        List<MarkedText.Mark> marks = new ArrayList<>();
        for (Finding f : findings) {
            marks.add(new MarkedText.Mark("finding", f.id(), f.start(), f.end()));
        }
        for (StoredHint h : hints) {
            if (!StoredHint.ACCEPTED.equals(h.decision())) {
                marks.add(new MarkedText.Mark("hint", h.id(), h.start(), h.end()));
            }
        }
        Map<Long, StoredHint> hintById = new LinkedHashMap<>();
        hints.forEach(h -> hintById.put(h.id(), h));
        Map<Long, Finding> findingById = new LinkedHashMap<>();
        findings.forEach(f -> findingById.put(f.id(), f));
        model.addAttribute("document", document);
        model.addAttribute("version", version);
        model.addAttribute("pieces", MarkedText.pieces(text, marks));
        model.addAttribute("hints", hints);
        model.addAttribute("hintById", hintById);
        model.addAttribute("findings", findings);
        model.addAttribute("findingById", findingById);
        model.addAttribute("factors", Factor.values());
        Optional<Conclusion> conclusion = expertise.conclusion(user, id);
        model.addAttribute("conclusion", conclusion.orElse(null));
        boolean mayEdit = expertise.canEdit(user, document, version);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayExamine", expertise.canExamine(user, document));
        model.addAttribute(
                "undecided", hints.stream().filter(StoredHint::undecided).count());
        model.addAttribute("comparison", expertise.comparison(user, id));
        model.addAttribute("earlier", expertise.earlierFindings(user, id));
        return "expertise/version";
    }

    @PostMapping("/hints/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String proposal,
            RedirectAttributes flash) {
        expertise.accept(CurrentUser.get(), id, proposal);
        flash.addFlashAttribute("notice", "expertise.hintAccepted");
        return "redirect:/expertise/versions/" + version;
    }

    @PostMapping("/hints/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        expertise.reject(CurrentUser.get(), id, reason);
        flash.addFlashAttribute("notice", "expertise.hintRejected");
        return "redirect:/expertise/versions/" + version;
    }

    @PostMapping("/versions/{id}/findings")
    String addFinding(@PathVariable long id, @ModelAttribute FindingForm form, RedirectAttributes flash) {
        expertise.addFinding(CurrentUser.get(), id, form);
        flash.addFlashAttribute("notice", "expertise.findingAdded");
        return "redirect:/expertise/versions/" + id;
    }

    @PostMapping("/findings/{id}")
    String updateFinding(
            @PathVariable long id,
            @RequestParam long version,
            @ModelAttribute FindingForm form,
            RedirectAttributes flash) {
        expertise.updateFinding(CurrentUser.get(), id, form);
        flash.addFlashAttribute("notice", "expertise.findingSaved");
        return "redirect:/expertise/versions/" + version;
    }

    @PostMapping("/findings/{id}/delete")
    String deleteFinding(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        expertise.deleteFinding(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "expertise.findingDeleted");
        return "redirect:/expertise/versions/" + version;
    }

    @PostMapping("/versions/{id}/conclusion")
    String sign(@PathVariable long id, RedirectAttributes flash) {
        Conclusion conclusion = expertise.sign(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", messages.text("expertise.signed", conclusion.number()));
        return "redirect:/expertise/versions/" + id;
    }

    @GetMapping("/versions/{id}/conclusion.docx")
    void conclusionDocx(@PathVariable long id, HttpServletResponse response) throws IOException {
        Expertise.ConclusionContent content = expertise.conclusionContent(CurrentUser.get(), id);
        var out = Downloads.document(
                response,
                "zaklyuchenie-" + content.document().id() + "-"
                        + content.version().number() + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        new ConclusionDocument(messages).write(content, regionTime.today(), out);
    }

    @PostMapping("/findings/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam long document,
            @RequestParam(required = false) String answer,
            @RequestParam(name = "version", required = false) Integer inVersion,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        expertise.answer(CurrentUser.get(), id, answer, inVersion, reason);
        flash.addFlashAttribute("notice", "expertise.answerSaved");
        return "redirect:/expertise/" + document;
    }

    @GetMapping("/statistics")
    String statistics(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        CurrentUser user = CurrentUser.get();
        ExpertiseStatistics.Figures figures = statistics.compute(user, organization, from, to);
        model.addAttribute("figures", figures);
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute(
                "factorChart",
                SvgChart.horizontalBars(
                        figures.factors().stream()
                                .map(f -> new SvgChart.Bar(
                                        f.factor().code() + " "
                                                + messages.text("expertise.factor."
                                                        + f.factor().name()),
                                        f.findings()))
                                .toList(),
                        900));
        return "expertise/statistics";
    }

    @GetMapping("/statistics.xlsx")
    void statisticsXlsx(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        statistics.compute(user, organization, from, to);
        var out = Downloads.xlsx(response, "antikorrupcionnaya-ekspertiza-" + regionTime.today() + ".xlsx");
        statistics.writeXlsx(user, organization, from, to, out);
    }

    @GetMapping("/conclusions")
    String conclusions(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.get();
        if (!user.role().seesExpertise()) {
            throw new AccessDeniedException("Role " + user.role() + " has no register of conclusions");
        }
        int y = year == null ? regionTime.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("conclusions", expertise.register(user, y));
        return "expertise/conclusions";
    }
}
