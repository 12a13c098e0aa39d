package ru.probity.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: hands each row to the consumer as the list of its cell values
 * (String, BigDecimal, LocalDate or Boolean, null for a missing cell), so a sheet of any size is
 * read without building it in memory. Without the styles table ({@code null}) dates stay numbers.
 * One reader for every XLSX upload: the people file (org), the accounts file (accounts).
 */
public final class XlsxRows extends DefaultHandler {

    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final BiConsumer<Integer, List<Object>> rows;

    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder chars = new StringBuilder();
    private List<Object> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type;
    private String style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean hasValue;

    public XlsxRows(SharedStrings sharedStrings, StylesTable styles, BiConsumer<Integer, List<Object>> rows) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                cells = new ArrayList<>();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref != null ? columnOf(ref) : cells.size();
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                chars.setLength(0);
                hasValue = false;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
                chars.setLength(0);
            }
            case "t" -> {
                if ("inlineStr".equals(type)) {
                    inInlineText = true;
                    hasValue = true;
                }
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            chars.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "c" -> {
                if (hasValue) {
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, value(chars.toString()));
                }
            }
            case "row" -> rows.accept(rowNumber, cells);
            default -> {}
        }
    }

    /** The 0-based column of a reference like «AB12». */
    private static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private Object value(String raw) {
        if (type == null || type.equals("n")) {
            return number(raw);
        }
        return switch (type) {
            case "s" -> sharedStrings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "b" -> "1".equals(raw.trim());
            case "e" -> "#ошибка " + raw;
            default -> raw; // inlineStr, str (formula result), d (ISO date text)
        };
    }

    private Object number(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        if (style != null && isDateStyle(Integer.parseInt(style))) {
            double value = Double.parseDouble(raw);
            if (DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate();
            }
        }
        return new BigDecimal(raw.trim());
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle cellStyle = styles == null ? null : styles.getStyleAt(i);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }
}
