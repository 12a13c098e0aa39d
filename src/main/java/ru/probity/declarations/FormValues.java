package ru.probity.declarations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import ru.probity.declarations.checks.Problem;
import ru.probity.platform.RussianFormats;

/**
 * Reading the text of the web form and the XLSX template into values: numbers with a comma or a
 * point and spaces between thousands, dates {@code ДД.ММ.ГГГГ} or {@code ГГГГ-ММ-ДД}, kinds by code
 * or Russian name; every value that does not parse is a {@link Problem} of its field.
 */
final class FormValues {

    private FormValues() {}

    interface RowReader<R, T> {
        T read(R row, String field);
    }

    /** The filled rows of a section read, each with its field prefix {@code at[i].}; blank rows dropped. */
    static <R, T> List<T> rows(List<R> rows, Predicate<R> filled, RowReader<R, T> reader, String at) {
        List<T> out = new ArrayList<>();
        if (rows == null) {
            return out;
        }
        for (R r : rows) {
            if (r != null && filled.test(r)) {
                out.add(reader.read(r, at + "[" + out.size() + "]."));
            }
        }
        return out;
    }

    static boolean blank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    static String digits(String value) {
        return blank(value) ? null : value.replaceAll("[\\s\\-]", "");
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    static String iso(LocalDate value) {
        return value == null ? null : value.toString();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
            try {
                Object label = type.getMethod("label").invoke(e);
                if (v.equalsIgnoreCase(String.valueOf(label))) {
                    return e;
                }
            } catch (ReflectiveOperationException ignored) {
                // every kind has a label
            }
        }
        problems.add(Problem.of(field, "declarations.error.choice", v));
        return null;
    }

    static BigDecimal number(String value, String field, List<Problem> problems) {
        return parse(value, field, problems, "declarations.error.number", v -> new BigDecimal(v));
    }

    static BigDecimal money(String value, String field, List<Problem> problems) {
        return number(value, field, problems);
    }

    static Integer integer(String value, String field, List<Problem> problems) {
        return parse(value, field, problems, "declarations.error.number", Integer::valueOf);
    }

    static LocalDate date(String value, String field, List<Problem> problems) {
        return parse(
                value,
                field,
                problems,
                "declarations.error.date",
                v -> v.contains(".") ? LocalDate.parse(v, RussianFormats.DATE) : LocalDate.parse(v));
    }

    private static <T> T parse(
            String value, String field, List<Problem> problems, String key, Function<String, T> parser) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip().replace('\u00A0', ' ');
        if (key.equals("declarations.error.number")) {
            v = v.replace(" ", "").replace(',', '.');
        }
        try {
            return parser.apply(v);
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.add(Problem.of(field, key, value.strip()));
            return null;
        }
    }
}
