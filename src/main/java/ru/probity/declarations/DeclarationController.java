package ru.probity.declarations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.declarations.checks.Checks;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.Rule;
import ru.probity.declarations.checks.Terms;
import ru.probity.platform.Downloads;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;

/** Pages of the declarations: «Мои справки», the form of Указ №460 and its import, a declaration, findings. */
@Controller
@RequestMapping("/declarations")
class DeclarationController {

    private final Campaigns campaigns;
    private final Declarations declarations;
    private final DeclarationFiling filing;
    private final DeclarationFiles files;
    private final DeclarationReminders reminders;
    private final DeclarationReferrals referrals;
    private final DeclarationTexts texts;
    private final Verifications verifications;

    DeclarationController(
            Campaigns campaigns,
            Declarations declarations,
            DeclarationFiling filing,
            DeclarationFiles files,
            DeclarationReminders reminders,
            DeclarationReferrals referrals,
            DeclarationTexts texts,
            Verifications verifications) {
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.filing = filing;
        this.files = files;
        this.reminders = reminders;
        this.referrals = referrals;
        this.texts = texts;
        this.verifications = verifications;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping
    String index(Model model) {
        CurrentUser user = CurrentUser.get();
        List<ObligationRow> mine = campaigns.mine(user);
        model.addAttribute("mine", mine);
        model.addAttribute("warnings", reminders.warnings(mine, LocalDate.now()));
        if (user.role().readsRegistry()) {
            model.addAttribute("campaigns", campaigns.campaigns(user));
        }
        if (user.role().managesRegistry()) {
            model.addAttribute("events", campaigns.eventObligations(user));
        }
        model.addAttribute("kinds", ObligationKind.values());
        model.addAttribute("lastYear", LocalDate.now().getYear() - 1);
        return "declarations/index";
    }

    @GetMapping("/obligations/{id}/form")
    String form(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        ObligationRow obligation = declarations.obligation(user, id);
        DeclarationForm form;
        if (obligation.declarationId() != null) {
            form = DeclarationForm.of(
                    declarations.open(user, obligation.declarationId()).content());
        } else {
            form = DeclarationForm.of(new DeclarationContent(List.of(declarations.declarantStub(user, obligation))));
        }
        return showForm(model, obligation, form.withBlankRows(1), Map.of());
    }

    /** Files the form, or adds a person or rows to it; a refused form comes back with what was typed. */
    @PostMapping("/obligations/{id}/form")
    String submit(
            @PathVariable long id,
            @ModelAttribute("form") DeclarationForm form,
            @RequestParam(defaultValue = "submit") String action,
            @RequestParam(name = "scans", required = false) List<MultipartFile> scans,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        switch (action) {
            case "addSpouse", "addChild" -> {
                ObligationRow obligation = declarations.obligation(user, id);
                DeclarationForm compact = DeclarationForm.of(form.toContent(new ArrayList<>()));
                DeclarationForm.PersonForm person = new DeclarationForm.PersonForm();
                person.relation = action.equals("addSpouse") ? "SPOUSE" : "CHILD";
                compact.persons.add(person);
                return showForm(model, obligation, compact.withBlankRows(1), Map.of());
            }
            case "addRows" -> {
                ObligationRow obligation = declarations.obligation(user, id);
                DeclarationForm compact = DeclarationForm.of(form.toContent(new ArrayList<>()));
                return showForm(model, obligation, compact.withBlankRows(1), Map.of());
            }
            default -> {}
        }
        // the scans of the signed original go with the declaration, all or nothing
        DeclarationFiling.Filed filed = filing.fileForm(user, id, form, uploads(scans));
        if (filed.declarationId() != null) {
            flash.addFlashAttribute("notice", "declarations.submitted");
            return "redirect:/declarations/" + filed.declarationId();
        }
        return showForm(
                model, filed.obligation(), DeclarationForm.of(filed.content()).withBlankRows(1), filed.errors());
    }

    private String showForm(Model model, ObligationRow obligation, DeclarationForm form, Map<String, String> errors) {
        model.addAttribute("obligation", obligation);
        model.addAttribute("own", Declarations.own(CurrentUser.get(), obligation));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("relations", DeclarationContent.Relation.values());
        model.addAttribute("incomeKinds", DeclarationContent.IncomeKind.values());
        model.addAttribute("dealSubjects", DeclarationContent.DealSubject.values());
        model.addAttribute("estateKinds", DeclarationContent.EstateKind.values());
        model.addAttribute("vehicleKinds", DeclarationContent.VehicleKind.values());
        scanLimits(model);
        model.addAttribute("obligationRoles", DeclarationContent.ObligationRole.values());
        model.addAttribute("giftKinds", DeclarationContent.GiftKind.values());
        if (obligation.kind() == ObligationKind.ENTRY) {
            // Указ №559 п.3 «а»: income for the year before filing, the rest at the reporting date
            LocalDate today = LocalDate.now();
            model.addAttribute("entryIncomeYear", Terms.entryIncomeYear(today));
            model.addAttribute("entryReportingDate", Terms.entryReportingDate(today));
        }
        return "declarations/form";
    }

    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        CurrentUser.get();
        DeclarationXlsx.template(Downloads.xlsx(response, "declaration-template.xlsx"));
    }

    /** Imports the XLSX template into a declaration: all or nothing, every problem named with sheet and row. */
    @PostMapping("/obligations/{id}/import")
    String importXlsx(
            @PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
        DeclarationFiling.Imported imported = filing.importWorkbook(
                CurrentUser.get(),
                id,
                file == null ? null : file.getOriginalFilename(),
                file == null ? 0 : file.getSize(),
                file);
        if (imported.declarationId() != null) {
            flash.addFlashAttribute("notice", "declarations.submitted");
            return "redirect:/declarations/" + imported.declarationId();
        }
        flash.addFlashAttribute("importProblems", imported.problems());
        return "redirect:/declarations/obligations/" + id + "/form";
    }

    @GetMapping("/{id}")
    String declaration(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Declarations.Opened opened = declarations.open(user, id);
        model.addAttribute("d", opened);
        model.addAttribute(
                "findings",
                opened.findings().stream()
                        .map(f -> new Explained(f.rule(), texts.explain(f.rule(), f.args())))
                        .toList());
        var attached = files.list(user, id);
        model.addAttribute("files", attached);
        model.addAttribute("imported", attached.stream().anyMatch(f -> SpravkiImport.isPackage(f.contentType())));
        scanLimits(model);
        model.addAttribute("referral", referrals.referral(id).orElse(null));
        model.addAttribute(
                "maySend",
                DeclarationReferrals.maySend(user, opened.obligation().employeeId()));
        model.addAttribute("verifications", verifications.ofDeclaration(user, id));
        model.addAttribute("verificationKinds", VerificationKind.values());
        model.addAttribute("verificationGrounds", VerificationGround.values());
        return "declarations/declaration";
    }

    /**
     * What changed in an employee's declaration of a year against an earlier year (by default the
     * year before): each person's income, and what appeared and disappeared by section.
     */
    @GetMapping("/employees/{employeeId}/changes")
    String changes(
            @PathVariable long employeeId,
            @RequestParam int year,
            @RequestParam(required = false) Integer previous,
            Model model) {
        Declarations.YearOverYear y = declarations.yearOverYear(CurrentUser.get(), employeeId, year, previous);
        model.addAttribute("y", y);
        model.addAttribute(
                "changes",
                y.changes().stream()
                        .sorted(java.util.Comparator.comparing(f -> f.rule().ordinal()))
                        .map(f -> new Explained(f.rule(), texts.explain(f.rule(), f.args())))
                        .toList());
        model.addAttribute(
                "incomes",
                y.incomes().stream()
                        .map(c -> new IncomeRow(
                                c.person(),
                                c.before() == null ? null : Checks.money(c.before()),
                                c.after() == null ? null : Checks.money(c.after()),
                                c.percent() == null
                                        ? null
                                        : (c.percent().signum() > 0 ? "+" : "")
                                                + c.percent().toPlainString().replace('.', ','),
                                c.significant()))
                        .toList());
        model.addAttribute(
                "earlierYears", y.years().stream().filter(v -> v < year).toList());
        return "declarations/changes";
    }

    /** A person's income in two years as the page shows it (null: not in that declaration). */
    record IncomeRow(String person, String before, String after, String percent, boolean significant) {}

    /**
     * Attaches scans to the current version. A refusal is shown on the page itself rather than
     * through a redirect, so the file name it quotes is not stored in the session table.
     */
    @PostMapping("/{id}/files")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "scans", required = false) List<MultipartFile> scans,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        try {
            files.attach(CurrentUser.get(), id, uploads(scans));
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            model.addAttribute("fileProblem", texts.text(e.messageKey(), e.arguments()));
            return declaration(id, model);
        }
        flash.addFlashAttribute("notice", "declarations.file.attached");
        return "redirect:/declarations/" + id;
    }

    /** A scan, as a download only: never shown inline, its type not sniffed, not cached. */
    @GetMapping("/{id}/files/{fileId}")
    void download(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        DeclarationFiles.Content file = files.download(CurrentUser.get(), id, fileId);
        Downloads.attachedFile(response, file.name(), file.contentType(), file.bytes());
    }

    private void scanLimits(Model model) {
        model.addAttribute("scanAccept", DeclarationFiles.ACCEPT);
        model.addAttribute("scanMaxFileMb", files.maxFileMb());
        model.addAttribute("scanMaxFiles", files.maxFiles());
    }

    /** The uploads; one larger than the limit is not read into memory (refused by its size). */
    private List<ScanUpload> uploads(List<MultipartFile> scans) throws IOException {
        List<ScanUpload> uploads = new ArrayList<>();
        for (MultipartFile f : scans == null ? List.<MultipartFile>of() : scans) {
            uploads.add(new ScanUpload(
                    f.getOriginalFilename(), f.getSize(), f.getSize() > files.maxFileBytes() ? null : f.getBytes()));
        }
        return uploads;
    }

    @GetMapping("/findings")
    String findings(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Rule rule, Model model) {
        CurrentUser user = CurrentUser.get();
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("rule", rule);
        model.addAttribute("rules", Rule.values());
        model.addAttribute(
                "findings",
                declarations.findings(user, y, rule).stream()
                        .map(f -> new ExplainedRow(f, texts.explain(f.rule(), f.args())))
                        .toList());
        return "declarations/findings";
    }

    /** A finding with its Russian explanation. */
    record Explained(Rule rule, String text) {}

    record ExplainedRow(Declarations.FindingRow row, String text) {}
}
