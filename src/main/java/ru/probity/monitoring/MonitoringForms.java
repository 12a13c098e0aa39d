package ru.probity.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.monitoring.model.FormStatus;
import ru.probity.monitoring.model.PeriodKind;
import ru.probity.monitoring.model.ValueKind;
import ru.probity.org.Organization;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;

/**
 * The report forms of the region's monitoring (issue 20, item 1): the regional administrator
 * defines a form for a period — from the default form, by copying an earlier one, or blank — edits
 * its sections and indicators while it is a draft, and assigns it to organizations of his subtree
 * with a due date; each organization's report is pre-filled from Probity's figures computed as the
 * assigning user. The auditor reads.
 */
@Service
@Transactional
public class MonitoringForms {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");
    private static final int MAX_TEXT = 4000;

    private final MonitoringFormStore store;
    private final MonitoringReportStore reports;
    private final Organizations organizations;
    private final DefaultForm defaultForm;
    private final Prefill prefill;
    private final Messages messages;
    private final RegionTime regionTime;

    MonitoringForms(
            MonitoringFormStore store,
            MonitoringReportStore reports,
            Organizations organizations,
            DefaultForm defaultForm,
            Prefill prefill,
            Messages messages,
            RegionTime regionTime) {
        this.store = store;
        this.reports = reports;
        this.organizations = organizations;
        this.defaultForm = defaultForm;
        this.prefill = prefill;
        this.messages = messages;
        this.regionTime = regionTime;
    }

    /** Defines forms and assigns them, reviews the reports: the regional administrator. */
    public static boolean canDefine(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN;
    }

    /** Reads the forms of his subtree and all their reports: the administrator and the auditor. */
    public static boolean canRead(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN || user.role() == Role.AUDITOR;
    }

    /** The forms defined in the user's subtree, the latest period first. */
    @Transactional(readOnly = true)
    public List<MonitoringForm> list(CurrentUser user) {
        requireRead(user);
        return store.forms(user.organizationId());
    }

    /** A form of the user's subtree. */
    @Transactional(readOnly = true)
    public MonitoringForm get(CurrentUser user, long id) {
        requireRead(user);
        MonitoringForm form = store.find(id).orElseThrow(() -> new NotFound("monitoring form", id));
        if (!organizations.isVisible(user, form.organizationId())) {
            throw new AccessDeniedException("Monitoring form " + id + " is outside the subtree of " + user.username());
        }
        return form;
    }

    /** Its indicators, section by section. */
    @Transactional(readOnly = true)
    public List<MonitoringIndicator> indicators(CurrentUser user, long formId) {
        get(user, formId);
        return store.indicators(formId);
    }

    /** The sources an indicator may be pre-filled from: id → name in Russian. */
    @Transactional(readOnly = true)
    public Map<String, String> sources(CurrentUser user) {
        Map<String, String> names = new LinkedHashMap<>();
        prefill.sources(user).forEach((id, source) -> names.put(id, source.name()));
        return names;
    }

    /** The period's name in Russian: «1 квартал 2026 года». */
    public String periodName(PeriodKind kind, int year, int number) {
        return messages.text("monitoring.period." + kind.name(), number, Integer.toString(year));
    }

    /** The period a new form is proposed for: the last finished quarter. */
    public int[] lastFinishedQuarter() {
        return PeriodKind.QUARTER.lastFinished(regionTime.today());
    }

    /**
     * Creates a form for a period: from the default form ({@code basis} = {@code default}), as a
     * copy of an earlier form (its id), or blank; its title defaults to the default form's with the
     * period.
     */
    public long create(CurrentUser user, FormInput input) {
        requireDefine(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.periodKind() == null) {
            errors.put("periodKind", "monitoring.error.periodKind");
        }
        if (input.periodYear() == null || input.periodYear() < 2000 || input.periodYear() > 2100) {
            errors.put("periodYear", "monitoring.error.periodYear");
        }
        if (input.periodKind() != null
                && (input.periodNumber() == null || !input.periodKind().valid(input.periodNumber()))) {
            errors.put("periodNumber", "monitoring.error.periodNumber");
        }
        String basis = input.basis() == null || input.basis().isBlank()
                ? "default"
                : input.basis().strip();
        Long copyOf = null;
        if (!basis.equals("default") && !basis.equals("blank")) {
            try {
                copyOf = Long.parseLong(basis);
            } catch (NumberFormatException e) {
                errors.put("basis", "monitoring.error.basis");
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        List<IndicatorInput> indicators = copyOf == null
                ? (basis.equals("default") ? defaultForm.indicators() : List.of())
                : store.indicators(get(user, copyOf).id()).stream()
                        .map(i -> new IndicatorInput(
                                i.section(),
                                i.code(),
                                i.name(),
                                i.kind(),
                                i.definition(),
                                i.legalBasis(),
                                i.source(),
                                i.required()))
                        .toList();
        PeriodKind kind = input.periodKind();
        int year = input.periodYear();
        int number = input.periodNumber();
        String forPeriod = messages.text("monitoring.form.forPeriod");
        String title = input.title() == null || input.title().isBlank()
                ? (copyOf == null
                                ? defaultForm.title()
                                : store.find(copyOf).orElseThrow().title().split(Pattern.quote(forPeriod))[0])
                        + forPeriod
                        + periodName(kind, year, number)
                : limit(input.title());
        long id = store.insert(
                user.organizationId(),
                title,
                kind,
                year,
                number,
                kind.from(year, number),
                kind.to(year, number),
                input.dueOn(),
                copyOf,
                user.username());
        store.insertIndicators(id, indicators);
        return id;
    }

    /** Changes a draft form's title and due date. */
    public void updateHeader(CurrentUser user, long formId, String title, LocalDate dueOn) {
        MonitoringForm form = editable(user, formId);
        if (title == null || title.isBlank()) {
            throw Refusal.invalidFields(Map.of("title", "monitoring.error.title"));
        }
        store.updateHeader(form.id(), limit(title), dueOn, user.username());
    }

    /** Adds an indicator to a draft form. */
    public long addIndicator(CurrentUser user, long formId, IndicatorInput input) {
        MonitoringForm form = editable(user, formId);
        IndicatorInput clean = check(user, form.id(), input, null);
        return store.insertIndicator(form.id(), clean);
    }

    /** Changes an indicator of a draft form. */
    public void updateIndicator(CurrentUser user, long indicatorId, IndicatorInput input) {
        MonitoringIndicator indicator = indicator(user, indicatorId);
        editable(user, indicator.formId());
        store.updateIndicator(indicatorId, check(user, indicator.formId(), input, indicatorId));
    }

    /** Removes an indicator from a draft form. */
    public void removeIndicator(CurrentUser user, long indicatorId) {
        MonitoringIndicator indicator = indicator(user, indicatorId);
        editable(user, indicator.formId());
        store.deleteIndicator(indicatorId);
    }

    /** An indicator of a form of the user's subtree. */
    @Transactional(readOnly = true)
    public MonitoringIndicator indicator(CurrentUser user, long indicatorId) {
        MonitoringIndicator indicator =
                store.indicator(indicatorId).orElseThrow(() -> new NotFound("monitoring indicator", indicatorId));
        get(user, indicator.formId());
        return indicator;
    }

    /**
     * Assigns the form to organizations of the user's subtree — every organization of the first
     * level below the form's organization and the chosen ones — with a due date: each gets its
     * report, pre-filled from Probity's figures computed as the user; an organization that already
     * has one is left as it is. The form's sections and indicators are frozen from now on.
     *
     * @return how many reports were created
     */
    public int assign(CurrentUser user, long formId, AssignInput input) {
        requireDefine(user);
        MonitoringForm form = get(user, formId);
        if (form.status() == FormStatus.CLOSED) {
            throw Refusal.conflict("monitoring.error.formClosed");
        }
        List<MonitoringIndicator> indicators = store.indicators(formId);
        if (indicators.isEmpty()) {
            throw Refusal.conflict("monitoring.error.noIndicators");
        }
        LocalDate dueOn = input.dueOn() != null ? input.dueOn() : form.dueOn();
        if (dueOn == null) {
            throw Refusal.invalidFields(Map.of("dueOn", "monitoring.error.dueOn"));
        }
        Set<Long> targets = new LinkedHashSet<>();
        if (Boolean.TRUE.equals(input.firstLevel())) {
            for (Organization child : organizations.children(user, form.organizationId(), false)) {
                targets.add(child.id());
            }
        }
        for (Long id : input.organizationIds() == null ? List.<Long>of() : input.organizationIds()) {
            if (id != null) {
                targets.add(organizations.get(user, id).id());
            }
        }
        if (targets.isEmpty()) {
            throw Refusal.invalidFields(Map.of("organizationIds", "monitoring.error.noOrganizations"));
        }
        Map<Long, Long> organizationOf = reports.insertReports(formId, targets, dueOn, user.username());
        prefill.fill(user, form, indicators, organizationOf, (report, indicator) -> false);
        if (form.status() == FormStatus.DRAFT) {
            store.setStatus(formId, FormStatus.ASSIGNED, user.username());
        }
        if (form.dueOn() == null) {
            store.updateHeader(formId, form.title(), dueOn, user.username());
        }
        return organizationOf.size();
    }

    private IndicatorInput check(CurrentUser user, long formId, IndicatorInput in, Long except) {
        Map<String, String> errors = new LinkedHashMap<>();
        String section = trim(in.section());
        String code = trim(in.code());
        String name = trim(in.name());
        String source = trim(in.source());
        if (section == null) {
            errors.put("section", "monitoring.error.section");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            errors.put("code", "monitoring.error.code");
        } else if (store.codeTaken(formId, code, except)) {
            errors.put("code", "monitoring.error.codeTaken");
        }
        if (name == null) {
            errors.put("name", "monitoring.error.name");
        }
        if (in.kind() == null) {
            errors.put("kind", "monitoring.error.kind");
        }
        if (source != null) {
            if (in.kind() != ValueKind.NUMBER) {
                errors.put("source", "monitoring.error.sourceNotNumber");
            } else if (!prefill.sources(user).containsKey(source)) {
                errors.put("source", "monitoring.error.source");
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        return new IndicatorInput(
                limit(section),
                code,
                limit(name),
                in.kind(),
                limitOrNull(in.definition()),
                limitOrNull(in.legalBasis()),
                source,
                Boolean.TRUE.equals(in.required()));
    }

    private MonitoringForm editable(CurrentUser user, long formId) {
        requireDefine(user);
        MonitoringForm form = get(user, formId);
        if (!form.status().editable()) {
            throw Refusal.conflict("monitoring.error.formFrozen");
        }
        return form;
    }

    private static void requireRead(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException(user.username() + " may not read monitoring forms");
        }
    }

    private static void requireDefine(CurrentUser user) {
        if (!canDefine(user)) {
            throw new AccessDeniedException(user.username() + " may not define monitoring forms");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String limit(String value) {
        String v = value.strip();
        return v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v;
    }

    private static String limitOrNull(String value) {
        return value == null || value.isBlank() ? null : limit(value);
    }
}
