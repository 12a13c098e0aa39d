package ru.probity.org;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.NotFound;
import ru.probity.platform.Page;
import ru.probity.platform.Refusal;

/**
 * The people registry: employees and their relatives. Every read and change is limited to the
 * user's subtree (an employee sees only his own card) and written to the access log.
 */
@Service
@Transactional
public class People {

    static final String EMPLOYEE = "EMPLOYEE";
    static final String RELATIVE = "RELATIVE";

    private final EmployeeStore store;
    private final PostPeriodStore posts;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;

    People(
            EmployeeStore store,
            PostPeriodStore posts,
            Organizations organizations,
            AccessLog accessLog,
            ApplicationEventPublisher events) {
        this.store = store;
        this.posts = posts;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.events = events;
    }

    /** Employees of the user's subtree, or of the given organization's subtree within it. */
    public Page<Employee> search(
            CurrentUser user, String query, Long organizationId, boolean includeInactive, int page, int size) {
        requireRegistryReader(user);
        String path = organizationId == null
                ? organizations.scopePath(user)
                : organizations.get(user, organizationId).path();
        Page<Employee> result =
                store.search(path, null, Text.searchForm(query), includeInactive, Math.max(0, page), size);
        logRead(result, query == null || query.isBlank() ? "list" : "search: " + query);
        return result;
    }

    private void logRead(Page<Employee> page, String details) {
        accessLog.recordEach(
                AccessAction.READ,
                EMPLOYEE,
                page.items().stream()
                        .map(e -> new AccessLog.Subject(e.id(), e.organizationId()))
                        .toList(),
                details);
    }

    /** The employees of exactly this organization (not of its subordinates). */
    public Page<Employee> staff(CurrentUser user, long organizationId, boolean includeInactive, int page, int size) {
        requireRegistryReader(user);
        String path = organizations.get(user, organizationId).path();
        Page<Employee> result = store.search(path, organizationId, "", includeInactive, Math.max(0, page), size);
        logRead(result, "staff of organization " + organizationId);
        return result;
    }

    /** One employee's card, if the user may see it. */
    public Employee get(CurrentUser user, long id) {
        Employee employee = visible(user, id);
        accessLog.record(AccessAction.READ, EMPLOYEE, id, employee.organizationId(), null);
        return employee;
    }

    /**
     * The periods the employee held posts, the latest first (44-ФЗ ст.31 ч.1 п.9: the officials of
     * a purchase are those at its date); read with his card, whose reading the access log records.
     */
    public List<PostPeriod> posts(CurrentUser user, long employeeId) {
        visible(user, employeeId);
        return posts.of(employeeId);
    }

    public List<Relative> relatives(CurrentUser user, long employeeId) {
        Employee employee = visible(user, employeeId);
        List<Relative> relatives = store.relativesOf(employeeId);
        accessLog.recordEach(
                AccessAction.READ,
                RELATIVE,
                relatives.stream()
                        .map(r -> new AccessLog.Subject(r.id(), employee.organizationId()))
                        .toList(),
                "relatives of employee " + employeeId);
        return relatives;
    }

    public Relative relative(CurrentUser user, long relativeId) {
        Relative relative = store.findRelative(relativeId).orElseThrow(() -> new NotFound("relative", relativeId));
        Employee employee = visible(user, relative.employeeId());
        accessLog.record(AccessAction.READ, RELATIVE, relativeId, employee.organizationId(), null);
        return relative;
    }

    public long create(CurrentUser user, EmployeeForm input) {
        Organizations.requireManager(user);
        EmployeeForm form = checked(user, input);
        long id = withUniqueIdentifiers(() -> store.insert(form, user.username()));
        accessLog.record(AccessAction.CREATE, EMPLOYEE, id, form.organizationId(), form.post());
        if (form.declarationRequired() && !dismissed(form.dismissedOn())) {
            events.publishEvent(
                    new EmployeeAppointed(id, form.organizationId(), true, appointmentDay(form.appointedOn())));
        }
        return id;
    }

    /**
     * Registers a candidate for a post on the declaration list: a card kept inactive (in no staff
     * list, no account) with the post he applies for, obliged to file before his appointment.
     */
    public long registerCandidate(CurrentUser user, EmployeeForm input) {
        Organizations.requireManager(user);
        EmployeeForm form = checked(user, input);
        if (!form.declarationRequired()) {
            throw Refusal.invalidFields(Map.of("declarationRequired", "person.error.candidateNotListed"));
        }
        long id = withUniqueIdentifiers(() -> store.insertCandidate(form, user.username()));
        accessLog.record(AccessAction.CREATE, EMPLOYEE, id, form.organizationId(), "candidate: " + form.post());
        events.publishEvent(new CandidateRegistered(id, form.organizationId(), java.time.LocalDate.now()));
        return id;
    }

    /**
     * The candidate appointed on {@code on} (today when not given, never later than today): an
     * active employee from then on. His entry is the filing he made as a candidate.
     */
    public void appointCandidate(CurrentUser user, long id, java.time.LocalDate on) {
        Organizations.requireManager(user);
        Employee employee = visible(user, id);
        java.time.LocalDate day = appointmentDay(on);
        boolean done = withUniqueIdentifiers(() -> store.appointCandidate(id, day, user.username()) ? 1L : 0L) == 1L;
        if (!done) {
            throw Refusal.conflict("person.error.notCandidate");
        }
        accessLog.record(AccessAction.UPDATE, EMPLOYEE, id, employee.organizationId(), "candidate appointed " + day);
        events.publishEvent(new EmployeeAppointed(id, employee.organizationId(), true, day));
    }

    /** The candidate not appointed: the card stays inactive, no longer a candidate. */
    public void candidateNotAppointed(CurrentUser user, long id) {
        Organizations.requireManager(user);
        Employee employee = visible(user, id);
        if (!store.dropCandidate(id, user.username())) {
            throw Refusal.conflict("person.error.notCandidate");
        }
        accessLog.record(AccessAction.UPDATE, EMPLOYEE, id, employee.organizationId(), "candidate not appointed");
        events.publishEvent(new CandidateNotAppointed(id, employee.organizationId()));
    }

    public void update(CurrentUser user, long id, EmployeeForm input) {
        Organizations.requireManager(user);
        Employee before = visible(user, id);
        EmployeeForm form = checked(user, input);
        withUniqueIdentifiers(() -> {
            store.update(id, form, user.username());
            return id;
        });
        accessLog.record(
                AccessAction.UPDATE, EMPLOYEE, id, form.organizationId(), changes(EmployeeForm.of(before), form));
        if (!form.organizationId().equals(before.organizationId())) {
            events.publishEvent(new EmployeeTransferred(id, before.organizationId(), form.organizationId()));
        }
        // put on the list in the same organization (a transfer onto the list is the transfer's event)
        if (form.declarationRequired()
                && !before.declarationRequired()
                && form.organizationId().equals(before.organizationId())
                && !dismissed(form.dismissedOn())) {
            events.publishEvent(new EmployeeAppointed(id, form.organizationId(), false, java.time.LocalDate.now()));
        }
        if (dismissed(form.dismissedOn()) && !java.util.Objects.equals(before.dismissedOn(), form.dismissedOn())) {
            events.publishEvent(new EmployeeDeactivated(id, form.organizationId(), EmployeeDeactivated.DISMISSED));
        }
    }

    /** The day of an appointment: the card's date when it is given and not in the future, else today. */
    /** The day of an appointment: the date recorded, else (or when still to come) today. */
    static java.time.LocalDate appointmentDay(java.time.LocalDate appointedOn) {
        java.time.LocalDate today = java.time.LocalDate.now();
        return appointedOn == null || appointedOn.isAfter(today) ? today : appointedOn;
    }

    /** A dismissal date that has come (today or earlier): the person no longer works here. */
    static boolean dismissed(java.time.LocalDate dismissedOn) {
        return dismissedOn != null && !dismissedOn.isAfter(java.time.LocalDate.now());
    }

    public void setActive(CurrentUser user, long id, boolean active) {
        Organizations.requireManager(user);
        Employee employee = visible(user, id);
        withUniqueIdentifiers(() -> {
            store.setActive(id, active, user.username());
            return id;
        });
        accessLog.record(
                active ? AccessAction.UPDATE : AccessAction.DEACTIVATE,
                EMPLOYEE,
                id,
                employee.organizationId(),
                active ? "reactivated" : "deactivated");
        if (!active) {
            events.publishEvent(
                    new EmployeeDeactivated(id, employee.organizationId(), EmployeeDeactivated.DEACTIVATED));
        }
    }

    public long addRelative(CurrentUser user, long employeeId, RelativeForm input) {
        Organizations.requireManager(user);
        Employee employee = visible(user, employeeId);
        RelativeForm form = checked(input);
        long id = store.insertRelative(employeeId, form, user.username());
        accessLog.record(
                AccessAction.CREATE,
                RELATIVE,
                id,
                employee.organizationId(),
                form.relation().name());
        return id;
    }

    public void updateRelative(CurrentUser user, long relativeId, RelativeForm input) {
        Organizations.requireManager(user);
        Relative before = store.findRelative(relativeId).orElseThrow(() -> new NotFound("relative", relativeId));
        Employee employee = visible(user, before.employeeId());
        RelativeForm form = checked(input);
        store.updateRelative(relativeId, form, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                RELATIVE,
                relativeId,
                employee.organizationId(),
                changes(RelativeForm.of(before), form));
    }

    public void deleteRelative(CurrentUser user, long relativeId) {
        Organizations.requireManager(user);
        Relative relative = store.findRelative(relativeId).orElseThrow(() -> new NotFound("relative", relativeId));
        Employee employee = visible(user, relative.employeeId());
        store.deleteRelative(relativeId);
        accessLog.record(
                AccessAction.DELETE,
                RELATIVE,
                relativeId,
                employee.organizationId(),
                relative.relation() + " of " + employee.id());
    }

    private Employee visible(CurrentUser user, long id) {
        var located = store.find(id).orElseThrow(() -> new NotFound("employee", id));
        if (user.role() == Role.EMPLOYEE) {
            if (user.employeeId() == null || user.employeeId() != id) {
                throw new AccessDeniedException("An employee sees only his own card");
            }
            return located.value();
        }
        if (!located.organizationPath().startsWith(organizations.scopePath(user))) {
            throw new AccessDeniedException("Employee " + id + " is outside the subtree of " + user.username());
        }
        return located.value();
    }

    private EmployeeForm checked(CurrentUser user, EmployeeForm input) {
        EmployeeForm form = input.normalized();
        Map<String, String> errors = form.validate();
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        organizations.get(user, form.organizationId());
        return form;
    }

    private static RelativeForm checked(RelativeForm input) {
        RelativeForm form = input.normalized();
        Map<String, String> errors = form.validate();
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        return form;
    }

    private static long withUniqueIdentifiers(java.util.function.LongSupplier change) {
        try {
            return change.getAsLong();
        } catch (DuplicateKeyException e) {
            String field = e.getMessage() != null && e.getMessage().contains("snils") ? "snils" : "inn";
            throw Refusal.invalidFields(Map.of(field, "person.error." + field + "Taken"));
        }
    }

    static void requireRegistryReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not list people");
        }
    }

    /** Names of the fields that changed, for the access log (values are not copied there). */
    private static String changes(Record before, Record after) {
        var components = before.getClass().getRecordComponents();
        StringBuilder changed = new StringBuilder();
        for (var component : components) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!java.util.Objects.equals(a, b)) {
                    changed.append(changed.isEmpty() ? "changed: " : ", ").append(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed.isEmpty() ? "no changes" : changed.toString();
    }
}
