package ru.probity.procurement.fns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.probity.identifiers.Identifiers;

/** The position in an FNS file: the stack of open elements, the document number, errors there. */
final class Cursor {

    private final XMLStreamReader reader;
    private final String fileName;
    private String[] path = new String[32];
    private int depth;
    private int document;

    Cursor(XMLStreamReader reader, String fileName) {
        this.reader = reader;
        this.fileName = fileName;
    }

    void push(String name) {
        if (depth == path.length) {
            path = Arrays.copyOf(path, depth * 2);
        }
        path[depth++] = name;
    }

    void pop() {
        path[--depth] = null;
    }

    /** The depth of the current element: the root is 1. */
    int depth() {
        return depth;
    }

    /** The name of the current element (0), its parent (1), grandparent (2); "" above the root. */
    String up(int levels) {
        int i = depth - 1 - levels;
        return i >= 0 ? path[i] : "";
    }

    void nextDocument() {
        document++;
    }

    int document() {
        return document;
    }

    int line() {
        return reader.getLocation().getLineNumber();
    }

    /** An attribute of the current element, stripped; null when absent or blank. */
    String attr(String name) {
        String v = reader.getAttributeValue(null, name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** The text of the current (text-only) element; leaves the reader at its end tag. */
    String text() throws XMLStreamException {
        String v = reader.getElementText().strip();
        return v.isEmpty() ? null : v;
    }

    LocalDate date(String attribute) {
        String v = attr(attribute);
        if (v == null) {
            return null;
        }
        LocalDate date = isoDate(v);
        if (date == null) {
            throw error(
                    "неверная дата «" + v + "» в атрибуте " + attribute + " элемента " + up(0),
                    "invalid date '" + v + "' in attribute " + attribute + " of element " + up(0));
        }
        return date;
    }

    /** yyyy-MM-dd without a formatter (the hot path of the reader); null if it is not such a date. */
    static LocalDate isoDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int y = digits(v, 0, 4), m = digits(v, 5, 7), d = digits(v, 8, 10);
        if (y < 0
                || m < 1
                || m > 12
                || d < 1
                || d > 31
                || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    BigDecimal number(String value, String what) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw error(
                    "неверное число «" + value + "» в " + what + " (элемент " + up(0) + ")",
                    "invalid number '" + value + "' in " + what + " (element " + up(0) + ")");
        }
    }

    /** A value of mandatory identifier checked with {@code check}; an error when absent or invalid. */
    String identifier(String value, String ruWhat, String enWhat, int line, IdCheck check) {
        if (value == null) {
            throw error(line, "не указан " + ruWhat, "missing " + enWhat);
        }
        return checked(value, ruWhat, enWhat, line, check);
    }

    /** An optional identifier: null stays null, a present value must be valid. */
    String checked(String value, String ruWhat, String enWhat, int line, IdCheck check) {
        if (value == null) {
            return null;
        }
        Optional<String> problem = check.check(value);
        if (problem.isPresent()) {
            throw error(
                    line,
                    ruWhat + " «" + value + "»: " + problem.get(),
                    enWhat + " '" + value + "' is invalid (wrong length or check digit)");
        }
        return value;
    }

    RegisterFileException error(String russian, String english) {
        return error(line(), russian, english);
    }

    RegisterFileException error(int line, String russian, String english) {
        return new RegisterFileException(fileName, line, document, russian, english);
    }

    /** Percent normalized: no trailing zeros, never an exponent (100, 33.3333, 0.5). */
    static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v;
    }

    @FunctionalInterface
    interface IdCheck {
        Optional<String> check(String value);

        IdCheck ORGANIZATION_INN = Identifiers::checkOrganizationInn;
        IdCheck PERSON_INN = Identifiers::checkPersonInn;
        IdCheck OGRN = Identifiers::checkOgrn;
        IdCheck OGRNIP = Identifiers::checkOgrnip;
    }
}
