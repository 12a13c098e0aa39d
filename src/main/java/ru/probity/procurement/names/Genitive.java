package ru.probity.procurement.names;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Russian full name in the genitive case, as documents need it after «в отношении», «от»,
 * «заявление»: Иванов Пётр Сергеевич → Иванова Петра Сергеевича, Иванова Анна Сергеевна → Ивановой
 * Анны Сергеевны, Толстой Лев Николаевич → Толстого Льва Николаевича, Шевчук Ольга Ивановна →
 * Шевчук Ольги Ивановны. The gender comes from the patronymic, else the first name, else the
 * surname. Words it does not know how to decline stay as they are (foreign and indeclinable names:
 * Шевченко, Черных, Дюма).
 */
final class Genitive {

    private static final Map<String, String> IRREGULAR_STEMS = new HashMap<>();

    static {
        for (String[] s : FirstNameList.IRREGULAR_STEMS) {
            IRREGULAR_STEMS.put(s[0], s[1]);
        }
        IRREGULAR_STEMS.putIfAbsent("пётр", "петр");
    }

    private static final Set<String> MALE = Set.copyOf(RussianNames.MALE_NAMES);
    private static final Set<String> FEMALE = Set.copyOf(RussianNames.FEMALE_NAMES);

    private Genitive() {}

    static String of(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return fullName;
        }
        String[] words = fullName.strip().split("\\s+");
        boolean female = female(words);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String w = words[i];
            out.append(
                    switch (i) {
                        case 0 -> hyphenated(w, female);
                        case 1 -> firstName(w, female);
                        case 2 -> patronymic(w, female);
                        default -> w;
                    });
        }
        return out.toString();
    }

    private static boolean female(String[] words) {
        if (words.length > 2) {
            String p = words[2];
            if (p.endsWith("вич") || p.endsWith("ич") || p.endsWith("оглы") || p.endsWith("улы")) {
                return false;
            }
            if (p.endsWith("вна") || p.endsWith("чна") || p.endsWith("шна") || p.endsWith("кызы")) {
                return true;
            }
        }
        if (words.length > 1) {
            if (FEMALE.contains(words[1])) {
                return true;
            }
            if (MALE.contains(words[1])) {
                return false;
            }
        }
        String s = words[0];
        return s.endsWith("ова") || s.endsWith("ева") || s.endsWith("ёва") || s.endsWith("ина") || s.endsWith("ая");
    }

    /** A double surname declines in each part: Салтыкова-Щедрина. */
    private static String hyphenated(String surname, boolean female) {
        if (!surname.contains("-")) {
            return surname(surname, female);
        }
        String[] parts = surname.split("-");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : "-").append(surname(parts[i], female));
        }
        return out.toString();
    }

    static String surname(String s, boolean female) {
        int n = s.length();
        if (n < 2) {
            return s;
        }
        if (female) {
            if (s.endsWith("ова") || s.endsWith("ева") || s.endsWith("ёва") || s.endsWith("ина") || s.endsWith("ына")) {
                return cut(s, 1) + "ой";
            }
            if (s.endsWith("ая")) {
                return cut(s, 2) + "ой";
            }
            if (s.endsWith("яя")) {
                return cut(s, 2) + "ей";
            }
            return noun(s, true);
        }
        if (s.endsWith("ов") || s.endsWith("ев") || s.endsWith("ёв") || s.endsWith("ин") || s.endsWith("ын")) {
            return s + "а";
        }
        if (s.endsWith("ский") || s.endsWith("цкий") || s.endsWith("ой") || s.endsWith("ый")) {
            return cut(s, 2) + "ого";
        }
        if (s.endsWith("ий")) {
            // Долгорукий → Долгорукого, Синий → Синего
            char before = s.charAt(n - 3);
            return cut(s, 2) + (Grammar.isVelarOrHushing(before) ? "ого" : "его");
        }
        return noun(s, false);
    }

    /** A surname declined as a noun: Глинка → Глинки, Гоголь → Гоголя, Шевчук → Шевчука (a man only). */
    private static String noun(String s, boolean female) {
        char end = Grammar.last(s);
        if (end == 'а') {
            return cut(s, 1) + (Grammar.isVelarOrHushing(s.charAt(s.length() - 2)) ? "и" : "ы");
        }
        if (end == 'я') {
            return cut(s, 1) + "и";
        }
        if (female) {
            return s; // a woman's surname ending in a consonant does not decline: Шевчук, Гоголь
        }
        if (s.endsWith("ых") || s.endsWith("их")) {
            return s; // Черных, Долгих
        }
        if (end == 'ь' || end == 'й') {
            return cut(s, 1) + "я";
        }
        if (Grammar.isConsonant(end)) {
            return s + "а";
        }
        return s; // -о, -е, -и, -у, -ю: Шевченко, Дурново
    }

    static String firstName(String name, boolean female) {
        int n = name.length();
        if (n < 2) {
            return name;
        }
        char end = Grammar.last(name);
        if (end == 'а') {
            return cut(name, 1) + (Grammar.isVelarOrHushing(name.charAt(n - 2)) ? "и" : "ы");
        }
        if (end == 'я') {
            return cut(name, 1) + "и"; // Мария → Марии, Илья → Ильи
        }
        if (female) {
            return end == 'ь' ? cut(name, 1) + "и" : name; // Любовь → Любови; Элен stays
        }
        if (end == 'й' || end == 'ь') {
            return cut(name, 1) + "я";
        }
        if (Grammar.isConsonant(end)) {
            String stem = IRREGULAR_STEMS.get(name.toLowerCase(java.util.Locale.ROOT));
            return (stem == null ? name : name.charAt(0) + stem.substring(1)) + "а";
        }
        return name;
    }

    static String patronymic(String p, boolean female) {
        if (female) {
            return p.endsWith("на") ? cut(p, 1) + "ы" : p;
        }
        return p.endsWith("ич") ? p + "а" : p;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }
}
