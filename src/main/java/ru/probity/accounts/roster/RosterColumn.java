package ru.probity.accounts.roster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of the accounts file (their titles are the format: docs/formats/accounts-import.md). */
public enum RosterColumn {
    LOGIN("Логин"),
    EMPLOYEE_ID("Код сотрудника"),
    SNILS("СНИЛС"),
    EMAIL("Email"),
    TECHNICAL("Техническая"),
    NAME("Наименование"),
    ORGANIZATION_ID("Код организации"),
    ORGANIZATION_INN("ИНН организации"),
    ROLE("Роль");

    private static final Map<String, RosterColumn> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toMap(c -> key(c.title), Function.identity()));

    private final String title;

    RosterColumn(String title) {
        this.title = title;
    }

    /** The title as the format names it (and the error messages quote it). */
    public String title() {
        return title;
    }

    /** The column a header cell names: case, ё/е, spaces, «e-mail» and a trailing «*» do not matter. */
    static Optional<RosterColumn> byTitle(String header) {
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
        return k.replace("e-mail", "email").replace("электронная почта", "email");
    }
}
