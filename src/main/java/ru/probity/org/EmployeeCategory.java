package ru.probity.org;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The category of an employee (DOMAIN.md «Who is who»): the rules differ by it — which law governs
 * his service, which penalties exist, and since 1 January 2026 whether he files declarations every
 * year or on events only. Labels for pages are in messages.properties ({@code person.category.*});
 * the label here is the one the people file writes and reads.
 */
public enum EmployeeCategory {
    /** A municipal servant (25-ФЗ and the regional law). */
    MUNICIPAL_SERVANT("Муниципальный служащий", "муниципальная служба"),
    /** A person holding a municipal post: head of a municipality, deputy (273-ФЗ ст.12.1). */
    MUNICIPAL_POST("Муниципальная должность", "лицо, замещающее муниципальную должность"),
    /** The head of a municipal institution or enterprise (273-ФЗ ст.13.3; he alone declares). */
    INSTITUTION_HEAD("Руководитель муниципального учреждения", "руководитель учреждения"),
    /** A state civil servant of the region (79-ФЗ). */
    REGIONAL_CIVIL_SERVANT("Государственный гражданский служащий", "гражданский служащий", "госслужащий"),
    /** A person holding a state post of the region. */
    REGIONAL_POST("Государственная должность субъекта", "государственная должность"),
    /** Anybody else: an employee of an institution, technical staff. */
    OTHER("Иной работник", "иное", "другое");

    private static final Map<String, EmployeeCategory> BY_NAME = new HashMap<>();

    static {
        for (EmployeeCategory category : values()) {
            BY_NAME.put(key(category.name()), category);
            BY_NAME.put(key(category.label), category);
            for (String synonym : category.synonyms) {
                BY_NAME.put(key(synonym), category);
            }
        }
    }

    private final String label;
    private final String[] synonyms;

    EmployeeCategory(String label, String... synonyms) {
        this.label = label;
        this.synonyms = synonyms;
    }

    /** The name the people file uses, e.g. «Муниципальный служащий». */
    public String label() {
        return label;
    }

    /** The category a label, a synonym or the constant's name names; case, ё/е and spaces do not matter. */
    public static Optional<EmployeeCategory> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(text)));
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replace('_', ' ')
                .replaceAll("[\\s\\u00A0]+", " ")
                .trim();
    }
}
