package ru.probity.plans;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.plans.model.DueDates;
import ru.probity.plans.model.ExecutionStatus;
import ru.probity.plans.model.MeasureSheet;
import ru.probity.plans.model.TermKind;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.UploadLimits;

/**
 * The anti-corruption plans of the organizations (273-ФЗ ст.5 ч.4; the Национальный план
 * противодействия коррупции): every reader of the registry reads the plans of his subtree (the
 * region's administrator and auditors every municipality's); the anti-corruption officers and the
 * administrator keep them — a plan, its measures, the reports on their execution — for any
 * organization of their subtree.
 */
@Service
@Transactional(readOnly = true)
public class Plans {

    /** The largest file attached to a report on execution. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final PlanStore store;
    private final Organizations organizations;
    private final RegionTime regionTime;
    private final Messages messages;

    Plans(PlanStore store, Organizations organizations, RegionTime regionTime, Messages messages) {
        this.store = store;
        this.organizations = organizations;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    /** A plan: whose, what, for which period, approved by which act. */
    public record Plan(
            long id,
            long organizationId,
            String organization,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            String approvedBy) {}

    /**
     * A plan in the list, with the due dates of its measures in the period asked for: how many, how
     * many executed, how many overdue; and how many are overdue now.
     */
    public record PlanRow(
            long id,
            long organizationId,
            String organization,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            int measures,
            int due,
            int done,
            int overdue,
            int overdueNow) {}

    /** A report on a measure's execution for one of its due dates. */
    public record Execution(
            long id, ExecutionStatus status, String text, LocalDate reportedOn, String fileName, String reportedBy) {}

    /** A due date of a measure, with its report if any; overdue when passed and not executed. */
    public record Due(LocalDate dueOn, Execution execution, boolean overdue) {}

    /** A measure with its due dates. */
    public record Measure(
            long id,
            String section,
            String number,
            String text,
            Long executorOrganizationId,
            String executorOrganization,
            String executorPerson,
            TermKind termKind,
            LocalDate termDate,
            String expectedResult,
            String legalBasis,
            List<Due> dues) {

        public boolean overdue() {
            return dues.stream().anyMatch(Due::overdue);
        }

        /** The next due date not yet executed, or null. */
        public LocalDate next() {
            return dues.stream()
                    .filter(d -> d.execution() == null || d.execution().status() != ExecutionStatus.EXECUTED)
                    .map(Due::dueOn)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The plans of an organization's subtree over a period, with the totals. */
    public record Listing(long organizationId, String organization, LocalDate from, LocalDate to, List<PlanRow> plans) {
        public int due() {
            return plans.stream().mapToInt(PlanRow::due).sum();
        }

        public int done() {
            return plans.stream().mapToInt(PlanRow::done).sum();
        }

        public int overdue() {
            return plans.stream().mapToInt(PlanRow::overdue).sum();
        }
    }

    /** A plan's overdue due dates, for «Мои задачи». */
    record Overdue(long planId, String title, int count, LocalDate since) {}

    /** What the form of a new plan sends. */
    public record PlanForm(
            Long organization, String title, LocalDate periodFrom, LocalDate periodTo, String approvedBy) {}

    /** What the form of a new measure sends. */
    public record MeasureForm(
            String section,
            String number,
            String text,
            Long executorOrganization,
            String executorPerson,
            String termKind,
            LocalDate termDate,
            String expectedResult,
            String legalBasis) {}

    /** What the form of a report on execution sends. */
    public record ReportForm(LocalDate dueOn, String status, String text, LocalDate reportedOn) {}

    /** A file sent with a report. */
    public record Upload(String name, byte[] content) {}

    /** The largest XLSX of measures: a table read whole into objects ({@code probity.uploads.max-table}). */
    static long maxImportBytes() {
        return UploadLimits.current().maxTableBytes();
    }

    /**
     * Refuses a file over its form's limit before its bytes are read: a report's file over
     * {@link #MAX_FILE_BYTES}, an XLSX of measures over {@code probity.uploads.max-table}.
     */
    public static void checkSize(String fileName, long size, boolean measures) {
        if (measures && size > maxImportBytes()) {
            throw Refusal.invalid("plans.import.size", fileName, UploadLimits.size(maxImportBytes()));
        }
        if (!measures && size > MAX_FILE_BYTES) {
            throw Refusal.invalid("plans.file.size", fileName, MAX_FILE_BYTES / 1024 / 1024);
        }
    }

    /** The bytes of an uploaded file after {@link #checkSize}: never more than its limit + 1 read. */
    public static long limit(boolean measures) {
        return measures ? maxImportBytes() : MAX_FILE_BYTES;
    }

    /** Whether the user reads plans at all. */
    public static boolean reads(CurrentUser user) {
        return user.role().readsRegistry();
    }

    /** Whether the user keeps the plans of his subtree. */
    public static boolean keeps(CurrentUser user) {
        return user.role().managesRegistry();
    }

    /** The plans of the subtree of {@code organizationId} (the user's own when null) over a period (the year by default). */
    public Listing list(CurrentUser user, Long organizationId, LocalDate from, LocalDate to) {
        requireReader(user);
        var root = organizationId == null ? organizations.root(user) : organizations.get(user, organizationId);
        LocalDate today = regionTime.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today.withDayOfYear(today.lengthOfYear()) : to;
        if (end.isBefore(start)) {
            throw Refusal.invalid("plans.error.period");
        }
        return new Listing(root.id(), root.name(), start, end, store.plans(root.id(), start, end, today));
    }

    /** A plan of the user's subtree. */
    public Plan plan(CurrentUser user, long id) {
        requireReader(user);
        Plan plan = store.plan(id).orElseThrow(() -> new NotFound("plan", id));
        if (!organizations.isVisible(user, plan.organizationId())) {
            throw new AccessDeniedException("Plan " + id + " is outside the subtree of " + user.username());
        }
        return plan;
    }

    public List<Measure> measures(CurrentUser user, long planId) {
        plan(user, planId);
        return store.measures(planId, regionTime.today());
    }

    @Transactional
    public long create(CurrentUser user, PlanForm form) {
        requireKeeper(user);
        long organization = form.organization() == null ? user.organizationId() : form.organization();
        organizations.get(user, organization);
        if (blank(form.title())) {
            throw Refusal.invalid("plans.error.title");
        }
        if (form.periodFrom() == null
                || form.periodTo() == null
                || form.periodTo().isBefore(form.periodFrom())) {
            throw Refusal.invalid("plans.error.period");
        }
        if (form.periodTo().isAfter(form.periodFrom().plusYears(6))) {
            throw Refusal.invalid("plans.error.periodLong");
        }
        return store.createPlan(
                organization,
                form.title().strip(),
                form.periodFrom(),
                form.periodTo(),
                RussianFormats.blankToNull(form.approvedBy()),
                user.username());
    }

    @Transactional
    public long addMeasure(CurrentUser user, long planId, MeasureForm form) {
        Plan plan = keptPlan(user, planId);
        if (blank(form.number())) {
            throw Refusal.invalid("plans.error.number");
        }
        if (blank(form.text())) {
            throw Refusal.invalid("plans.error.text");
        }
        if (form.executorOrganization() == null && blank(form.executorPerson())) {
            throw Refusal.invalid("plans.error.executor");
        }
        if (form.executorOrganization() != null) {
            organizations.get(user, form.executorOrganization());
        }
        TermKind kind;
        try {
            kind = TermKind.valueOf(form.termKind() == null ? "" : form.termKind());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("plans.error.term");
        }
        if (kind == TermKind.DATE && form.termDate() == null) {
            throw Refusal.invalid("plans.error.termDate");
        }
        List<LocalDate> dues = DueDates.of(kind, form.termDate(), plan.periodFrom(), plan.periodTo());
        if (dues.isEmpty()) {
            throw Refusal.invalid("plans.error.noDue");
        }
        MeasureForm clean = new MeasureForm(
                RussianFormats.blankToNull(form.section()),
                form.number().strip(),
                form.text().strip(),
                form.executorOrganization(),
                RussianFormats.blankToNull(form.executorPerson()),
                kind.name(),
                form.termDate(),
                RussianFormats.blankToNull(form.expectedResult()),
                RussianFormats.blankToNull(form.legalBasis()));
        return store.addMeasure(planId, clean, kind, kind == TermKind.DATE ? form.termDate() : null, dues);
    }

    /**
     * Adds the measures of an XLSX sheet to the plan (ru.probity.plans.model.MeasureSheet): all of
     * them or, when any row is wrong, none — the refusal names the rows and what is wrong. An
     * executor that is the exact name of an organization of the user's subtree becomes the
     * organization, anything else the person. Returns how many were added.
     */
    @Transactional
    public int importMeasures(CurrentUser user, long planId, Upload upload) {
        Plan plan = keptPlan(user, planId);
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw Refusal.invalid("plans.import.empty");
        }
        checkSize(upload.name(), upload.content().length, true);
        MeasureSheet.Parsed parsed = MeasureSheet.parse(MeasureWorkbook.rows(upload.name(), upload.content()));
        List<MeasureSheet.Problem> problems = new java.util.ArrayList<>(parsed.problems());
        java.util.Map<String, Long> byName = new java.util.HashMap<>();
        organizations.visible(user).forEach(o -> byName.putIfAbsent(o.name(), o.id()));
        List<MeasureForm> forms = new java.util.ArrayList<>();
        List<List<LocalDate>> dues = new java.util.ArrayList<>();
        for (MeasureSheet.Draft d : parsed.drafts()) {
            List<LocalDate> due = DueDates.of(d.kind(), d.date(), plan.periodFrom(), plan.periodTo());
            if (due.isEmpty()) {
                problems.add(new MeasureSheet.Problem(d.row(), "plans.import.noDue", d.number()));
                continue;
            }
            Long executorOrganization = d.executor() == null ? null : byName.get(d.executor());
            forms.add(new MeasureForm(
                    d.section(),
                    d.number(),
                    d.text(),
                    executorOrganization,
                    executorOrganization == null ? d.executor() : null,
                    d.kind().name(),
                    d.date(),
                    d.expectedResult(),
                    d.legalBasis()));
            dues.add(due);
        }
        if (!problems.isEmpty()) {
            String list = problems.stream()
                    .limit(10)
                    .map(p -> (p.row() > 0 ? messages.text("plans.import.row", p.row()) + " " : "")
                            + messages.text(p.key(), p.value()))
                    .collect(java.util.stream.Collectors.joining("; "));
            throw Refusal.invalid("plans.import.refused", list);
        }
        for (int i = 0; i < forms.size(); i++) {
            MeasureForm f = forms.get(i);
            TermKind kind = TermKind.valueOf(f.termKind());
            store.addMeasure(planId, f, kind, kind == TermKind.DATE ? f.termDate() : null, dues.get(i));
        }
        return forms.size();
    }

    @Transactional
    public void deleteMeasure(CurrentUser user, long planId, long measureId) {
        keptPlan(user, planId);
        if (!store.deleteMeasure(planId, measureId)) {
            throw new NotFound("plan measure", measureId);
        }
    }

    /** Reports a measure's execution for one of its due dates (a later report replaces the earlier). */
    @Transactional
    public void report(CurrentUser user, long planId, long measureId, ReportForm form, Upload upload) {
        keptPlan(user, planId);
        if (form.dueOn() == null || !store.isDue(planId, measureId, form.dueOn())) {
            throw Refusal.invalid("plans.error.due");
        }
        ExecutionStatus status;
        try {
            status = ExecutionStatus.valueOf(form.status() == null ? "" : form.status());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("plans.error.status");
        }
        if (blank(form.text())) {
            throw Refusal.invalid("plans.error.reportText");
        }
        LocalDate today = regionTime.today();
        LocalDate reportedOn = form.reportedOn() == null ? today : form.reportedOn();
        if (reportedOn.isAfter(today)) {
            throw Refusal.invalid("plans.error.reportedOn");
        }
        AttachedFile file = null;
        if (upload != null && upload.content() != null && upload.content().length > 0) {
            try {
                file = AttachedFile.check(upload.name(), upload.content(), MAX_FILE_BYTES);
            } catch (AttachedFile.Refused e) {
                throw Refusal.invalid("plans.file." + e.reason(), e.fileName(), MAX_FILE_BYTES / 1024 / 1024);
            }
        }
        store.report(measureId, form.dueOn(), status, form.text().strip(), reportedOn, file, user.username());
    }

    /** The file of a report on execution: its name, content type and bytes. */
    public record File(String name, String contentType, byte[] content) {}

    /** The file of a report: name, content type, bytes. */
    public File file(CurrentUser user, long planId, long executionId) {
        plan(user, planId);
        return store.file(planId, executionId).orElseThrow(() -> new NotFound("plan execution file", executionId));
    }

    /** The plan with the execution of its measures as XLSX. */
    public void writeXlsx(CurrentUser user, long planId, OutputStream out) throws IOException {
        plan(user, planId);
        List<Measure> measures = store.measures(planId, regionTime.today());
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table table = workbook.table(
                    text("plans.xlsx.sheet"),
                    new Spreadsheet.Column(text("plans.field.section"), 24),
                    new Spreadsheet.Column(text("plans.field.number"), 8),
                    new Spreadsheet.Column(text("plans.field.text"), 60),
                    new Spreadsheet.Column(text("plans.field.executor"), 40),
                    new Spreadsheet.Column(text("plans.field.term"), 20),
                    new Spreadsheet.Column(text("plans.field.expectedResult"), 40),
                    new Spreadsheet.Column(text("plans.field.legalBasis"), 30),
                    new Spreadsheet.Column(text("plans.field.dueOn"), 12),
                    new Spreadsheet.Column(text("plans.field.status"), 18),
                    new Spreadsheet.Column(text("plans.field.done"), 60),
                    new Spreadsheet.Column(text("plans.field.reportedOn"), 12));
            for (Measure m : measures) {
                String executor = String.join(
                        ", ",
                        java.util.stream.Stream.of(m.executorOrganization(), m.executorPerson())
                                .filter(s -> s != null && !s.isBlank())
                                .toList());
                String term = m.termKind() == TermKind.DATE
                        ? RussianFormats.date(m.termDate())
                        : text("plans.term." + m.termKind());
                for (Due d : m.dues()) {
                    Execution x = d.execution();
                    table.row(
                            m.section() == null ? "" : m.section(),
                            m.number(),
                            m.text(),
                            executor,
                            term,
                            m.expectedResult() == null ? "" : m.expectedResult(),
                            m.legalBasis() == null ? "" : m.legalBasis(),
                            RussianFormats.date(d.dueOn()),
                            x == null
                                    ? text(d.overdue() ? "plans.overdue" : "plans.status.none")
                                    : text("plans.status." + x.status()),
                            x == null ? "" : x.text(),
                            x == null ? "" : RussianFormats.date(x.reportedOn()));
                }
            }
            workbook.write(out);
        }
    }

    private Plan keptPlan(CurrentUser user, long planId) {
        requireKeeper(user);
        return plan(user, planId);
    }

    private static void requireReader(CurrentUser user) {
        if (!reads(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not read the anti-corruption plans");
        }
    }

    private static void requireKeeper(CurrentUser user) {
        if (!keeps(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not keep the anti-corruption plans");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String text(String key) {
        return messages.text(key);
    }
}
