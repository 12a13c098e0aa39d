package ru.probity.plans.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measures of a plan read from the rows of a sheet: a header row naming the columns («Раздел»,
 * «№», «Мероприятие», «Исполнитель», «Срок», «Ожидаемый результат», «Основание»; «№» and
 * «Мероприятие» and «Срок» required), then a measure per row. The term is a date («31.12.2025», «до
 * 31.12.2025» or a date cell) or a periodic word («ежемесячно», «ежеквартально», «раз в полугодие»,
 * «ежегодно»). A row repeating the section and number of the one before is skipped (the plan's XLSX,
 * a row per due date, reads back). Every wrong row is a problem; the caller takes all or nothing.
 */
public final class MeasureSheet {

    private MeasureSheet() {}

    /** A measure read from row {@code row} (1-based as the sheet shows it). */
    public record Draft(
            int row,
            String section,
            String number,
            String text,
            String executor,
            TermKind kind,
            LocalDate date,
            String expectedResult,
            String legalBasis) {}

    /** What is wrong: the row (0 for the file), the message key, the value concerned. */
    public record Problem(int row, String key, String value) {}

    public record Parsed(List<Draft> drafts, List<Problem> problems) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Pattern DATE_IN_TEXT = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private static final Map<String, String> HEADERS = Map.of(
            "раздел", "section",
            "№", "number",
            "номер", "number",
            "мероприятие", "text",
            "исполнитель", "executor",
            "срок", "term",
            "ожидаемый результат", "expected",
            "основание", "basis");

    /**
     * Reads the rows: {@code rows} maps a 1-based row number to its cells (String, BigDecimal,
     * LocalDate, Boolean or null), in order.
     */
    public static Parsed parse(List<Map.Entry<Integer, List<Object>>> rows) {
        List<Draft> drafts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> columns = null;
        String lastKey = null;
        for (Map.Entry<Integer, List<Object>> entry : rows) {
            int row = entry.getKey();
            List<Object> cells = entry.getValue();
            if (cells.stream().allMatch(c -> c == null || text(c).isEmpty())) {
                continue;
            }
            if (columns == null) {
                columns = header(cells);
                if (!columns.keySet().containsAll(List.of("number", "text", "term"))) {
                    problems.add(new Problem(row, "plans.import.header", ""));
                    return new Parsed(List.of(), problems);
                }
                continue;
            }
            String section = cell(cells, columns, "section");
            String number = cell(cells, columns, "number");
            String key = section + "\u0000" + number;
            if (!number.isEmpty() && key.equals(lastKey)) {
                continue;
            }
            lastKey = key;
            String text = cell(cells, columns, "text");
            if (number.isEmpty()) {
                problems.add(new Problem(row, "plans.import.number", ""));
            }
            if (text.isEmpty()) {
                problems.add(new Problem(row, "plans.import.text", number));
            }
            Object termCell = raw(cells, columns, "term");
            TermKind kind = null;
            LocalDate date = null;
            if (termCell instanceof LocalDate d) {
                kind = TermKind.DATE;
                date = d;
            } else {
                String term = text(termCell).toLowerCase(Locale.ROOT);
                kind = periodic(term);
                if (kind == null) {
                    date = date(term);
                    kind = date == null ? null : TermKind.DATE;
                }
            }
            if (kind == null) {
                problems.add(new Problem(row, "plans.import.term", text(termCell)));
            }
            drafts.add(new Draft(
                    row,
                    blankToNull(section),
                    number,
                    text,
                    blankToNull(cell(cells, columns, "executor")),
                    kind,
                    date,
                    blankToNull(cell(cells, columns, "expected")),
                    blankToNull(cell(cells, columns, "basis"))));
        }
        if (columns == null) {
            problems.add(new Problem(0, "plans.import.empty", ""));
        } else if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "plans.import.noRows", ""));
        }
        return new Parsed(problems.isEmpty() ? drafts : List.of(), problems);
    }

    /** The periodic term a word names, or null. */
    static TermKind periodic(String term) {
        if (term.contains("ежемесяч")) {
            return TermKind.MONTHLY;
        }
        if (term.contains("квартал")) {
            return TermKind.QUARTERLY;
        }
        if (term.contains("полугод")) {
            return TermKind.HALF_YEARLY;
        }
        if (term.contains("ежегодно") || term.contains("раз в год")) {
            return TermKind.ANNUALLY;
        }
        return null;
    }

    private static LocalDate date(String term) {
        Matcher m = DATE_IN_TEXT.matcher(term);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(
                    String.format(
                            "%02d.%02d.%s", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)),
                    DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Integer> header(List<Object> cells) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = text(cells.get(i)).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> h : HEADERS.entrySet()) {
                boolean matches = h.getKey().equals("№") || h.getKey().equals("срок")
                        ? name.equals(h.getKey())
                        : name.startsWith(h.getKey());
                if (matches) {
                    columns.putIfAbsent(h.getValue(), i);
                }
            }
        }
        return columns;
    }

    private static Object raw(List<Object> cells, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() ? null : cells.get(i);
    }

    private static String cell(List<Object> cells, Map<String, Integer> columns, String column) {
        return text(raw(cells, columns, column));
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (cell instanceof LocalDate d) {
            return DATE.format(d);
        }
        return cell.toString().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
