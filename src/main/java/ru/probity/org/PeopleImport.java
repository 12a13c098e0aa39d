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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.exchange.ImportedEmployee;
import ru.probity.org.exchange.PeopleFile;
import ru.probity.org.exchange.PersonRow;
import ru.probity.org.exchange.RowError;

/**
 * Import of employees and relatives from XLSX or CSV — all or nothing: a file with any bad row
 * changes nothing and every bad row is reported — and export of a subtree to XLSX.
 *
 * <p>An employee row whose INN or SNILS matches an active employee updates that employee; other
 * rows add employees. A relative is matched to the employee's existing relatives by kind, name and
 * birth date and updated, or added. Nothing is deleted by an import.
 */
@Service
public class PeopleImport {

    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AccessLog accessLog;

    PeopleImport(Organizations organizations, JdbcClient jdbc, JdbcTemplate template, AccessLog accessLog) {
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.template = template;
        this.accessLog = accessLog;
    }

    /** The outcome of an import: what was written, or why nothing was. */
    public record Report(int added, int updated, int relatives, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    @Transactional
    public Report importFile(CurrentUser user, String fileName, InputStream content) {
        Organizations.requireManager(user);
        var parsed = PeopleFile.read(fileName, content);
        if (!parsed.ok()) {
            return new Report(0, 0, 0, parsed.errors());
        }
        List<ImportedEmployee> people = parsed.employees();
        List<RowError> errors = new ArrayList<>(outOfScope(user, people));
        if (!errors.isEmpty()) {
            return new Report(0, 0, 0, errors);
        }
        Matches matches = matches(people);
        Map<Integer, Long> existing = new LinkedHashMap<>();
        for (ImportedEmployee p : people) {
            PersonRow row = p.employee();
            if (matches.conflicting(row)) {
                errors.add(RowError.of(row.line(), "СНИЛС", "ИНН и СНИЛС принадлежат разным сотрудникам, уже внесённым в реестр"));
            }
            Long id = matches.of(row);
            if (id != null) {
                existing.put(row.line(), id);
            }
        }
        if (!errors.isEmpty()) {
            return new Report(0, 0, 0, errors);
        }
        var writer = new PeopleWriter(jdbc, template, user.username());
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
        int updated = existing.size();
        return new Report(people.size() - updated, updated, relatives, List.of());
    }

    /** Writes every active employee of the subtree (or of one organization's subtree) with relatives. */
    @Transactional(readOnly = true)
    public void exportXlsx(CurrentUser user, Long organizationId, OutputStream out) {
        People.requireRegistryReader(user);
        String path = organizationId == null
                ? organizations.scopePath(user)
                : organizations.get(user, organizationId).path();
        var repository = new EmployeeRepository(jdbc);
        List<Employee> employees = repository.allWithin(path);
        Map<Long, List<Relative>> relatives =
                repository.relativesWithin(path).stream().collect(Collectors.groupingBy(Relative::employeeId));
        List<ImportedEmployee> rows = new ArrayList<>(employees.size());
        Map<Long, String> names = new HashMap<>();
        for (Employee e : employees) {
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
                employees.stream()
                        .map(e -> new AccessLog.Subject(e.id(), e.organizationId()))
                        .toList(),
                "xlsx export");
    }

    private List<RowError> outOfScope(CurrentUser user, List<ImportedEmployee> people) {
        String scope = organizations.scopePath(user);
        Set<Long> wanted =
                people.stream().map(p -> p.employee().organizationId()).collect(Collectors.toSet());
        Map<Long, String> paths = new HashMap<>();
        jdbc.sql("select id, path from organization where id = any(?) and active")
                .param(wanted.toArray(Long[]::new))
                .query((rs, n) -> paths.put(rs.getLong("id"), rs.getString("path")))
                .list();
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

    /** Active employees already in the registry with the INNs and SNILSes of the file. */
    private record Matches(Map<String, Long> byInn, Map<String, Long> bySnils) {

        Long of(PersonRow row) {
            Long id = row.inn() != null ? byInn.get(row.inn()) : null;
            return id != null || row.snils() == null ? id : bySnils.get(row.snils());
        }

        /** The row's INN and SNILS belong to two different people of the registry. */
        boolean conflicting(PersonRow row) {
            Long a = row.inn() == null ? null : byInn.get(row.inn());
            Long b = row.snils() == null ? null : bySnils.get(row.snils());
            return a != null && b != null && !a.equals(b);
        }
    }

    private Matches matches(List<ImportedEmployee> people) {
        Map<String, Long> byInn = new HashMap<>();
        Map<String, Long> bySnils = new HashMap<>();
        String[] inns = people.stream()
                .map(p -> p.employee().inn())
                .filter(v -> v != null)
                .toArray(String[]::new);
        String[] snilses = people.stream()
                .map(p -> p.employee().snils())
                .filter(v -> v != null)
                .toArray(String[]::new);
        jdbc.sql("select id, inn, snils from employee where active and (inn = any(?) or snils = any(?))")
                .params(inns, snilses)
                .query((rs, n) -> {
                    if (rs.getString("inn") != null) {
                        byInn.put(rs.getString("inn"), rs.getLong("id"));
                    }
                    if (rs.getString("snils") != null) {
                        bySnils.put(rs.getString("snils"), rs.getLong("id"));
                    }
                    return n;
                })
                .list();
        return new Matches(byInn, bySnils);
    }
}
