package ru.probity.org;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.probity.org.exchange.ImportedEmployee;
import ru.probity.org.exchange.PersonRow;

/** Writes an imported file in batches: ids are reserved up front so relatives can refer to them. */
final class PeopleWriter {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final String actor;

    PeopleWriter(JdbcClient jdbc, JdbcTemplate template, String actor) {
        this.jdbc = jdbc;
        this.template = template;
        this.actor = actor;
    }

    /** Inserts new employees and updates matched ones; returns line → employee id. */
    Map<Integer, Long> writeEmployees(List<ImportedEmployee> people, Map<Integer, Long> existing) {
        List<PersonRow> added = new ArrayList<>();
        List<PersonRow> changed = new ArrayList<>();
        for (ImportedEmployee p : people) {
            (existing.containsKey(p.employee().line()) ? changed : added).add(p.employee());
        }
        Map<Integer, Long> ids = new HashMap<>(existing);
        List<Long> newIds = reserve("employee", added.size());
        for (int i = 0; i < added.size(); i++) {
            ids.put(added.get(i).line(), newIds.get(i));
        }
        template.batchUpdate(
                "insert into employee (" + EmployeeRepository.EMPLOYEE_COLUMNS + ", created_by, updated_by, id)"
                        + " overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                added,
                BATCH,
                (ps, row) -> {
                    int next = bindEmployee(ps, row);
                    ps.setString(next++, actor);
                    ps.setString(next++, actor);
                    ps.setLong(next, ids.get(row.line()));
                });
        template.batchUpdate("""
                update employee set organization_id = ?, last_name = ?, first_name = ?, middle_name = ?, birth_date = ?,
                  inn = ?, snils = ?, phone = ?, email = ?, address = ?, post = ?, appointed_on = ?, dismissed_on = ?,
                  declaration_required = ?, head_of_customer = ?, contract_service_head = ?, contract_manager = ?,
                  procurement_commission_member = ?, updated_by = ?, updated_at = now()
                where id = ?""", changed, BATCH, (ps, row) -> {
            int next = bindEmployee(ps, row);
            ps.setString(next++, actor);
            ps.setLong(next, ids.get(row.line()));
        });
        return ids;
    }

    /** Adds relatives, or updates those already recorded with the same kind, name and birth date. */
    int writeRelatives(List<ImportedEmployee> people, Map<Integer, Long> ids) {
        Map<Long, List<Relative>> known = new HashMap<>();
        Long[] employeeIds = ids.values().toArray(Long[]::new);
        jdbc.sql("select * from relative where employee_id = any(?)")
                .param(employeeIds)
                .query(EmployeeRepository::mapRelative)
                .list()
                .forEach(r -> known.computeIfAbsent(r.employeeId(), k -> new ArrayList<>())
                        .add(r));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (ImportedEmployee p : people) {
            long employeeId = ids.get(p.employee().line());
            for (PersonRow row : p.relatives()) {
                Relative same = known.getOrDefault(employeeId, List.of()).stream()
                        .filter(r -> r.relation() == row.relation()
                                && r.lastName().equalsIgnoreCase(row.lastName())
                                && r.firstName().equalsIgnoreCase(row.firstName())
                                && Objects.equals(r.birthDate(), row.birthDate()))
                        .findFirst()
                        .orElse(null);
                Object[] values = relativeValues(row);
                if (same == null) {
                    inserts.add(append(values, employeeId, actor, actor));
                } else {
                    updates.add(append(values, actor, same.id()));
                }
            }
        }
        template.batchUpdate("""
                insert into relative (relation, last_name, first_name, middle_name, birth_date, inn, snils, phone, address,
                  workplace, employee_id, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        template.batchUpdate("""
                update relative set relation = ?, last_name = ?, first_name = ?, middle_name = ?, birth_date = ?, inn = ?,
                  snils = ?, phone = ?, address = ?, workplace = ?, updated_by = ?, updated_at = now()
                where id = ?""", updates);
        return inserts.size() + updates.size();
    }

    private List<Long> reserve(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params(table, count)
                .query(Long.class)
                .list();
    }

    private static int bindEmployee(PreparedStatement ps, PersonRow row) throws SQLException {
        Object[] values = EmployeeRepository.columnValues(ExchangeRows.employeeForm(row));
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        return values.length + 1;
    }

    private static Object[] relativeValues(PersonRow row) {
        return new Object[] {
            row.relation().name(),
            row.lastName(),
            row.firstName(),
            row.middleName(),
            EmployeeRepository.date(row.birthDate()),
            row.inn(),
            row.snils(),
            row.phone(),
            row.address(),
            row.workplace()
        };
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] out = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, out, values.length, more.length);
        return out;
    }
}
