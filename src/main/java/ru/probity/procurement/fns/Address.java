package ru.probity.procurement.fns;

import javax.xml.stream.XMLStreamException;

/**
 * A one-line address built from an FNS address element: {@code АдресРФ} (the KLADR shape: Индекс,
 * Регион, Район, Город, НаселПункт, Улица, Дом, Корпус, Кварт) or {@code СвАдрЮЛФИАС} (the FIAS
 * shape of formats 4.06+). The parts are joined with ", " in this order; a part is «type name»
 * («ГОРОД ИЖЕВСК»), but a region or a district named by an adjective is «name type» («УДМУРТСКАЯ
 * РЕСПУБЛИКА»), and a name that already holds its type is taken alone.
 */
final class Address {

    static final int INDEX = 0, REGION = 1, DISTRICT = 2, CITY = 3, LOCALITY = 4, STREET = 5, HOUSE = 6;
    static final int BUILDING = 7, FLAT = 8, SLOTS = 9;

    private final String[] parts = new String[SLOTS];
    private boolean fias;
    private boolean present;

    void clear() {
        java.util.Arrays.fill(parts, null);
        fias = false;
        present = false;
    }

    /** At the start of {@code АдресРФ}. A KLADR address wins over a FIAS one. */
    void startRf(Cursor c) {
        clear();
        present = true;
        parts[INDEX] = c.attr("Индекс");
        parts[HOUSE] = c.attr("Дом");
        parts[BUILDING] = c.attr("Корпус");
        parts[FLAT] = c.attr("Кварт");
    }

    /** At the start of a child of {@code АдресРФ}. */
    void rfPart(String name, Cursor c) {
        switch (name) {
            case "Регион" -> parts[REGION] = join(c.attr("ТипРегион"), c.attr("НаимРегион"), true);
            case "Район" -> parts[DISTRICT] = join(c.attr("ТипРайон"), c.attr("НаимРайон"), true);
            case "Город" -> parts[CITY] = join(c.attr("ТипГород"), c.attr("НаимГород"), false);
            case "НаселПункт" -> parts[LOCALITY] = join(c.attr("ТипНаселПункт"), c.attr("НаимНаселПункт"), false);
            case "Улица" -> parts[STREET] = join(c.attr("ТипУлица"), c.attr("НаимУлица"), false);
            default -> {}
        }
    }

    /** At the start of {@code СвАдрЮЛФИАС}; ignored when a KLADR address was read. */
    void startFias(Cursor c) {
        if (present) {
            return;
        }
        present = true;
        fias = true;
        parts[INDEX] = c.attr("Индекс");
    }

    /** At the start of a child of {@code СвАдрЮЛФИАС}. */
    void fiasPart(String name, Cursor c) throws XMLStreamException {
        if (!fias) {
            return;
        }
        switch (name) {
            case "НаимРегион" -> parts[REGION] = c.text();
            case "МуниципРайон" -> parts[DISTRICT] = c.attr("Наим");
            case "ГородСелПоселен" -> parts[CITY] = c.attr("Наим");
            case "НаселенПункт" -> parts[LOCALITY] = join(c.attr("Вид"), c.attr("Наим"), false);
            case "ЭлПланСтруктур", "ЭлУлДорСети" -> append(STREET, join(c.attr("Тип"), c.attr("Наим"), false));
            case "Здание" -> append(HOUSE, join(c.attr("Тип"), c.attr("Номер"), false));
            case "ПомещЗдания", "ПомещКвартиры" -> append(FLAT, join(c.attr("Тип"), c.attr("Номер"), false));
            default -> {}
        }
    }

    /** The address read, null when there was none or it was empty. */
    String build() {
        if (!present) {
            return null;
        }
        StringBuilder sb = new StringBuilder(96);
        for (String part : parts) {
            if (part != null) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(part);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private void append(int slot, String part) {
        if (part != null) {
            parts[slot] = parts[slot] == null ? part : parts[slot] + ", " + part;
        }
    }

    /** «type name», or «name type» for an adjective name of a region or district. */
    static String join(String type, String name, boolean adjectiveFirst) {
        if (name == null) {
            return null;
        }
        if (type == null || containsWord(name, type)) {
            return name;
        }
        return adjectiveFirst && isAdjective(name) ? name + " " + type : type + " " + name;
    }

    private static boolean containsWord(String text, String word) {
        int n = word.length();
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, n)
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i + n == text.length() || !Character.isLetter(text.charAt(i + n)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAdjective(String name) {
        int n = name.length();
        if (n < 4) {
            return false;
        }
        char a = Character.toUpperCase(name.charAt(n - 2));
        char b = Character.toUpperCase(name.charAt(n - 1));
        return switch (b) {
            case 'Я' -> a == 'А' || a == 'Я';
            case 'Й' -> a == 'И' || a == 'Ы' || a == 'О';
            case 'Е' -> a == 'О' || a == 'Е';
            default -> false;
        };
    }
}
