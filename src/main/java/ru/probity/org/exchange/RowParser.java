package ru.probity.org.exchange;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import ru.probity.identifiers.Identifiers;
import ru.probity.org.EmployeeCategory;
import ru.probity.org.RelationKind;

/** Checks one data row and turns it into a {@link PersonRow}, collecting every problem found. */
final class RowParser {

    /**
     * A data row after checking.
     *
     * @param relative the row has «Родство» filled (even with an unknown kind)
     * @param row the person, or null when the row has errors
     * @param organizationId «Код организации» as given on the row (relatives may repeat their
     *     employee's)
     */
    record Parsed(boolean relative, PersonRow row, Long organizationId) {}

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern POSITIVE = Pattern.compile("0*[1-9]\\d{0,17}");

    private static final String CATEGORIES = java.util.Arrays.stream(EmployeeCategory.values())
            .map(c -> "«" + c.label() + "»")
            .collect(java.util.stream.Collectors.joining(", "));

    private final LocalDate today;

    RowParser(LocalDate today) {
        this.today = today;
    }

    Parsed parse(int line, Map<Column, Object> values, List<RowError> errors) {
        var check = new Check(line, values, errors);
        String relationText = Cells.text(values.get(Column.RELATION));
        boolean relative = relationText != null;
        RelationKind relation = null;
        if (relative) {
            relation = RelationKind.parse(relationText).orElse(null);
            if (relation == null) {
                check.fail(Column.RELATION, "неизвестная степень родства «" + relationText + "»");
            }
        }
        for (Column column : values.keySet()) {
            checkScope(check, column, relative);
        }

        Long organizationId = check.positive(Column.ORGANIZATION_ID, "код организации");
        Long employeeId = check.positive(Column.EMPLOYEE_ID, "код сотрудника");
        String lastName = check.name(Column.LAST_NAME, true);
        String firstName = check.name(Column.FIRST_NAME, true);
        String middleName = check.name(Column.MIDDLE_NAME, false);
        LocalDate birthDate = check.date(Column.BIRTH_DATE);
        if (birthDate != null && (birthDate.isAfter(today) || !birthDate.isAfter(EARLIEST))) {
            check.fail(Column.BIRTH_DATE, "дата рождения должна быть после 01.01.1900 и не позже сегодняшнего дня");
        }
        String inn = check.identifier(Column.INN, 12, Identifiers::checkPersonInn);
        String snils = check.identifier(Column.SNILS, 11, Identifiers::checkSnils);
        String email = Cells.text(values.get(Column.EMAIL));
        if (email != null && !EMAIL.matcher(email).matches()) {
            check.fail(Column.EMAIL, "неверный адрес электронной почты «" + email + "»");
        }
        String post = Cells.text(values.get(Column.POST));
        if (!relative && organizationId == null && !check.failed(Column.ORGANIZATION_ID)) {
            check.fail(Column.ORGANIZATION_ID, "не указан код организации сотрудника");
        }
        if (!relative && post == null) {
            check.fail(Column.POST, "не указана должность сотрудника");
        }
        LocalDate appointedOn = check.date(Column.APPOINTED_ON);
        LocalDate dismissedOn = check.date(Column.DISMISSED_ON);
        if (appointedOn != null && birthDate != null && !appointedOn.isAfter(birthDate)) {
            check.fail(Column.APPOINTED_ON, "дата назначения раньше даты рождения");
        }
        if (appointedOn != null && appointedOn.isBefore(EARLIEST)) {
            check.fail(Column.APPOINTED_ON, "дата назначения раньше 1900 года");
        }
        if (dismissedOn != null && appointedOn != null && dismissedOn.isBefore(appointedOn)) {
            check.fail(Column.DISMISSED_ON, "дата увольнения раньше даты назначения");
        }
        boolean declarationRequired = check.flag(Column.DECLARATION_REQUIRED);
        boolean headOfCustomer = check.flag(Column.HEAD_OF_CUSTOMER);
        boolean contractServiceHead = check.flag(Column.CONTRACT_SERVICE_HEAD);
        boolean contractManager = check.flag(Column.CONTRACT_MANAGER);
        boolean commissionMember = check.flag(Column.PROCUREMENT_COMMISSION_MEMBER);
        String categoryText = Cells.text(values.get(Column.CATEGORY));
        EmployeeCategory category = null;
        if (categoryText != null) {
            category = EmployeeCategory.parse(categoryText).orElse(null);
            if (category == null) {
                check.fail(Column.CATEGORY, "неизвестная категория «" + categoryText + "»; допустимы: " + CATEGORIES);
            }
        }

        if (check.failures > 0) {
            return new Parsed(relative, null, organizationId);
        }
        var row = new PersonRow(
                line,
                relative ? null : organizationId,
                lastName,
                firstName,
                middleName,
                birthDate,
                inn,
                snils,
                Cells.text(values.get(Column.PHONE)),
                email,
                Cells.text(values.get(Column.ADDRESS)),
                post,
                appointedOn,
                dismissedOn,
                declarationRequired,
                headOfCustomer,
                contractServiceHead,
                contractManager,
                commissionMember,
                relation,
                Cells.text(values.get(Column.WORKPLACE)),
                relative ? null : employeeId,
                relative ? null : category);
        return new Parsed(relative, row, organizationId);
    }

    /** Employee-only columns must stay empty (or «нет») on relatives, and the other way round. */
    private static void checkScope(Check check, Column column, boolean relative) {
        Object value = check.values.get(column);
        if (Cells.isBlank(value) || column == Column.ORGANIZATION_ID) {
            return;
        }
        if (relative && column.scope == Column.Scope.EMPLOYEE) {
            boolean isFlag = column.ordinal() >= Column.DECLARATION_REQUIRED.ordinal()
                    && column.ordinal() <= Column.PROCUREMENT_COMMISSION_MEMBER.ordinal();
            try {
                if (isFlag && !Cells.flag(value)) {
                    return;
                }
            } catch (Cells.BadValue e) {
                return; // reported by the flag check
            }
            check.fail(column, "заполняется только для сотрудников, а в строке указан родственник");
        } else if (!relative && column.scope == Column.Scope.RELATIVE) {
            check.fail(column, "заполняется только для родственников (укажите «Родство»)");
        }
    }

    /** Reading of the fields of one row with the errors collected. */
    private static final class Check {
        final int line;
        final Map<Column, Object> values;
        final List<RowError> errors;
        int failures;
        private final EnumSet<Column> failed = EnumSet.noneOf(Column.class);

        Check(int line, Map<Column, Object> values, List<RowError> errors) {
            this.line = line;
            this.values = values;
            this.errors = errors;
        }

        void fail(Column column, String reason) {
            failures++;
            failed.add(column);
            errors.add(RowError.of(line, column.title, reason));
        }

        boolean failed(Column column) {
            return failed.contains(column);
        }

        String name(Column column, boolean required) {
            String name = Cells.name(values.get(column));
            if (name == null && required) {
                fail(column, "не заполнено обязательное поле");
            } else if (name != null && name.chars().anyMatch(Character::isDigit)) {
                fail(column, "в имени не может быть цифр: «" + name + "»");
            }
            return name;
        }

        LocalDate date(Column column) {
            try {
                return Cells.date(values.get(column));
            } catch (Cells.BadValue e) {
                fail(column, e.getMessage());
                return null;
            }
        }

        boolean flag(Column column) {
            try {
                return Cells.flag(values.get(column));
            } catch (Cells.BadValue e) {
                fail(column, e.getMessage());
                return false;
            }
        }

        String identifier(Column column, int length, Function<String, Optional<String>> validator) {
            String digits = Cells.identifier(values.get(column), length);
            if (digits != null) {
                validator.apply(digits).ifPresent(reason -> fail(column, reason));
            }
            return digits;
        }

        Long positive(Column column, String what) {
            String s = Cells.text(values.get(column));
            if (s == null) {
                return null;
            }
            if (!POSITIVE.matcher(s).matches()) {
                fail(column, what + " должен быть целым положительным числом, указано «" + s + "»");
                return null;
            }
            return Long.valueOf(s);
        }
    }
}
