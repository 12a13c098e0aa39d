package ru.probity.org;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.org.exchange.PersonRow;

/**
 * Employees and relatives of an imported file, written in JDBC batches: the ids of new employees
 * are reserved up front so that their relatives can refer to them.
 */
@Repository
class PeopleImportStore {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PeopleImportStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Takes {@code count} values from the identity sequence of {@code table}, in the order given. */
    static List<Long> reserveIds(JdbcClient jdbc, String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params(table, count)
                .query(Long.class)
                .list();
    }

    List<Long> reserveEmployeeIds(int count) {
        return reserveIds(jdbc, "employee", count);
    }

    /** Inserts the rows as new employees with the reserved ids (line → id). */
    void insertEmployees(List<PersonRow> rows, Map<Integer, Long> ids, String actor) {
        template.batchUpdate(
                "insert into employee (" + EmployeeStore.EMPLOYEE_COLUMNS + ", created_by, updated_by, id)"
                        + " overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                BATCH,
                (ps, row) -> {
                    int next = bindEmployee(ps, row);
                    ps.setString(next++, actor);
                    ps.setString(next++, actor);
                    ps.setLong(next, ids.get(row.line()));
                });
        posts(rows, ids);
    }

    /** The history of posts of the written cards follows them, a change taking effect today. */
    private void posts(List<PersonRow> rows, Map<Integer, Long> ids) {
        PostPeriodStore.record(jdbc, rows.stream().map(r -> ids.get(r.line())).toList(), java.time.LocalDate.now());
    }

    /**
     * Updates the employees the rows were matched to (line → id). An empty «Категория» keeps the
     * category the card has: a file made before the column existed does not erase it.
     */
    void updateEmployees(List<PersonRow> rows, Map<Integer, Long> ids, String actor) {
        template.batchUpdate("""
                update employee set organization_id = ?, last_name = ?, first_name = ?, middle_name = ?, birth_date = ?,
                  inn = ?, snils = ?, phone = ?, email = ?, address = ?, post = ?, appointed_on = ?, dismissed_on = ?,
                  declaration_required = ?, head_of_customer = ?, contract_service_head = ?, contract_manager = ?,
                  procurement_commission_member = ?, category = coalesce(?, category), updated_by = ?, updated_at = now()
                where id = ?""", rows, BATCH, (ps, row) -> {
            int next = bindEmployee(ps, row);
            ps.setString(next++, actor);
            ps.setLong(next, ids.get(row.line()));
        });
        posts(rows, ids);
    }

    /** The relatives already recorded for the employees. */
    List<Relative> relativesOf(Collection<Long> employeeIds) {
        return jdbc.sql("select * from relative where employee_id = any(?)")
                .param(employeeIds.toArray(Long[]::new))
                .query(EmployeeStore::mapRelative)
                .list();
    }

    /** A relative's row of the file for an employee. */
    record NewRelative(long employeeId, PersonRow row) {}

    /** A relative's row of the file for a relative already recorded. */
    record ChangedRelative(long relativeId, PersonRow row) {}

    void insertRelatives(List<NewRelative> relatives, String actor) {
        template.batchUpdate(
                """
                insert into relative (relation, last_name, first_name, middle_name, birth_date, inn, snils, phone, address,
                  workplace, employee_id, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                relatives.stream()
                        .map(r -> append(relativeValues(r.row()), r.employeeId(), actor, actor))
                        .toList());
    }

    void updateRelatives(List<ChangedRelative> relatives, String actor) {
        template.batchUpdate(
                """
                update relative set relation = ?, last_name = ?, first_name = ?, middle_name = ?, birth_date = ?, inn = ?,
                  snils = ?, phone = ?, address = ?, workplace = ?, updated_by = ?, updated_at = now()
                where id = ?""",
                relatives.stream()
                        .map(r -> append(relativeValues(r.row()), actor, r.relativeId()))
                        .toList());
    }

    private static int bindEmployee(PreparedStatement ps, PersonRow row) throws SQLException {
        Object[] values = EmployeeStore.columnValues(ExchangeRows.employeeForm(row));
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
            EmployeeStore.date(row.birthDate()),
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
