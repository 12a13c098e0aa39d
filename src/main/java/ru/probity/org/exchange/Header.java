package ru.probity.org.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The header row of a people file: which column each cell position holds. */
final class Header {

    private final Column[] columns;

    private Header(Column[] columns) {
        this.columns = columns;
    }

    /** The header, or null with the reasons added to {@code errors}. */
    static Header resolve(int line, List<Object> cells, List<RowError> errors) {
        Column[] columns = new Column[cells.size()];
        Map<Column, Integer> seen = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        int before = errors.size();
        for (int i = 0; i < cells.size(); i++) {
            String title = Cells.text(cells.get(i));
            if (title == null) {
                continue;
            }
            var column = Column.byTitle(title);
            if (column.isEmpty()) {
                unknown.add("«" + title + "»");
                continue;
            }
            if (seen.containsKey(column.get())) {
                errors.add(RowError.ofLine(line, "столбец «" + column.get().title + "» указан дважды"));
                continue;
            }
            seen.put(column.get(), i);
            if (column.get().scope != Column.Scope.INFO) {
                columns[i] = column.get();
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(RowError.ofLine(
                    line,
                    (unknown.size() == 1 ? "неизвестный столбец " : "неизвестные столбцы ")
                            + String.join(", ", unknown)
                            + ". Допустимые столбцы: "
                            + allTitles()));
        }
        for (Column column : Column.values()) {
            if (column.required() && !seen.containsKey(column)) {
                errors.add(RowError.ofLine(line, "нет обязательного столбца «" + column.title + "»"));
            }
        }
        return errors.size() == before ? new Header(columns) : null;
    }

    /** The values of a data row by column; cells under ignored or unnamed headers are dropped. */
    Map<Column, Object> values(List<Object> cells) {
        Map<Column, Object> values = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size() && i < columns.length; i++) {
            if (columns[i] != null && cells.get(i) != null) {
                values.put(columns[i], cells.get(i));
            }
        }
        return values;
    }

    private static String allTitles() {
        return Arrays.stream(Column.values()).map(c -> "«" + c.title + "»").collect(Collectors.joining(", "));
    }
}
