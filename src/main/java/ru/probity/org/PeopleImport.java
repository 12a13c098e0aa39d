package ru.probity.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.exchange.ImportedEmployee;
import ru.probity.org.exchange.PeopleFile;
import ru.probity.org.exchange.PersonRow;
import ru.probity.org.exchange.RowError;
import ru.probity.platform.BoundedZip;
import ru.probity.platform.Messages;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;

/**
 * Import of employees and relatives from XLSX or CSV — all or nothing: a file with any bad row
 * changes nothing and every bad row is reported — and export of a subtree to XLSX.
 *
 * <p>An employee row updates the employee named by its «Код сотрудника» (exports write it), or
 * else the active employee with the same INN or SNILS; other rows add employees. A relative is matched to the employee's existing relatives by kind, name and
 * birth date and updated, or added. Nothing is deleted by an import.
 *
 * <p>Bounded ({@link UploadLimits}): a file over {@code people-file} or with more than {@code
 * max-rows} rows, or an XLSX expanding past {@code max-office-expanded}, is refused whole with a
 * Russian message before anything is written.
 */
@Service
public class PeopleImport {

    private static final Logger log = LoggerFactory.getLogger(PeopleImport.class);

    private final Organizations organizations;
    private final OrganizationStore organizationStore;
    private final EmployeeStore employees;
    private final PeopleImportStore store;
    private final AccessLog accessLog;
    private final UploadLimits limits;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    PeopleImport(
            Organizations organizations,
            OrganizationStore organizationStore,
            EmployeeStore employees,
            PeopleImportStore store,
            AccessLog accessLog,
            UploadLimits limits,
            Messages messages,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.organizationStore = organizationStore;
        this.employees = employees;
        this.store = store;
        this.accessLog = accessLog;
        this.limits = limits;
        this.messages = messages;
        this.events = events;
    }

    /** The outcome of an import: what was written, or why nothing was. */
    public record Report(int added, int updated, int relatives, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }

        /** The errors as lines for a console: «строка 5, «ИНН»: …». */
        public List<String> problems() {
            return errors.stream()
                    .map(e -> (e.line() > 0 ? "строка " + e.line() : "файл")
                            + (e.column() == null ? "" : ", «" + e.column() + "»") + ": " + e.message())
                    .toList();
        }
    }

    @Transactional
    public Report importFile(CurrentUser user, String fileName, InputStream content) {
        Organizations.requireManager(user);
        ru.probity.org.exchange.ParseResult parsed;
        try {
            parsed = PeopleFile.read(
                    fileName, BoundedZip.limited(content, limits.peopleFile().toBytes(), fileName), limits);
        } catch (UploadRefused e) {
            log.warn("People file {} of {} refused: {}", fileName, user.username(), e.getMessage());
            return refused(messages.text(e.key(), e.args().toArray()));
        }
        if (!parsed.ok()) {
            return new Report(0, 0, 0, parsed.errors());
        }
        List<ImportedEmployee> people = parsed.employees();
        List<RowError> errors = new ArrayList<>(outOfScope(user, people));
        if (!errors.isEmpty()) {
            return new Report(0, 0, 0, errors);
        }
        Map<Integer, Long> existing = new LinkedHashMap<>();
        Map<Long, Long> organizationsBefore = new HashMap<>();
        java.util.Set<Long> listedBefore = new java.util.HashSet<>();
        errors.addAll(matchExisting(user, people, existing, organizationsBefore, listedBefore));
        if (!errors.isEmpty()) {
            return new Report(0, 0, 0, errors);
        }
        var writer = new PeopleWriter(store, user.username());
        Map<Integer, Long> ids = writer.writeEmployees(people, existing);
        int relatives = writer.writeRelatives(people, ids);
        accessLog.recordEach(
                AccessAction.IMPORT,
                People.EMPLOYEE,
                people.stream()
                        .map(p -> new AccessLog.Subject(
                                ids.get(p.employee().line()), p.employee().organizationId()))
                        .toList(),
                "file " + fileName);
        for (ImportedEmployee p : people) {
            Long id = existing.get(p.employee().line());
            Long from = id == null ? null : organizationsBefore.get(id);
            if (from != null && !from.equals(p.employee().organizationId())) {
                events.publishEvent(
                        new EmployeeTransferred(id, from, p.employee().organizationId()));
            }
        }
        appointments(people, ids, existing, organizationsBefore, listedBefore);
        for (ImportedEmployee p : people) {
            if (People.dismissed(p.employee().dismissedOn())) {
                events.publishEvent(new EmployeeDeactivated(
                        ids.get(p.employee().line()), p.employee().organizationId(), EmployeeDeactivated.DISMISSED));
            }
        }
        int updated = existing.size();
        return new Report(people.size() - updated, updated, relatives, List.of());
    }

    /**
     * The appointments the file records, as the form records them ({@link EmployeeAppointed}, so
     * the declarations area obliges a filing): a new card on the declaration list is an entry on
     * the row's appointment date — only when the row gives one, since a first load of long-serving
     * staff is no entry into the service —, and an existing card newly put on the list in the same
     * organization an appointment to a listed post today (a transfer is the transfer's event). The
     * declarations area obliges only where the filing's term has not passed.
     */
    private void appointments(
            List<ImportedEmployee> people,
            Map<Integer, Long> ids,
            Map<Integer, Long> existing,
            Map<Long, Long> organizationsBefore,
            java.util.Set<Long> listedBefore) {
        java.time.LocalDate today = java.time.LocalDate.now();
        for (ImportedEmployee p : people) {
            PersonRow row = p.employee();
            if (!row.declarationRequired() || People.dismissed(row.dismissedOn())) {
                continue;
            }
            Long id = existing.get(row.line());
            if (id == null) {
                if (row.appointedOn() != null) {
                    events.publishEvent(new EmployeeAppointed(
                            ids.get(row.line()), row.organizationId(), true, People.appointmentDay(row.appointedOn())));
                }
            } else if (!listedBefore.contains(id) && row.organizationId().equals(organizationsBefore.get(id))) {
                events.publishEvent(new EmployeeAppointed(id, row.organizationId(), false, today));
            }
        }
    }

    /** Refuses a file over the form's limit before it is read. */
    public Report checkSize(String fileName, long size) {
        if (size <= limits.peopleFile().toBytes()) {
            return null;
        }
        log.warn("People file {} refused: {} bytes", fileName, size);
        return refused(messages.text("upload.limit.file", fileName, UploadLimits.size(limits.peopleFile())));
    }

    private static Report refused(String message) {
        return new Report(0, 0, 0, List.of(new RowError(0, null, message)));
    }

    /** Writes every active employee of the subtree (or of one organization's subtree) with relatives. */
    @Transactional
    public void exportXlsx(CurrentUser user, Long organizationId, OutputStream out) {
        People.requireRegistryReader(user);
        String path = organizationId == null
                ? organizations.scopePath(user)
                : organizations.get(user, organizationId).path();
        List<Employee> found = employees.allWithin(path);
        Map<Long, List<Relative>> relatives =
                employees.relativesWithin(path).stream().collect(Collectors.groupingBy(Relative::employeeId));
        List<ImportedEmployee> rows = new ArrayList<>(found.size());
        Map<Long, String> names = new HashMap<>();
        for (Employee e : found) {
            names.put(e.organizationId(), e.organizationName());
            rows.add(new ImportedEmployee(
                    ExchangeRows.of(e),
                    relatives.getOrDefault(e.id(), List.of()).stream()
                            .map(ExchangeRows::of)
                            .toList()));
        }
        try {
            PeopleFile.writeXlsx(rows, names, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accessLog.recordEach(
                AccessAction.EXPORT,
                People.EMPLOYEE,
                found.stream()
                        .map(e -> new AccessLog.Subject(e.id(), e.organizationId()))
                        .toList(),
                "xlsx export");
    }

    private List<RowError> outOfScope(CurrentUser user, List<ImportedEmployee> people) {
        String scope = organizations.scopePath(user);
        Set<Long> wanted =
                people.stream().map(p -> p.employee().organizationId()).collect(Collectors.toSet());
        Map<Long, String> paths = organizationStore.activePaths(wanted);
        List<RowError> errors = new ArrayList<>();
        for (ImportedEmployee p : people) {
            String path = paths.get(p.employee().organizationId());
            if (path == null || !path.startsWith(scope)) {
                errors.add(RowError.of(
                        p.employee().line(),
                        "Код организации",
                        "организация с кодом " + p.employee().organizationId()
                                + " не найдена среди организаций, доступных вам"));
            }
        }
        return errors;
    }

    /**
     * Finds the registry employee each row updates: by «Код сотрудника» (written by exports) when
     * given, else by INN or SNILS among active employees. Fills {@code existing} (line → id) and
     * {@code organizationsBefore} (id → his organization before the import), and returns the rows that cannot be matched consistently.
     */
    private List<RowError> matchExisting(
            CurrentUser user,
            List<ImportedEmployee> people,
            Map<Integer, Long> existing,
            Map<Long, Long> organizationsBefore,
            java.util.Set<Long> listedBefore) {
        String scope = organizations.scopePath(user);
        Map<Long, String> pathById = new HashMap<>();
        Map<String, Long> byInn = new HashMap<>();
        Map<String, Long> bySnils = new HashMap<>();
        Long[] ids = people.stream()
                .map(p -> p.employee().employeeId())
                .filter(v -> v != null)
                .toArray(Long[]::new);
        String[] inns = people.stream()
                .map(p -> p.employee().inn())
                .filter(v -> v != null)
                .toArray(String[]::new);
        String[] snilses = people.stream()
                .map(p -> p.employee().snils())
                .filter(v -> v != null)
                .toArray(String[]::new);
        for (EmployeeStore.Holder holder : employees.holders(ids, inns, snilses)) {
            pathById.put(holder.id(), holder.organizationPath());
            organizationsBefore.put(holder.id(), holder.organizationId());
            if (holder.declarationRequired()) {
                listedBefore.add(holder.id());
            }
            if (holder.active() && holder.inn() != null) {
                byInn.put(holder.inn(), holder.id());
            }
            if (holder.active() && holder.snils() != null) {
                bySnils.put(holder.snils(), holder.id());
            }
        }
        List<RowError> errors = new ArrayList<>();
        java.util.Set<Long> matched = new java.util.HashSet<>();
        for (ImportedEmployee p : people) {
            PersonRow row = p.employee();
            Long byId = row.employeeId();
            Long innHolder = row.inn() == null ? null : byInn.get(row.inn());
            Long snilsHolder = row.snils() == null ? null : bySnils.get(row.snils());
            if (byId != null
                    && (!pathById.containsKey(byId) || !pathById.get(byId).startsWith(scope))) {
                errors.add(RowError.of(
                        row.line(), "Код сотрудника", "сотрудник с кодом " + byId + " не найден среди доступных вам"));
                continue;
            }
            Long id = byId != null ? byId : innHolder != null ? innHolder : snilsHolder;
            if ((innHolder != null && !innHolder.equals(id)) || (snilsHolder != null && !snilsHolder.equals(id))) {
                errors.add(RowError.of(
                        row.line(),
                        innHolder != null && !innHolder.equals(id) ? "ИНН" : "СНИЛС",
                        "этот номер уже принадлежит другому сотруднику реестра"));
                continue;
            }
            if (id != null) {
                if (!matched.add(id)) {
                    errors.add(RowError.of(row.line(), "Код сотрудника", "сотрудник указан в файле дважды"));
                    continue;
                }
                existing.put(row.line(), id);
            }
        }
        return errors;
    }
}
