package ru.probity.declarations.spravki;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The program's value formats; a value that does not fit is left out with a warning. */
final class Values {

    private static final String EMPTY_DATE = "0001-01-01";

    private Values() {}

    /** {@code YYYY-MM-DD}, also with a time ({@code 1994-02-01T00:00:00}); {@code 0001-01-01} is empty. */
    static LocalDate date(Node node, String field, List<ReadWarning> warnings) {
        Node child = node.child(field);
        String text = child == null ? null : child.text();
        if (text == null) {
            return null;
        }
        String day = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        if (day.equals(EMPTY_DATE)) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            warnings.add(new ReadWarning(child.where(), "«" + text + "» — не дата ГГГГ-ММ-ДД, значение не прочитано"));
            return null;
        }
    }

    /** A decimal with a dot, exact. */
    static BigDecimal decimal(Node node, String field, List<ReadWarning> warnings) {
        Node child = node.child(field);
        String text = child == null ? null : child.text();
        if (text == null) {
            return null;
        }
        if (!isDecimal(text)) {
            warnings.add(new ReadWarning(child.where(), "«" + text + "» — не число, значение не прочитано"));
            return null;
        }
        return new BigDecimal(text);
    }

    private static boolean isDecimal(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        boolean digits = false;
        boolean dot = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    static Integer integer(Node node, String field, List<ReadWarning> warnings) {
        Node child = node.child(field);
        String text = child == null ? null : child.text();
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            warnings.add(new ReadWarning(child.where(), "«" + text + "» — не целое число, значение не прочитано"));
            return null;
        }
    }

    /** {@code Да}/{@code Нет}, {@code True}/{@code False} in any case. */
    static Boolean bool(Node node, String field, List<ReadWarning> warnings) {
        Node child = node.child(field);
        String text = child == null ? null : child.text();
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "да", "true" -> Boolean.TRUE;
            case "нет", "false" -> Boolean.FALSE;
            default -> {
                warnings.add(new ReadWarning(child.where(), "«" + text + "» — не «Да»/«Нет», значение не прочитано"));
                yield null;
            }
        };
    }

    /** A share as a fraction {@code 1/4}; a whole {@code 1} is {@code 1/1}. */
    static Fraction fraction(Node node, String field, List<ReadWarning> warnings) {
        Node child = node.child(field);
        String text = child == null ? null : child.text();
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        try {
            if (slash < 0) {
                return new Fraction(Long.parseLong(text.strip()), 1);
            }
            return new Fraction(
                    Long.parseLong(text.substring(0, slash).strip()),
                    Long.parseLong(text.substring(slash + 1).strip()));
        } catch (IllegalArgumentException e) {
            warnings.add(new ReadWarning(child.where(), "«" + text + "» — не доля вида 1/4, значение не прочитано"));
            return null;
        }
    }

    /** Unread nodes below {@code node} as warnings: the first unread on each path, not its content. */
    static void reportUnread(Node node, List<ReadWarning> warnings) {
        for (Node child : node.children()) {
            if (!child.used()) {
                warnings.add(new ReadWarning(
                        node.where(), "неизвестный элемент или поле «" + child.name + "» не прочитано"));
            } else {
                reportUnread(child, warnings);
            }
        }
    }
}
