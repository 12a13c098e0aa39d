package ru.probity.redflags.batch;

import java.io.IOException;
import java.io.Writer;
import ru.probity.redflags.indicators.Flag;

/**
 * One flag as a JSON line with exactly the fields of docs/red-flags.md: {@code contract,
 * customer_inn, supplier_inn, indicator, value, threshold, explanation}.
 */
final class FlagsJson {

    private FlagsJson() {}

    static void write(Writer w, Flag f) throws IOException {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"contract\":");
        string(b, f.contract());
        b.append(",\"customer_inn\":");
        string(b, f.customerInn());
        b.append(",\"supplier_inn\":");
        string(b, f.supplierInn());
        b.append(",\"indicator\":");
        string(b, f.indicator());
        b.append(",\"value\":").append(number(f.value()));
        b.append(",\"threshold\":").append(number(f.threshold()));
        b.append(",\"explanation\":");
        string(b, f.explanation());
        b.append("}\n");
        w.append(b);
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static void string(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
