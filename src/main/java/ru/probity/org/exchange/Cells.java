package ru.probity.org.exchange;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.probity.identifiers.Identifiers;
import ru.probity.platform.RussianFormats;

/**
 * Conversions of cell values to field values. A cell holds a String (CSV and text cells), a
 * BigDecimal (numeric XLSX cells), a LocalDate (date-formatted XLSX cells) or a Boolean.
 */
final class Cells {

    private static final Pattern DOTTED =
            Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern ISO =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /** A value that cannot be read; the message is the reason in Russian. */
    static final class BadValue extends Exception {
        BadValue(String reason) {
            super(reason, null, false, false);
        }
    }

    private Cells() {}

    /** Trimmed text with runs of spaces collapsed; null for a blank cell. */
    static String text(Object value) {
        String s = switch (value) {
            case null -> null;
            case String str -> str;
            case BigDecimal number -> plain(number);
            case LocalDate date -> RussianFormats.date(date);
            case Boolean flag -> flag ? "да" : "нет";
            default -> value.toString();
        };
        if (s == null) {
            return null;
        }
        s = collapseSpaces(s);
        return s.isEmpty() ? null : s;
    }

    /** Trimmed, with runs of whitespace (no-break space too) turned into one space. */
    static String collapseSpaces(String s) {
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            clean = !space || (c == ' ' && i > 0 && i < s.length() - 1 && s.charAt(i - 1) != ' ');
        }
        return clean ? s : SPACES.matcher(s).replaceAll(" ").trim();
    }

    static boolean isBlank(Object value) {
        return text(value) == null;
    }

    /** dd.MM.yyyy (d.M.yyyy too, a time part is ignored), yyyy-MM-dd or a date cell. */
    static LocalDate date(Object value) throws BadValue {
        if (value instanceof LocalDate date) {
            return date;
        }
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            Matcher m = DOTTED.matcher(s);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            throw new BadValue("нет такой даты «" + s + "»");
        }
        throw new BadValue("дата «" + s + "» должна быть в виде ДД.ММ.ГГГГ");
    }

    /** да/нет, true/false, 1/0, +/-, yes/no, истина/ложь; blank is «нет». */
    static boolean flag(Object value) throws BadValue {
        if (value instanceof Boolean flag) {
            return flag;
        }
        String s = text(value);
        if (s == null) {
            return false;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "да", "д", "true", "1", "+", "yes", "y", "истина" -> true;
            case "нет", "н", "false", "0", "-", "no", "n", "ложь" -> false;
            default -> throw new BadValue("ожидается «да» или «нет», указано «" + s + "»");
        };
    }

    /**
     * Digits of an identifier. A numeric XLSX cell loses leading zeros (INN of regions 01–09), so
     * such a value is padded to {@code length}.
     */
    static String identifier(Object value, int length) {
        String text = text(value);
        String digits =
                text != null && text.chars().allMatch(c -> c >= '0' && c <= '9') ? text : Identifiers.digits(text);
        if (digits != null && value instanceof BigDecimal && digits.matches("\\d+") && digits.length() < length) {
            return "0".repeat(length - digits.length()) + digits;
        }
        return digits;
    }

    /**
     * A name part as people expect it: spaces collapsed, and ALL CAPS from registers turned into
     * Title Case, hyphenated parts included («ИВАНОВА-ПЕТРОВА» → «Иванова-Петрова»).
     */
    static String name(Object value) {
        String s = text(value);
        if (s == null || !isAllCaps(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean startOfWord = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static boolean isAllCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 1;
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
