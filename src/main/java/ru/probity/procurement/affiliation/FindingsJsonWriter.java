package ru.probity.procurement.affiliation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes findings as JSON Lines: one object per line with {@code contract, customer_inn,
 * supplier_inn, official_id, person_id, rule, confidence, path [{from, relation, to}],
 * explanation}.
 *
 * <p>Hand-written rather than Jackson: the shape is flat and fixed, the engine stays free of any
 * library (Spring Boot 4 brings Jackson 3, {@code tools.jackson}, while other callers may bring
 * 2.x), and a national run writes findings from a tight loop where a few string appends are all
 * that is needed. The escaping follows RFC 8259: quote, backslash and control characters; all
 * other characters (Cyrillic included) are written as UTF-8 by the caller's writer.
 */
public final class FindingsJsonWriter {

    private final Writer out;

    public FindingsJsonWriter(Writer out) {
        this.out = out;
    }

    public void write(Finding f) {
        StringBuilder line = new StringBuilder(1024);
        line.append('{');
        field(line, "contract", f.contractRegNum()).append(',');
        field(line, "customer_inn", f.customerInn()).append(',');
        field(line, "supplier_inn", f.supplierInn()).append(',');
        field(line, "official_id", f.officialId()).append(',');
        field(line, "person_id", f.personId()).append(',');
        field(line, "rule", f.rule().code()).append(',');
        field(line, "confidence", f.confidence().name().toLowerCase(Locale.ROOT))
                .append(',');
        line.append("\"path\":[");
        for (int i = 0; i < f.path().size(); i++) {
            PathStep step = f.path().get(i);
            line.append(i == 0 ? "{" : ",{");
            field(line, "from", step.from()).append(',');
            field(line, "relation", step.relation()).append(',');
            field(line, "to", step.to()).append('}');
        }
        line.append("],");
        field(line, "explanation", f.explanation()).append("}\n");
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeAll(Iterable<Finding> findings) {
        findings.forEach(this::write);
    }

    private static StringBuilder field(StringBuilder line, String name, String value) {
        line.append('"').append(name).append("\":");
        return value == null ? line.append("null") : string(line, value);
    }

    static StringBuilder string(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.append('"');
    }
}
