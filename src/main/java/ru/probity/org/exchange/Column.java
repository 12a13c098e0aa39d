package ru.probity.org.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of the people file, in the order the export writes them. */
enum Column {
    EMPLOYEE_ID("Код сотрудника", Scope.EMPLOYEE, 10),
    ORGANIZATION_ID("Код организации", Scope.EMPLOYEE, 12),
    ORGANIZATION_NAME("Организация", Scope.INFO, 36),
    LAST_NAME("Фамилия", Scope.ANY, 18),
    FIRST_NAME("Имя", Scope.ANY, 14),
    MIDDLE_NAME("Отчество", Scope.ANY, 18),
    BIRTH_DATE("Дата рождения", Scope.ANY, 13),
    INN("ИНН", Scope.ANY, 14),
    SNILS("СНИЛС", Scope.ANY, 15),
    PHONE("Телефон", Scope.ANY, 17),
    EMAIL("Электронная почта", Scope.ANY, 24),
    ADDRESS("Адрес", Scope.ANY, 40),
    POST("Должность", Scope.EMPLOYEE, 32),
    APPOINTED_ON("Дата назначения", Scope.EMPLOYEE, 13),
    DISMISSED_ON("Дата увольнения", Scope.EMPLOYEE, 13),
    DECLARATION_REQUIRED("Должность в перечне", Scope.EMPLOYEE, 11),
    HEAD_OF_CUSTOMER("Руководитель заказчика", Scope.EMPLOYEE, 13),
    CONTRACT_SERVICE_HEAD("Руководитель контрактной службы", Scope.EMPLOYEE, 13),
    CONTRACT_MANAGER("Контрактный управляющий", Scope.EMPLOYEE, 13),
    PROCUREMENT_COMMISSION_MEMBER("Член комиссии по закупкам", Scope.EMPLOYEE, 13),
    RELATION("Родство", Scope.ANY, 18),
    WORKPLACE("Место работы", Scope.RELATIVE, 32),
    CATEGORY("Категория", Scope.EMPLOYEE, 30);

    /** Which rows may fill a column; INFO columns are written for people and ignored on reading. */
    enum Scope {
        ANY,
        EMPLOYEE,
        RELATIVE,
        INFO
    }

    private static final Map<String, Column> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toMap(c -> key(c.title), Function.identity()));

    final String title;
    final Scope scope;
    /** Export width in characters. */
    final int width;

    Column(String title, Scope scope, int width) {
        this.title = title;
        this.scope = scope;
        this.width = width;
    }

    boolean required() {
        return this == LAST_NAME || this == FIRST_NAME || this == ORGANIZATION_ID || this == POST;
    }

    /** The column a header cell names: case, ё/е, extra spaces and a trailing «*» do not matter. */
    static Optional<Column> byTitle(String header) {
        return Optional.ofNullable(BY_KEY.get(key(header)));
    }

    static String key(String header) {
        String k = header.replace('\uFEFF', ' ')
                .replace('\u00A0', ' ')
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s+", " ")
                .trim();
        while (k.endsWith("*")) {
            k = k.substring(0, k.length() - 1).trim();
        }
        k = k.replace("e-mail", "email");
        // files made before the column was named in Russian, and the usual short forms, still read
        return switch (k) {
            case "email", "эл. почта", "эл.почта", "электронная почта" -> "электронная почта";
            default -> k;
        };
    }
}
