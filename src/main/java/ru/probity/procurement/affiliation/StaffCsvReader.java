package ru.probity.procurement.affiliation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.probity.org.RelationKind;
import ru.probity.platform.RussianFormats;
import ru.probity.procurement.model.PersonName;

/**
 * Reads the batch people file: UTF-8, «;»-separated, a header row {@value #HEADER}; fields may be
 * quoted with «"» (a doubled quote inside). Dates as YYYY-MM-DD or DD.MM.YYYY. All problems are
 * collected and reported together with their line numbers ({@link StaffFileException}).
 */
public final class StaffCsvReader {

    public static final String HEADER = "person_id;last_name;first_name;middle_name;birth_date;inn;snils;phone;email;"
            + "address;organization_inn;position;procurement_role;relative_of;relation";
    private static final int COLUMNS = 15;
    private static final int MAX_ERRORS = 200;
    private static final DateTimeFormatter RUSSIAN_DATE = RussianFormats.DATE.withResolverStyle(ResolverStyle.STRICT);

    private StaffCsvReader() {}

    public static Staff read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Staff read(InputStream in) {
        List<StaffPerson> people = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, Integer> relativeLines = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line == null) {
                throw new StaffFileException(List.of("Строка 1: файл пуст, нет строки заголовка"));
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.strip().toLowerCase(Locale.ROOT).equals(HEADER)) {
                throw new StaffFileException(List.of("Строка 1: неверный заголовок, ожидается «" + HEADER + "»"));
            }
            int number = 1;
            while ((line = reader.readLine()) != null && errors.size() < MAX_ERRORS) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                StaffPerson p = row(number, line, errors);
                if (p == null) {
                    continue;
                }
                Integer before = lineOf.putIfAbsent(p.personId(), number);
                if (before != null) {
                    errors.add("Строка " + number + ": код «" + p.personId() + "» уже встречался в строке " + before);
                    continue;
                }
                if (!p.isEmployee()) {
                    relativeLines.put(p.personId(), number);
                }
                people.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, StaffPerson> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.personId(), p));
        for (StaffPerson p : people) {
            if (!p.isEmployee()) {
                StaffPerson employee = byId.get(p.relativeOf());
                if (employee == null || !employee.isEmployee()) {
                    errors.add("Строка " + relativeLines.get(p.personId()) + ": в relative_of указан «" + p.relativeOf()
                            + "», но сотрудника с таким кодом в файле нет");
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(lineNumber(a), lineNumber(b)));
            throw new StaffFileException(errors);
        }
        return Staff.of(people);
    }

    private static StaffPerson row(int number, String line, List<String> errors) {
        List<String> cells = split(line);
        String at = "Строка " + number + ": ";
        if (cells.size() != COLUMNS) {
            errors.add(at + "ожидается " + COLUMNS + " полей через «;», найдено " + cells.size());
            return null;
        }
        int before = errors.size();
        String id = required(cells.get(0), "person_id (код человека)", at, errors);
        String last = required(cells.get(1), "last_name (фамилия)", at, errors);
        String first = required(cells.get(2), "first_name (имя)", at, errors);
        LocalDate birth = date(cells.get(4), at, errors);
        String relativeOf = RussianFormats.blankToNull(cells.get(13));
        String relationText = RussianFormats.blankToNull(cells.get(14));
        ProcurementRole role = null;
        String roleText = RussianFormats.blankToNull(cells.get(12));
        if (roleText != null) {
            try {
                role = ProcurementRole.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(at + "неизвестная роль в закупках «" + roleText
                        + "»; допустимы head, contract_service_head, contract_manager, commission_member, employee");
            }
        }
        RelationKind relation = null;
        if (relativeOf == null) {
            if (relationText != null) {
                errors.add(at + "степень родства «" + relationText
                        + "» указана, но не заполнено relative_of (код сотрудника)");
            }
            if (RussianFormats.blankToNull(cells.get(10)) == null) {
                errors.add(at + "у сотрудника не заполнен organization_inn (ИНН организации)");
            }
            if (role == null && roleText == null) {
                role = ProcurementRole.EMPLOYEE;
            }
        } else if (relationText == null) {
            errors.add(at + "у родственника не заполнена степень родства (relation)");
        } else if (!relationText.equalsIgnoreCase("other")) {
            try {
                relation = RelationKind.valueOf(relationText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(at + "неизвестная степень родства «" + relationText + "»; допустимы spouse, child, parent,"
                        + " grandparent, grandchild, sibling, half_sibling, adoptive_parent, adopted_child, spouse_parent,"
                        + " spouse_sibling, spouse_child, child_spouse, other");
            }
        }
        if (relativeOf != null && relativeOf.equals(id)) {
            errors.add(at + "человек указан родственником самого себя");
        }
        if (errors.size() > before) {
            return null;
        }
        return new StaffPerson(
                id,
                new PersonName(last, first, RussianFormats.blankToNull(cells.get(3))),
                birth,
                RussianFormats.blankToNull(cells.get(5)),
                RussianFormats.blankToNull(cells.get(6)),
                RussianFormats.blankToNull(cells.get(7)),
                RussianFormats.blankToNull(cells.get(8)),
                RussianFormats.blankToNull(cells.get(9)),
                RussianFormats.blankToNull(cells.get(10)),
                RussianFormats.blankToNull(cells.get(11)),
                relativeOf == null ? role : null,
                relativeOf,
                relation);
    }

    /** Fields of one line: «;»-separated, optionally quoted with «"», a doubled «""» inside quotes. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>(COLUMNS);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String required(String value, String what, String at, List<String> errors) {
        String v = RussianFormats.blankToNull(value);
        if (v == null) {
            errors.add(at + "не заполнено поле " + what);
        }
        return v;
    }

    private static LocalDate date(String value, String at, List<String> errors) {
        String v = RussianFormats.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return v.contains(".") ? LocalDate.parse(v, RUSSIAN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(at + "неверная дата рождения «" + v + "»; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ");
            return null;
        }
    }

    private static int lineNumber(String error) {
        try {
            return Integer.parseInt(error.substring("Строка ".length(), error.indexOf(':')));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
