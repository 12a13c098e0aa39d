package ru.probity.acts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;

/** Pages of the register of acts: search, card with versions and distributions, forms, the sheet. */
@Controller
@RequestMapping("/acts")
class ActController {

    private static final int QUIZ_ROWS = 5;

    private final LegalActs acts;
    private final Distributions distributions;
    private final Organizations organizations;
    private final AcknowledgementStatistics statistics;
    private final Messages messages;
    private final RegionTime regionTime;

    ActController(
            LegalActs acts,
            Distributions distributions,
            Organizations organizations,
            AcknowledgementStatistics statistics,
            Messages messages,
            RegionTime regionTime) {
        this.regionTime = regionTime;
        this.statistics = statistics;
        this.messages = messages;
        this.acts = acts;
        this.distributions = distributions;
        this.organizations = organizations;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ActKind kind, Model model) {
        model.addAttribute("found", acts.search(CurrentUser.get(), q, kind, 200));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ActKind.values());
        return "acts/list";
    }

    /** The register as XLSX: what the search shows. */
    @GetMapping("/register.xlsx")
    void registerXlsx(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ActKind kind,
            HttpServletResponse response)
            throws IOException {
        List<LegalActs.Item> found = acts.search(CurrentUser.get(), q, kind, 10_000);
        var out = Downloads.xlsx(response, "reestr-dokumentov-" + LocalDate.now() + ".xlsx");
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table register = workbook.table(
                    text("acts.xlsx.sheet.acts"),
                    new Spreadsheet.Column(text("acts.field.kind"), 22),
                    new Spreadsheet.Column(text("acts.field.number"), 14),
                    new Spreadsheet.Column(text("acts.field.adoptedOn"), 14),
                    new Spreadsheet.Column(text("acts.field.title"), 80),
                    new Spreadsheet.Column(text("acts.field.issuer"), 30),
                    new Spreadsheet.Column(text("acts.field.status"), 16),
                    new Spreadsheet.Column(text("acts.xlsx.keeper"), 40),
                    new Spreadsheet.Column(text("acts.xlsx.versions"), 12));
            for (LegalActs.Item a : found) {
                register.row(
                        text("acts.kind." + a.kind()),
                        a.number(),
                        a.adoptedOn() == null ? null : a.adoptedOn().format(RussianFormats.DATE),
                        a.title(),
                        a.issuer(),
                        text("acts.status." + a.status()),
                        a.organization(),
                        a.versions());
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.text(key);
    }

    @GetMapping("/statistics")
    String statistics(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("stats", statistics.byOrganization(CurrentUser.get(), organization, from, to));
        model.addAttribute(
                "overdue",
                statistics.register(CurrentUser.get(), organization, from, to).stream()
                        .filter(AcknowledgementStatistics.Line::overdue)
                        .limit(500)
                        .toList());
        model.addAttribute("organization", organization);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "acts/statistics";
    }

    @GetMapping("/statistics.xlsx")
    void statisticsXlsx(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        var out = Downloads.xlsx(response, "oznakomlenie-" + LocalDate.now() + ".xlsx");
        statistics.writeXlsx(CurrentUser.get(), organization, from, to, out);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        LegalActs.requireKeeper(CurrentUser.get());
        return form(new ActForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ActForm form, BindingResult binding, Model model) {
        try {
            long id = acts.create(CurrentUser.get(), form);
            return "redirect:/acts/" + id;
        } catch (Refusal e) {
            reject(binding, e);
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(ActForm.of(acts.forEditing(CurrentUser.get(), id)), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ActForm form, BindingResult binding, Model model) {
        try {
            acts.update(CurrentUser.get(), id, form);
            return "redirect:/acts/" + id;
        } catch (Refusal e) {
            reject(binding, e);
            return form(form, id, model);
        }
    }

    /** The wrong fields on the form shown again with what was typed; any other refusal to the page advice. */
    private static void reject(BindingResult binding, Refusal e) {
        if (e.fields().isEmpty()) {
            throw e;
        }
        e.fields().forEach(binding::rejectValue);
    }

    private String form(ActForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("actId", id);
        model.addAttribute("kinds", ActKind.values());
        model.addAttribute("statuses", ActStatus.values());
        model.addAttribute("choices", acts.choices(CurrentUser.get()));
        return "acts/form";
    }

    @GetMapping("/{id}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        LegalAct act = acts.get(user, id);
        model.addAttribute("act", act);
        model.addAttribute("mayChange", acts.canChange(user, act));
        model.addAttribute("publicMark", acts.publicMark(user, id).orElse(null));
        model.addAttribute("versions", acts.versions(user, id));
        if (user.role().readsRegistry()) {
            model.addAttribute("distributions", distributions.ofAct(user, id));
            model.addAttribute("organizations", organizations.visible(user));
        }
        List<LegalAct.QuizQuestion> quiz = new ArrayList<>(act.quiz());
        while (quiz.size() < QUIZ_ROWS) {
            quiz.add(new LegalAct.QuizQuestion("", List.of(), 0));
        }
        model.addAttribute("quizRows", quiz);
        model.addAttribute("defaultDue", LocalDate.now().plusDays(14));
        return "acts/card";
    }

    @PostMapping("/{id}/versions")
    String addVersion(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean askAgain,
            RedirectAttributes flash)
            throws IOException {
        acts.checkSize(file.getOriginalFilename(), file.getSize());
        ActVersion version =
                acts.addVersion(CurrentUser.get(), id, file.getOriginalFilename(), file.getBytes(), note, askAgain);
        flash.addFlashAttribute("notice", "acts.versionAdded");
        flash.addFlashAttribute("addedVersion", version.number());
        return "redirect:/acts/" + id;
    }

    @GetMapping("/versions/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        ActVersion version = acts.version(user, id);
        byte[] content = acts.file(user, version);
        Downloads.attachedFile(response, version.fileName(), version.contentType(), content);
    }

    @PostMapping("/{id}/quiz")
    String quiz(
            @PathVariable long id,
            @RequestParam(name = "question", required = false) List<String> questions,
            @RequestParam(name = "options", required = false) List<String> options,
            @RequestParam(name = "correct", required = false) List<Integer> correct,
            @RequestParam(defaultValue = "80") int passPercent,
            RedirectAttributes flash) {
        List<LegalAct.QuizQuestion> quiz = new ArrayList<>();
        for (int i = 0; questions != null && i < questions.size(); i++) {
            String question = questions.get(i) == null ? "" : questions.get(i).strip();
            if (question.isEmpty()) {
                continue;
            }
            List<String> choices = options == null || i >= options.size()
                    ? List.of()
                    : Arrays.stream(options.get(i).split("\\R"))
                            .map(String::strip)
                            .filter(o -> !o.isEmpty())
                            .toList();
            int right = correct == null || i >= correct.size() || correct.get(i) == null ? 0 : correct.get(i) - 1;
            quiz.add(new LegalAct.QuizQuestion(question, choices, right));
        }
        acts.setQuiz(CurrentUser.get(), id, quiz, passPercent);
        flash.addFlashAttribute("notice", "acts.quizSaved");
        return "redirect:/acts/" + id;
    }

    @PostMapping("/{id}/mandatory")
    String mandatory(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean mandatory,
            @RequestParam(defaultValue = "14") int termDays,
            RedirectAttributes flash) {
        acts.setMandatory(CurrentUser.get(), id, mandatory, termDays);
        flash.addFlashAttribute("notice", "acts.mandatorySaved");
        return "redirect:/acts/" + id;
    }

    /** Marks the act public on its keeper's public section «Противодействие коррупции», or withdraws it. */
    @PostMapping("/{id}/public")
    String setPublic(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean published, RedirectAttributes flash) {
        acts.setPublic(CurrentUser.get(), id, published);
        flash.addFlashAttribute("notice", published ? "acts.public.published" : "acts.public.withdrawn");
        return "redirect:/acts/" + id;
    }

    @PostMapping("/{id}/distributions")
    String distribute(
            @PathVariable long id,
            @RequestParam long organization,
            @RequestParam(required = false) String posts,
            @RequestParam(required = false) Integer appointedWithinDays,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) String people,
            RedirectAttributes flash) {
        List<Long> named = people == null || people.isBlank()
                ? List.of()
                : distributions.namedOrRefuse(CurrentUser.get(), organization, people);
        var audience = new Distributions.Audience(
                organization,
                posts == null ? List.of() : Arrays.asList(posts.split("[,;\\n]")),
                appointedWithinDays,
                named);
        long distribution = distributions.distribute(CurrentUser.get(), id, audience, dueOn);
        flash.addFlashAttribute("notice", "acts.distributed");
        return "redirect:/acts/distributions/" + distribution;
    }

    @GetMapping("/distributions/{id}")
    String distribution(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Distributions.Summary summary = distributions.summary(user, id);
        model.addAttribute("summary", summary);
        model.addAttribute("act", acts.get(user, summary.actId()));
        model.addAttribute("rows", distributions.rows(user, id));
        model.addAttribute("today", LocalDate.now());
        return "acts/distribution";
    }

    @GetMapping("/distributions/{id}/sheet.{format:docx|pdf}")
    void sheet(@PathVariable long id, @PathVariable String format, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        Distributions.Summary summary = distributions.summary(user, id);
        LegalAct act = acts.get(user, summary.actId());
        ActVersion version = acts.versions(user, act.id()).stream()
                .filter(v -> v.number() == summary.versionNumber())
                .findFirst()
                .orElseThrow();
        boolean pdf = format.equals("pdf");
        var out = Downloads.document(
                response,
                "list-oznakomleniya-" + id + "." + format,
                pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var rows = distributions.rows(user, id);
        if (pdf) {
            AcknowledgementSheetPdf.write(act, version, summary, rows, regionTime.zone(), out);
        } else {
            AcknowledgementSheet.write(act, version, summary, rows, regionTime.zone(), out);
        }
    }

    @PostMapping("/acknowledgements/{id}/paper")
    String paper(
            @PathVariable long id,
            @RequestParam long distribution,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            RedirectAttributes flash) {
        distributions.recordOnPaper(CurrentUser.get(), id, signedOn);
        flash.addFlashAttribute("notice", "acts.paperRecorded");
        return "redirect:/acts/distributions/" + distribution;
    }
}
