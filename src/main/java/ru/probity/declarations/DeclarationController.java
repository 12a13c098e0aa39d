package ru.probity.declarations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
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
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.Problem;
import ru.probity.declarations.checks.Rule;
import ru.probity.platform.Downloads;

/** Pages of the declarations: «Мои справки», the form of Указ №460 and its import, a declaration, findings. */
@Controller
@RequestMapping("/declarations")
class DeclarationController {

    private static final Pattern FIELD = Pattern.compile("persons\\[(\\d+)]\\.?(?:(\\w+)\\[(\\d+)]\\.)?(\\w+)?");

    private final Campaigns campaigns;
    private final Declarations declarations;
    private final DeclarationFiles files;
    private final DeclarationReminders reminders;
    private final DeclarationReferrals referrals;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeclarationController.class);

    private final MessageSource messages;

    DeclarationController(
            Campaigns campaigns,
            Declarations declarations,
            DeclarationFiles files,
            DeclarationReminders reminders,
            DeclarationReferrals referrals,
            MessageSource messages) {
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.files = files;
        this.reminders = reminders;
        this.referrals = referrals;
        this.messages = messages;
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
        ObligationRow obligation = declarations.obligation(user, id);
        List<Problem> problems = new ArrayList<>();
        DeclarationContent content = form.toContent(problems);
        DeclarationForm compact = DeclarationForm.of(content);
        switch (action) {
            case "addSpouse", "addChild" -> {
                DeclarationForm.PersonForm person = new DeclarationForm.PersonForm();
                person.relation = action.equals("addSpouse") ? "SPOUSE" : "CHILD";
                compact.persons.add(person);
                return showForm(model, obligation, compact.withBlankRows(1), Map.of());
            }
            case "addRows" -> {
                return showForm(model, obligation, compact.withBlankRows(1), Map.of());
            }
            default -> {}
        }
        // the scans of the signed original go with the declaration, all or nothing
        List<DeclarationFiles.Upload> uploads = uploads(scans);
        try {
            files.check(uploads, 0);
        } catch (DeclarationException e) {
            problems.addAll(e.problems());
        }
        if (problems.isEmpty()) {
            try {
                long declarationId = files.submit(user, id, content, uploads);
                flash.addFlashAttribute("notice", "declarations.submitted");
                return "redirect:/declarations/" + declarationId;
            } catch (DeclarationException e) {
                problems.addAll(e.problems());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), text(p), (a, b) -> a));
        return showForm(model, obligation, compact.withBlankRows(1), errors);
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
        return "declarations/form";
    }

    @GetMapping("/template.xlsx")
    void template(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        CurrentUser.get();
        DeclarationXlsx.template(ru.probity.platform.Downloads.xlsx(response, "declaration-template.xlsx"));
    }

    /** Imports the XLSX template into a declaration: all or nothing, every problem named with sheet and row. */
    @PostMapping("/obligations/{id}/import")
    String importXlsx(
            @PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        ObligationRow obligation = declarations.obligation(user, id);
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("problem", "declarations.import.noFile");
            return "redirect:/declarations/obligations/" + id + "/form";
        }
        ru.probity.platform.UploadLimits limits = ru.probity.platform.UploadLimits.current();
        String fileName = file.getOriginalFilename() == null ? "файл" : file.getOriginalFilename();
        if (file.getSize() > limits.declarationFile().toBytes()) {
            flash.addFlashAttribute(
                    "importProblems",
                    List.of(messages.getMessage(
                            "upload.limit.file",
                            new Object[] {fileName, ru.probity.platform.UploadLimits.size(limits.declarationFile())},
                            RU)));
            return "redirect:/declarations/obligations/" + id + "/form";
        }
        DeclarationXlsx.Read read;
        try (var in = file.getInputStream()) {
            read = DeclarationXlsx.read(in, fileName, limits);
        } catch (java.io.IOException | RuntimeException e) {
            ru.probity.platform.UploadRefused refused = ru.probity.platform.UploadRefused.of(e, fileName, limits);
            log.info("Declaration XLSX {} refused: {}", fileName, e.toString());
            flash.addFlashAttribute(
                    "importProblems",
                    List.of(
                            refused != null
                                    ? refused.russian(messages)
                                    : messages.getMessage("declarations.import.notXlsx", null, RU)));
            return "redirect:/declarations/obligations/" + id + "/form";
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        DeclarationContent content = read.form().toContent(problems);
        problems.addAll(ru.probity.declarations.checks.Validation.validate(content, obligation.year()));
        if (problems.isEmpty()) {
            try {
                long declarationId = declarations.submit(user, id, content);
                flash.addFlashAttribute("notice", "declarations.submitted");
                return "redirect:/declarations/" + declarationId;
            } catch (DeclarationException e) {
                problems.addAll(e.problems());
            }
        }
        flash.addFlashAttribute(
                "importProblems",
                problems.stream().map(p -> importText(read, p)).distinct().toList());
        return "redirect:/declarations/obligations/" + id + "/form";
    }

    private String importText(DeclarationXlsx.Read read, Problem p) {
        String message = messages.getMessage(p.key(), p.args().toArray(), RU);
        String origin = p.field().startsWith("@") ? p.field().substring(1) : read.origin(p.field());
        if (origin == null) {
            return text(p);
        }
        String[] at = origin.split("\u0000", 2);
        String column = p.field().contains(".") && !p.field().startsWith("@")
                ? p.field().substring(p.field().lastIndexOf('.') + 1)
                : null;
        if (column != null && !column.contains("[")) {
            Matcher m = FIELD.matcher(p.field());
            String section = m.matches() ? m.group(2) : null;
            message = "«" + fieldLabel(section, column, messages, RU) + "» — " + message;
        }
        return messages.getMessage("declarations.import.at", new Object[] {at[0], at[1], message}, RU);
    }

    private static final Locale RU = Locale.forLanguageTag("ru");

    @GetMapping("/{id}")
    String declaration(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Declarations.Opened opened = declarations.open(user, id);
        model.addAttribute("d", opened);
        model.addAttribute(
                "findings",
                opened.findings().stream()
                        .map(f -> new Explained(f.rule(), explain(f.rule(), f.args())))
                        .toList());
        model.addAttribute("files", files.list(user, id));
        scanLimits(model);
        model.addAttribute("referral", referrals.referral(id).orElse(null));
        model.addAttribute(
                "maySend",
                opened.current()
                        && DeclarationReferrals.maySend(
                                user, opened.obligation().employeeId()));
        return "declarations/declaration";
    }

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
        } catch (DeclarationException e) {
            model.addAttribute("fileProblem", text(e.problems().getFirst()));
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
    private List<DeclarationFiles.Upload> uploads(List<MultipartFile> scans) throws IOException {
        List<DeclarationFiles.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : scans == null ? List.<MultipartFile>of() : scans) {
            uploads.add(new DeclarationFiles.Upload(
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
                        .map(f -> new ExplainedRow(f, explain(f.rule(), f.args())))
                        .toList());
        return "declarations/findings";
    }

    /** A finding with its Russian explanation. */
    record Explained(Rule rule, String text) {}

    record ExplainedRow(Declarations.FindingRow row, String text) {}

    String explain(Rule rule, List<String> args) {
        return referrals.explain(rule, args);
    }

    /** A problem in Russian, with where it is: «Лицо 2, §1 доходы, строка 1, сумма: …». */
    String text(Problem p) {
        Locale ru = Locale.forLanguageTag("ru");
        String message = messages.getMessage(p.key(), p.args().toArray(), ru);
        return where(p.field(), messages, ru).map(w -> w + ": " + message).orElse(message);
    }

    static java.util.Optional<String> where(String field, MessageSource messages, Locale ru) {
        Matcher m = field == null ? null : FIELD.matcher(field);
        if (m == null || !m.matches()) {
            return java.util.Optional.empty();
        }
        StringBuilder out = new StringBuilder(
                messages.getMessage("declarations.where.person", new Object[] {Integer.parseInt(m.group(1)) + 1}, ru));
        if (m.group(2) != null) {
            out.append(", ")
                    .append(messages.getMessage("declarations.section." + m.group(2), null, ru))
                    .append(", ")
                    .append(messages.getMessage(
                            "declarations.where.row", new Object[] {Integer.parseInt(m.group(3)) + 1}, ru));
        }
        if (m.group(4) != null) {
            out.append(", «")
                    .append(fieldLabel(m.group(2), m.group(4), messages, ru))
                    .append("»");
        }
        return java.util.Optional.of(out.toString());
    }

    /** The label of a field: {@code declarations.field.<section>.<field>} when the section has its own, else the common one. */
    static String fieldLabel(String section, String field, MessageSource messages, Locale ru) {
        String common = messages.getMessage("declarations.field." + field, null, field, ru);
        return section == null
                ? common
                : messages.getMessage("declarations.field." + section + "." + field, null, common, ru);
    }
}
