package ru.probity.org;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A whole registry written at once (the demo region): organizations, employees and relatives with
 * ids taken from the tables' identity sequences beforehand, in JDBC batches of multi-row inserts
 * ({@value #ROWS_PER_STATEMENT} rows each) — a few round trips instead of one per row, whatever the
 * driver's batch settings.
 */
@Repository
class RegistryLoadStore {

    private static final int ROWS_PER_STATEMENT = 200;
    private static final int BIGINT = Types.BIGINT;
    private static final int TEXT = Types.VARCHAR;
    private static final int DATE = Types.DATE;
    private static final int BOOLEAN = Types.BOOLEAN;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RegistryLoadStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Takes {@code count} values from the identity sequence of {@code table}, in ascending order. */
    long[] reserveIds(String table, int count) {
        List<Long> values = new ArrayList<>(PeopleImportStore.reserveIds(jdbc, table, count));
        values.sort(null);
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** An organization with its reserved id, its parent's id and its path. */
    record OrganizationRow(long id, Long parentId, String path, RegistryLoad.NewOrganization organization) {}

    void insertOrganizations(List<OrganizationRow> rows, String author) {
        insert(
                "organization",
                "id, parent_id, path, kind, name, short_name, inn, kpp, ogrn, address, phone, email, created_by, updated_by",
                new int[] {BIGINT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT},
                rows,
                r -> {
                    RegistryLoad.NewOrganization o = r.organization();
                    return new Object[] {
                        r.id(),
                        r.parentId(),
                        r.path(),
                        o.kind().name(),
                        o.name(),
                        o.shortName(),
                        o.inn(),
                        o.kpp(),
                        o.ogrn(),
                        o.address(),
                        o.phone(),
                        o.email(),
                        author,
                        author
                    };
                });
    }

    /** An employee with his reserved id. */
    record EmployeeRow(long id, RegistryLoad.NewEmployee employee) {}

    void insertEmployees(List<EmployeeRow> rows, String author) {
        insert(
                "employee",
                "id, " + EmployeeStore.EMPLOYEE_COLUMNS + ", active, created_by, updated_by",
                new int[] {
                    BIGINT, BIGINT, TEXT, TEXT, TEXT, DATE, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, DATE, DATE, BOOLEAN,
                    BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN, TEXT, BOOLEAN, TEXT, TEXT
                },
                rows,
                r -> {
                    Object[] columns = EmployeeStore.columnValues(r.employee().employee());
                    Object[] values = new Object[columns.length + 4];
                    values[0] = r.id();
                    System.arraycopy(columns, 0, values, 1, columns.length);
                    values[columns.length + 1] = r.employee().active();
                    values[columns.length + 2] = author;
                    values[columns.length + 3] = author;
                    return values;
                });
        // the loaded registry's history of posts: a period from each card's appointment date
        PostPeriodStore.record(jdbc, rows.stream().map(EmployeeRow::id).toList(), java.time.LocalDate.now());
    }

    void insertRelatives(List<RegistryLoad.NewRelative> relatives, String author) {
        insert(
                "relative",
                "employee_id, relation, last_name, first_name, middle_name, birth_date, inn, snils, phone, address,"
                        + " workplace, created_by, updated_by",
                new int[] {BIGINT, TEXT, TEXT, TEXT, TEXT, DATE, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT},
                relatives,
                r -> {
                    RelativeForm f = r.relative();
                    return new Object[] {
                        r.employeeId(),
                        f.relation().name(),
                        f.lastName(),
                        f.firstName(),
                        f.middleName(),
                        EmployeeStore.date(f.birthDate()),
                        f.inn(),
                        f.snils(),
                        f.phone(),
                        f.address(),
                        f.workplace(),
                        author,
                        author
                    };
                });
    }

    private <T> void insert(String table, String columns, int[] types, List<T> rows, Function<T, Object[]> values) {
        String tuple = "(" + String.join(", ", Collections.nCopies(types.length, "?")) + ")";
        String head = "insert into " + table + " (" + columns + ")"
                + (columns.startsWith("id,") ? " overriding system value" : "") + " values ";
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
        ParameterizedPreparedStatementSetter<List<T>> setter = (ps, chunk) -> {
            int index = 1;
            for (T row : chunk) {
                Object[] v = values.apply(row);
                for (int c = 0; c < v.length; c++, index++) {
                    if (v[c] == null) {
                        ps.setNull(index, types[c]);
                    } else {
                        ps.setObject(index, v[c], types[c]);
                    }
                }
            }
        };
        List<List<T>> full =
                chunks.stream().filter(c -> c.size() == ROWS_PER_STATEMENT).toList();
        if (!full.isEmpty()) {
            String sql = head + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, tuple));
            template.batchUpdate(sql, full, full.size(), setter);
        }
        List<T> rest = chunks.isEmpty() ? List.of() : chunks.getLast();
        if (!rest.isEmpty() && rest.size() < ROWS_PER_STATEMENT) {
            String sql = head + String.join(", ", Collections.nCopies(rest.size(), tuple));
            template.batchUpdate(sql, List.of(rest), 1, setter);
        }
    }
}
