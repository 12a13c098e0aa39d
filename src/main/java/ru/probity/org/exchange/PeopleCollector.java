package ru.probity.org.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Receives the rows of a table in order — the header first — and groups them into employees with
 * their relatives. Every reader (XLSX, CSV) feeds one of these.
 *
 * <p>Duplicates: an INN or SNILS may appear once among employees, and once within an employee's
 * group (the employee and his relatives). The same relative under two employees (a mother of two
 * siblings who both work here) and an employee listed as another's relative (spouses who both work
 * here) are real situations and are accepted.
 */
final class PeopleCollector {

    private final RowParser parser;
    private final List<ImportedEmployee> employees = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Integer> employeeInns = new HashMap<>();
    private final Map<String, Integer> employeeSnils = new HashMap<>();

    private Header header;
    private boolean headerFailed;
    private int dataRows;

    private boolean seenEmployee;
    private PersonRow employee;
    private List<PersonRow> relatives = new ArrayList<>();
    private final Map<String, Integer> groupInns = new HashMap<>();
    private final Map<String, Integer> groupSnils = new HashMap<>();

    private final int maxRows;

    PeopleCollector(LocalDate today, int maxRows) {
        this.parser = new RowParser(today);
        this.maxRows = maxRows;
    }

    /** One row of the table; {@code line} is 1-based. */
    void row(int line, List<Object> cells) {
        if (headerFailed || cells.stream().allMatch(Cells::isBlank)) {
            return;
        }
        if (header == null) {
            header = Header.resolve(line, cells, errors);
            headerFailed = header == null;
            return;
        }
        if (++dataRows > maxRows) {
            // a file of millions of rows would fill the memory before it could be refused
            throw new ru.probity.platform.UploadRefused(
                    "upload.limit.tableRows", List.of(maxRows), "people file with more than " + maxRows + " rows");
        }
        var parsed = parser.parse(line, header.values(cells), errors);
        if (parsed.relative()) {
            relative(line, parsed);
        } else {
            finishEmployee();
            seenEmployee = true;
            employee = parsed.row();
            if (employee != null) {
                int before = errors.size();
                checkUnique(employee, Column.INN, employee.inn(), employeeInns);
                checkUnique(employee, Column.SNILS, employee.snils(), employeeSnils);
                remember(employee);
                if (errors.size() > before) {
                    employee = null;
                }
            }
        }
    }

    ParseResult result() {
        finishEmployee();
        if (header == null && !headerFailed) {
            errors.add(RowError.ofFile("Файл пуст: нет строки заголовков"));
        } else if (header != null && dataRows == 0) {
            errors.add(RowError.ofFile("В файле нет ни одной строки с данными"));
        }
        return new ParseResult(employees, errors);
    }

    private void relative(int line, RowParser.Parsed parsed) {
        if (!seenEmployee) {
            errors.add(
                    RowError.ofLine(
                            line,
                            "родственник указан до первого сотрудника: строка родственника должна идти после строки сотрудника"));
            return;
        }
        if (employee != null
                && parsed.organizationId() != null
                && !Objects.equals(parsed.organizationId(), employee.organizationId())) {
            errors.add(RowError.of(
                    line,
                    Column.ORGANIZATION_ID.title,
                    "у родственника код организации не указывается (или совпадает с кодом сотрудника в строке "
                            + employee.line() + ")"));
            return;
        }
        PersonRow row = parsed.row();
        if (row == null) {
            return;
        }
        int before = errors.size();
        checkUnique(row, Column.INN, row.inn(), groupInns);
        checkUnique(row, Column.SNILS, row.snils(), groupSnils);
        if (errors.size() == before) {
            remember(row);
            relatives.add(row);
        }
    }

    private void remember(PersonRow row) {
        if (row.inn() != null) {
            groupInns.putIfAbsent(row.inn(), row.line());
        }
        if (row.snils() != null) {
            groupSnils.putIfAbsent(row.snils(), row.line());
        }
    }

    private void checkUnique(PersonRow row, Column column, String value, Map<String, Integer> seen) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value, row.line());
        if (first != null) {
            errors.add(RowError.of(
                    row.line(), column.title, column.title + " " + value + " уже указан в строке " + first));
        }
    }

    private void finishEmployee() {
        if (employee != null) {
            employees.add(new ImportedEmployee(employee, relatives));
        }
        employee = null;
        relatives = new ArrayList<>();
        groupInns.clear();
        groupSnils.clear();
    }
}
