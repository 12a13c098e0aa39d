package ru.probity.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.monitoring.model.ReportStatus;
import ru.probity.monitoring.model.ReportValues;
import ru.probity.monitoring.model.ValueKind;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring reports of the organizations (issue 20, item 1): the anti-corruption officer of
 * the reporting organization or of an organization above it fills the report in — the pre-filled
 * numbers kept or corrected with a reason, yes/no, texts, files — and submits it (a new version,
 * its values kept); the regional administrator returns it with a remark or accepts it. The
 * administrator and the auditor read every report of their subtree, an officer those of his.
 */
@Service
@Transactional
public class MonitoringReports {

    private static final int MAX_TEXT = 8000;

    private final MonitoringReportStore store;
    private final MonitoringFormStore forms;
    private final Organizations organizations;
    private final Prefill prefill;
    private final UploadLimits limits;
    private final JsonMapper json;

    MonitoringReports(
            MonitoringReportStore store,
            MonitoringFormStore forms,
            Organizations organizations,
            Prefill prefill,
            UploadLimits limits,
            JsonMapper json) {
        this.store = store;
        this.forms = forms;
        this.organizations = organizations;
        this.prefill = prefill;
        this.limits = limits;
        this.json = json;
    }

    /** The roles that see monitoring reports at all (of their subtree). */
    public static boolean seesReports(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN
                || user.role() == Role.AUDITOR
                || user.role() == Role.ANTICORRUPTION_OFFICER;
    }

    /** The user may read the report: his role sees reports and the organization is in his subtree. */
    public boolean canRead(CurrentUser user, MonitoringReport report) {
        return seesReports(user) && organizations.isVisible(user, report.organizationId());
    }

    /** The officer of the reporting organization or of one above it, while the report is to be filled in. */
    public boolean canFill(CurrentUser user, MonitoringReport report) {
        return user.role() == Role.ANTICORRUPTION_OFFICER
                && organizations.isVisible(user, report.organizationId())
                && report.status().fillable();
    }

    /** The regional administrator over the form's organization, while the report waits for review. */
    public boolean canReview(CurrentUser user, MonitoringReport report) {
        return user.role() == Role.REGIONAL_ADMIN
                && organizations.isVisible(user, report.formOrganizationId())
                && report.status().reviewable();
    }

    /** A report the user may read. */
    @Transactional(readOnly = true)
    public MonitoringReport open(CurrentUser user, long id) {
        MonitoringReport report = store.find(id).orElseThrow(() -> new NotFound("monitoring report", id));
        if (!canRead(user, report)) {
            throw new AccessDeniedException("Monitoring report " + id + " is not for " + user.username());
        }
        return report;
    }

    /** The reports of the organizations of the user's subtree, the latest period first. */
    @Transactional(readOnly = true)
    public List<MonitoringReport> mine(CurrentUser user) {
        if (!seesReports(user)) {
            throw new AccessDeniedException(user.username() + " sees no monitoring reports");
        }
        return store.within(user.organizationId());
    }

    /** The reports of the user's subtree still to be filled in (assigned, draft, returned), the earliest due first. */
    @Transactional(readOnly = true)
    public List<MonitoringReport> toFill(CurrentUser user) {
        if (user.role() != Role.ANTICORRUPTION_OFFICER) {
            return List.of();
        }
        return store.within(
                user.organizationId(), EnumSet.of(ReportStatus.ASSIGNED, ReportStatus.DRAFT, ReportStatus.RETURNED));
    }

    /** The reports of a form (of the organizations of the user's subtree), by organization name. */
    @Transactional(readOnly = true)
    public List<MonitoringReport> ofForm(CurrentUser user, long formId) {
        MonitoringForm form = forms.find(formId).orElseThrow(() -> new NotFound("monitoring form", formId));
        if (!MonitoringForms.canRead(user) || !organizations.isVisible(user, form.organizationId())) {
            throw new AccessDeniedException("Monitoring form " + formId + " is not for " + user.username());
        }
        return store.ofForm(formId, user.organizationId());
    }

    /** The indicators of the report's form. */
    @Transactional(readOnly = true)
    public List<MonitoringIndicator> indicators(CurrentUser user, long reportId) {
        return forms.indicators(open(user, reportId).formId());
    }

    /** The report's current values: indicator id → value (an indicator without any value is absent). */
    @Transactional(readOnly = true)
    public Map<Long, ReportValue> values(CurrentUser user, long reportId) {
        open(user, reportId);
        return current(reportId);
    }

    /** The report's steps in their order; a submission carries the values of its version. */
    @Transactional(readOnly = true)
    public List<ReportEvent> history(CurrentUser user, long reportId) {
        open(user, reportId);
        List<ReportEvent> events = new ArrayList<>();
        for (MonitoringReportStore.StoredEvent e : store.events(reportId)) {
            List<ReportEvent.SnapshotValue> values = e.snapshot() == null
                    ? List.of()
                    : json.readValue(e.snapshot(), new TypeReference<List<ReportEvent.SnapshotValue>>() {});
            events.add(new ReportEvent(e.id(), e.version(), e.kind(), e.remark(), e.at(), e.by(), values));
        }
        return events;
    }

    /**
     * Saves what the reporter typed, all or nothing: numbers (not negative), yes/no, texts; a
     * pre-filled number changed needs its reason. The indicators not given are left as they are.
     */
    public void save(CurrentUser user, long reportId, Map<Long, ValueInput> inputs) {
        MonitoringReport report = fillable(user, reportId);
        Map<Long, ReportValue> current = current(reportId);
        List<MonitoringReportStore.Typed> checked = new ArrayList<>();
        for (MonitoringIndicator indicator : forms.indicators(report.formId())) {
            ValueInput in = inputs.get(indicator.id());
            if (in == null || indicator.kind() == ValueKind.FILE) {
                continue;
            }
            ReportValue was = current.get(indicator.id());
            BigDecimal prefilled = was == null ? null : was.prefilled();
            BigDecimal number = null;
            Boolean flag = null;
            String text = null;
            String reason = clean(in.reason());
            switch (indicator.kind()) {
                case NUMBER -> number = number(indicator, in.number());
                case YES_NO -> flag = flag(in.flag());
                case TEXT -> text = clean(in.text());
                default -> {}
            }
            if (ReportValues.corrected(prefilled, number)) {
                if (reason == null) {
                    throw Refusal.invalid("monitoring.error.reasonRequired", indicator.name(), plain(prefilled));
                }
            } else {
                reason = null;
            }
            checked.add(new MonitoringReportStore.Typed(indicator.id(), number, flag, text, reason));
        }
        store.saveValues(reportId, checked, user.username());
        store.markDraft(reportId);
    }

    /**
     * Fills the values with a source again from Probity's data as of now, computed as the user;
     * the values the reporter corrected (with a reason) are kept.
     */
    public void refresh(CurrentUser user, long reportId) {
        MonitoringReport report = fillable(user, reportId);
        Map<Long, ReportValue> current = current(reportId);
        MonitoringForm form = forms.find(report.formId()).orElseThrow();
        prefill.fill(
                user,
                form,
                forms.indicators(report.formId()),
                Map.of(reportId, report.organizationId()),
                (r, indicator) -> {
                    ReportValue v = current.get(indicator);
                    return v != null && (v.corrected() || (v.prefilled() == null && v.number() != null));
                });
        store.markDraft(reportId);
    }

    /** Refuses a file over {@code probity.uploads.act-file} before its bytes are read. */
    public void checkSize(String fileName, long size) {
        if (size > maxFileBytes()) {
            throw Refusal.invalid("monitoring.file.size", fileName, UploadLimits.size(limits.actFile()));
        }
    }

    /** The largest file attached to a report. */
    public long maxFileBytes() {
        return limits.actFile().toBytes();
    }

    /** Attaches a file to an indicator of kind «file» (PDF, DOCX, JPEG, PNG, TXT without active content). */
    public void attach(CurrentUser user, long reportId, long indicatorId, String fileName, byte[] content) {
        MonitoringReport report = fillable(user, reportId);
        MonitoringIndicator indicator = forms.indicator(indicatorId)
                .filter(i -> i.formId() == report.formId() && i.kind() == ValueKind.FILE)
                .orElseThrow(() -> new NotFound("monitoring indicator", indicatorId));
        AttachedFile file;
        try {
            file = AttachedFile.checkInert(fileName, content, limits.actFile().toBytes());
        } catch (AttachedFile.Refused e) {
            throw Refusal.invalid("monitoring.file." + e.reason(), e.fileName(), UploadLimits.size(limits.actFile()));
        }
        store.saveFile(
                reportId, indicator.id(), file.name(), file.type().contentType(), file.content(), user.username());
        store.markDraft(reportId);
    }

    /** A file attached to a report: its name, content type and bytes. */
    public record File(String name, String contentType, byte[] content) {}

    @Transactional(readOnly = true)
    public File file(CurrentUser user, long reportId, long indicatorId) {
        open(user, reportId);
        ReportValue value = store.values(reportId).stream()
                .filter(v -> v.indicatorId() == indicatorId && v.fileName() != null)
                .findFirst()
                .orElseThrow(() -> new NotFound("monitoring file", indicatorId));
        byte[] content =
                store.file(reportId, indicatorId).orElseThrow(() -> new NotFound("monitoring file", indicatorId));
        return new File(value.fileName(), value.fileContentType(), content);
    }

    /**
     * Submits the report: every required value present and every changed pre-filled number with
     * its reason; a new version whose values are kept in the history.
     *
     * @return the version's number
     */
    public int submit(CurrentUser user, long reportId) {
        MonitoringReport report = fillable(user, reportId);
        Map<Long, ReportValue> current = current(reportId);
        List<MonitoringIndicator> indicators = forms.indicators(report.formId());
        List<String> missing = new ArrayList<>();
        List<Map<String, Object>> snapshot = new ArrayList<>();
        for (MonitoringIndicator i : indicators) {
            ReportValue v = current.get(i.id());
            boolean present = v != null && ReportValues.present(i.kind(), v.number(), v.flag(), v.text(), v.fileName());
            if (i.required() && !present) {
                missing.add(i.name());
            }
            if (v != null && v.corrected() && v.reason() == null) {
                throw Refusal.invalid("monitoring.error.reasonRequired", i.name(), plain(v.prefilled()));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", i.code());
            row.put("name", i.name());
            row.put("number", v == null ? null : plain(v.number()));
            row.put("flag", v == null ? null : v.flag());
            row.put("text", v == null ? null : v.text());
            row.put("file", v == null ? null : v.fileName());
            row.put("prefilled", v == null ? null : plain(v.prefilled()));
            row.put("reason", v == null ? null : v.reason());
            snapshot.add(row);
        }
        if (!missing.isEmpty()) {
            throw Refusal.invalid("monitoring.error.missing", String.join("; ", missing));
        }
        int version = store.submit(reportId, user.username())
                .orElseThrow(() -> Refusal.conflict("monitoring.error.notFillable"));
        store.event(reportId, version, "SUBMITTED", null, json.writeValueAsString(snapshot), user.username());
        return version;
    }

    /** Returns a submitted report to its organization with a remark (required). */
    public void returnWithRemark(CurrentUser user, long reportId, String remark) {
        MonitoringReport report = reviewable(user, reportId);
        String text = clean(remark);
        if (text == null) {
            throw Refusal.invalidFields(Map.of("remark", "monitoring.error.remarkRequired"));
        }
        if (!store.review(reportId, ReportStatus.RETURNED, text, user.username())) {
            throw Refusal.conflict("monitoring.error.notSubmitted");
        }
        store.event(reportId, report.version(), "RETURNED", text, null, user.username());
    }

    /** Accepts a submitted report. */
    public void accept(CurrentUser user, long reportId) {
        MonitoringReport report = reviewable(user, reportId);
        if (!store.review(reportId, ReportStatus.ACCEPTED, null, user.username())) {
            throw Refusal.conflict("monitoring.error.notSubmitted");
        }
        store.event(reportId, report.version(), "ACCEPTED", null, null, user.username());
    }

    /** The report's values by indicator id. */
    private Map<Long, ReportValue> current(long reportId) {
        Map<Long, ReportValue> current = new LinkedHashMap<>();
        store.values(reportId).forEach(v -> current.put(v.indicatorId(), v));
        return current;
    }

    private MonitoringReport fillable(CurrentUser user, long reportId) {
        MonitoringReport report = open(user, reportId);
        if (user.role() != Role.ANTICORRUPTION_OFFICER) {
            throw new AccessDeniedException(user.username() + " may not fill in monitoring report " + reportId);
        }
        if (!report.status().fillable()) {
            throw Refusal.conflict("monitoring.error.notFillable");
        }
        return report;
    }

    private MonitoringReport reviewable(CurrentUser user, long reportId) {
        MonitoringReport report = open(user, reportId);
        if (user.role() != Role.REGIONAL_ADMIN || !organizations.isVisible(user, report.formOrganizationId())) {
            throw new AccessDeniedException(user.username() + " may not review monitoring report " + reportId);
        }
        if (!report.status().reviewable()) {
            throw Refusal.conflict("monitoring.error.notSubmitted");
        }
        return report;
    }

    private static BigDecimal number(MonitoringIndicator indicator, String typed) {
        String t = clean(typed);
        if (t == null) {
            return null;
        }
        try {
            BigDecimal n =
                    new BigDecimal(t.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
            if (n.signum() < 0 || n.precision() - n.scale() > 15) {
                throw Refusal.invalid("monitoring.error.number", indicator.name());
            }
            return n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw Refusal.invalid("monitoring.error.number", indicator.name());
        }
    }

    private static Boolean flag(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Boolean.parseBoolean(typed.strip());
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    /** A number as people write it: no exponent, no trailing zeros. */
    static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }
}
