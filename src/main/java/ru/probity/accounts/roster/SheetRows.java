package ru.probity.accounts.roster;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: hands each row to the consumer as the text of its cells (numbers
 * in plain notation, no exponent and no «.0»; null for a missing cell), so a sheet is never built in
 * memory. Dates mean nothing in the accounts file and stay numbers.
 */
final class SheetRows extends DefaultHandler {

    private final SharedStrings sharedStrings;
    private final BiConsumer<Integer, List<String>> rows;
    private final StringBuilder chars = new StringBuilder();
    private List<String> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type;
    private boolean inValue;
    private boolean inInlineText;
    private boolean hasValue;

    SheetRows(SharedStrings sharedStrings, BiConsumer<Integer, List<String>> rows) {
        this.sharedStrings = sharedStrings;
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
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    private String value(String raw) {
        if (type == null || type.equals("n")) {
            if (raw.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return switch (type) {
            case "s" -> sharedStrings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "b" -> "1".equals(raw.trim()) ? "да" : "нет";
            default -> raw; // inlineStr, str (a formula's result), e (an error), d (ISO date text)
        };
    }
}
