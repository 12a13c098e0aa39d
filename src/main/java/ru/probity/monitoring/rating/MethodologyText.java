package ru.probity.monitoring.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A methodology's items as text, one item a line (the default methodology's resource):
 * {@code code | denominator | weight | bands | yes points | no points}, empty fields left blank;
 * lines starting with {@code #} and blank lines are skipped. Bands are written
 * {@code from:points; from:points}, with a point or a comma as the decimal mark.
 */
public final class MethodologyText {

    private MethodologyText() {}

    /** A line of the text that is not an item, with its number (from 1). */
    public static final class FormatException extends RuntimeException {
        private final int line;

        public FormatException(int line, String message) {
            super("Line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static List<RatingItem> parse(String text) {
        List<RatingItem> items = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 6) {
                throw new FormatException(i + 1, "six fields expected, found " + f.length);
            }
            try {
                items.add(item(f[0], f[1], f[2], f[3], f[4], f[5]));
            } catch (IllegalArgumentException e) {
                throw new FormatException(i + 1, e.getMessage());
            }
        }
        return items;
    }

    /** One item from its fields as an editor gives them; a wrong field fails with IllegalArgumentException. */
    public static RatingItem item(String code, String denominator, String weight, String bands, String yes, String no) {
        BigDecimal w;
        BigDecimal yesPoints;
        BigDecimal noPoints;
        try {
            w = Decimals.parse(weight);
            yesPoints = Decimals.parse(yes);
            noPoints = Decimals.parse(no);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
        return new RatingItem(code, denominator, w, bands(bands), yesPoints, noPoints);
    }

    /** Bands from {@code 0:0; 50:4; 80:7}; a blank text gives none. */
    public static List<Band> bands(String text) {
        List<Band> bands = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return bands;
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] p = part.split(":");
            if (p.length != 2) {
                throw new IllegalArgumentException("a band is written from:points, found «" + part.strip() + "»");
            }
            try {
                bands.add(new Band(Decimals.parse(p[0]), Decimals.parse(p[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number in the band «" + part.strip() + "»");
            }
        }
        if (bands.stream().map(b -> b.from().stripTrailingZeros()).distinct().count() != bands.size()) {
            throw new IllegalArgumentException("two bands start at the same value");
        }
        return bands;
    }

    /** The items back as text, one a line. */
    public static String write(List<RatingItem> items) {
        StringBuilder out = new StringBuilder();
        for (RatingItem item : items) {
            out.append(item.code())
                    .append(" | ")
                    .append(item.denominatorCode() == null ? "" : item.denominatorCode())
                    .append(" | ")
                    .append(Decimals.plain(item.weight()))
                    .append(" | ")
                    .append(item.bandsText())
                    .append(" | ")
                    .append(Decimals.plain(item.yesPoints()))
                    .append(" | ")
                    .append(Decimals.plain(item.noPoints()))
                    .append('\n');
        }
        return out.toString();
    }
}
