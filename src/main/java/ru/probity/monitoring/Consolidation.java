package ru.probity.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.monitoring.rating.Decimals;
import ru.probity.monitoring.rating.ReportingPeriod;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;

/**
 * The consolidation of a monitoring form across the organizations that report (issue 20, item 1):
 * only accepted reports count. Per indicator (by its code): the sum of a number, the count of «да»
 * of a yes/no, the answers of a text, the files given; per organization its value; and the change
 * against the form of the previous period (the same defining organization and kind of period; the
 * indicators matched by code). A report nested below another accepted report of the form (a body
 * of a municipality that reported too) is shown but not added: the municipality's figures count its
 * whole subtree. For the regional administrator and the auditor over their subtree
 * (the whole region), for an anti-corruption officer over the organizations of his subtree only.
 */
@Service
@Transactional(readOnly = true)
public class Consolidation {

    static final String NUMBER = "NUMBER";
    static final String YES_NO = "YES_NO";
    static final String TEXT = "TEXT";
    static final String FILE = "FILE";

    private final ConsolidationStore store;
    private final Messages messages;

    Consolidation(ConsolidationStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** A form's period as the reports name it: «1 квартал 2026 г.». */
    public record Form(long id, String title, String period, LocalDate from, LocalDate to, String status) {}

    /**
     * An organization whose report was accepted (a column of the table); {@code nested} when an
     * organization above it has an accepted report too, whose figures already count its subtree: its
     * values are shown but not added to the totals.
     */
    public record Reporter(long id, String name, String shortName, boolean nested) {}

    /** An organization whose report was not accepted, with its report's status in Russian. */
    public record Missing(long id, String name, String status) {}

    /**
     * One indicator across the organizations.
     *
     * @param code the indicator's code
     * @param section its section
     * @param name its name
     * @param kind NUMBER, YES_NO, TEXT, FILE
     * @param total the sum (a number), the count of «да» (yes/no), of answers (text) or of files
     * @param given how many accepted reports gave a value (those nested in another accepted report not counted)
     * @param previous the total of the previous period, or null (no previous form, or no such indicator)
     * @param delta total − previous, or null
     * @param percent the change in per cent of the previous total (one decimal), or null when it is zero
     * @param values organization id → its value as written (absent: left blank)
     * @param answers «organization: answer» of a text indicator
     */
    public record Line(
            String code,
            String section,
            String name,
            String kind,
            BigDecimal total,
            int given,
            BigDecimal previous,
            BigDecimal delta,
            BigDecimal percent,
            Map<Long, String> values,
            List<String> answers) {

        public boolean comparable() {
            return NUMBER.equals(kind) || YES_NO.equals(kind);
        }

        public String totalText() {
            return Decimals.russian(total);
        }

        public String value(long organizationId) {
            return values.getOrDefault(organizationId, "");
        }
    }

    /**
     * The consolidated report of a form.
     *
     * @param form the form
     * @param previous the previous period's form, or null
     * @param assigned how many reports were assigned (in the user's scope)
     * @param reporters the organizations whose reports were accepted, by name
     * @param missing the organizations whose reports were not accepted yet
     * @param lines the indicators in the form's order
     */
    public record Consolidated(
            Form form, Form previous, int assigned, List<Reporter> reporters, List<Missing> missing, List<Line> lines) {

        public int accepted() {
            return reporters.size();
        }

        public boolean anyNested() {
            return reporters.stream().anyMatch(Reporter::nested);
        }
    }

    /** Whether the role sees the consolidation and the ratings (within its subtree). */
    public static boolean sees(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN
                || user.role() == Role.AUDITOR
                || user.role() == Role.ANTICORRUPTION_OFFICER;
    }

    static void requireViewer(CurrentUser user) {
        if (!sees(user)) {
            throw new AccessDeniedException(
                    "The consolidation of monitoring reports is not for the role " + user.role());
        }
    }

    /** The forms sent out with a report in the user's subtree, the latest period first. */
    public List<Form> forms(CurrentUser user) {
        requireViewer(user);
        return store.forms(user.organizationId()).stream().map(this::form).toList();
    }

    /** The form if the user sees it; otherwise not found. */
    ConsolidationStore.FormRow visibleForm(CurrentUser user, long formId) {
        requireViewer(user);
        ConsolidationStore.FormRow form = store.form(formId).orElseThrow(() -> new NotFound("monitoring form", formId));
        if ("DRAFT".equals(form.status()) || !store.formInScope(formId, user.organizationId())) {
            throw new NotFound("monitoring form", formId);
        }
        return form;
    }

    /** The form of the period before, if one was sent out. */
    Optional<ConsolidationStore.FormRow> previousForm(ConsolidationStore.FormRow form) {
        ReportingPeriod previous =
                new ReportingPeriod(form.periodKind(), form.periodYear(), form.periodNumber()).previous();
        return store.form(form.organizationId(), previous.kind(), previous.year(), previous.number());
    }

    public Form form(CurrentUser user, long formId) {
        return form(visibleForm(user, formId));
    }

    public Consolidated consolidate(CurrentUser user, long formId) {
        ConsolidationStore.FormRow form = visibleForm(user, formId);
        long scope = user.organizationId();
        List<ConsolidationStore.ReportRow> reports = store.reports(formId, scope);
        java.util.Set<Long> nested = store.nestedAccepted(formId, scope);
        List<Reporter> reporters = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (ConsolidationStore.ReportRow r : reports) {
            if ("ACCEPTED".equals(r.status())) {
                reporters.add(
                        new Reporter(r.organizationId(), r.organization(), r.shortName(), nested.contains(r.id())));
            } else {
                missing.add(new Missing(
                        r.organizationId(), r.organization(), messages.text("consolidation.status." + r.status())));
            }
        }
        Map<String, BigDecimal> previousTotals = new HashMap<>();
        // a previous period without an accepted report in the scope has no figures to compare with
        // (not zeros: every change would read as growth from nothing)
        Optional<ConsolidationStore.FormRow> previous = previousForm(form)
                .filter(p -> store.reports(p.id(), scope).stream().anyMatch(r -> "ACCEPTED".equals(r.status())));
        previous.ifPresent(p -> {
            Map<String, String> kinds = new HashMap<>();
            store.indicators(p.id()).forEach(i -> kinds.put(i.code(), i.kind()));
            Map<String, List<ConsolidationStore.ValueRow>> byCode =
                    byCode(counted(store.acceptedValues(p.id(), scope), store.nestedAccepted(p.id(), scope)));
            kinds.forEach((code, kind) ->
                    previousTotals.put(code + "/" + kind, total(kind, byCode.getOrDefault(code, List.of()))));
        });
        Map<String, List<ConsolidationStore.ValueRow>> byCode = byCode(store.acceptedValues(formId, scope));
        List<Line> lines = new ArrayList<>();
        for (ConsolidationStore.IndicatorRow indicator : store.indicators(formId)) {
            List<ConsolidationStore.ValueRow> values = byCode.getOrDefault(indicator.code(), List.of());
            Map<Long, String> perOrganization = new LinkedHashMap<>();
            List<String> answers = new ArrayList<>();
            Map<Long, String> names = new HashMap<>();
            reporters.forEach(r -> names.put(r.id(), r.name()));
            int given = 0;
            for (ConsolidationStore.ValueRow v : values) {
                String text = text(indicator.kind(), v);
                if (text != null) {
                    if (!nested.contains(v.reportId())) {
                        given++;
                    }
                    perOrganization.put(v.organizationId(), text);
                    if (TEXT.equals(indicator.kind())) {
                        answers.add(names.get(v.organizationId()) + ": " + text);
                    }
                }
            }
            answers.sort(String::compareTo);
            BigDecimal total = total(indicator.kind(), counted(values, nested));
            BigDecimal before = previousTotals.get(indicator.code() + "/" + indicator.kind());
            boolean comparable = NUMBER.equals(indicator.kind()) || YES_NO.equals(indicator.kind());
            BigDecimal delta = comparable && before != null ? total.subtract(before) : null;
            BigDecimal percent = delta != null && before.signum() != 0
                    ? delta.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP)
                    : null;
            lines.add(new Line(
                    indicator.code(),
                    indicator.section(),
                    indicator.name(),
                    indicator.kind(),
                    total,
                    given,
                    comparable ? before : null,
                    delta,
                    percent,
                    perOrganization,
                    answers));
        }
        return new Consolidated(
                form(form), previous.map(this::form).orElse(null), reports.size(), reporters, missing, lines);
    }

    /** The values of the reports that are not nested in another accepted report of the form. */
    private static List<ConsolidationStore.ValueRow> counted(
            List<ConsolidationStore.ValueRow> values, java.util.Set<Long> nested) {
        return values.stream().filter(v -> !nested.contains(v.reportId())).toList();
    }

    private static Map<String, List<ConsolidationStore.ValueRow>> byCode(List<ConsolidationStore.ValueRow> rows) {
        Map<String, List<ConsolidationStore.ValueRow>> byCode = new HashMap<>();
        rows.forEach(
                r -> byCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));
        return byCode;
    }

    /** The total of an indicator's values: the sum, the count of «да», of answers, of files. */
    static BigDecimal total(String kind, List<ConsolidationStore.ValueRow> values) {
        return switch (kind) {
            case NUMBER ->
                values.stream()
                        .map(ConsolidationStore.ValueRow::number)
                        .filter(n -> n != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
            case YES_NO ->
                BigDecimal.valueOf(values.stream()
                        .filter(v -> Boolean.TRUE.equals(v.flag()))
                        .count());
            case TEXT ->
                BigDecimal.valueOf(values.stream()
                        .filter(v -> v.text() != null && !v.text().isBlank())
                        .count());
            default ->
                BigDecimal.valueOf(
                        values.stream().filter(v -> v.fileName() != null).count());
        };
    }

    private String text(String kind, ConsolidationStore.ValueRow v) {
        return switch (kind) {
            case NUMBER -> v.number() == null ? null : Decimals.russian(v.number());
            case YES_NO -> v.flag() == null ? null : messages.text(v.flag() ? "consolidation.yes" : "consolidation.no");
            case TEXT ->
                v.text() == null || v.text().isBlank() ? null : v.text().strip();
            default -> v.fileName();
        };
    }

    Form form(ConsolidationStore.FormRow f) {
        return new Form(f.id(), f.title(), period(f), f.periodFrom(), f.periodTo(), f.status());
    }

    /** «1 квартал 2026 г.», «2 полугодие 2026 г.», «2026 год». */
    String period(ConsolidationStore.FormRow f) {
        return messages.text(
                "consolidation.period." + f.periodKind(),
                Integer.toString(f.periodNumber()),
                Integer.toString(f.periodYear()));
    }
}
