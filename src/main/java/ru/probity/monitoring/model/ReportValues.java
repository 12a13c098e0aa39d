package ru.probity.monitoring.model;

import java.math.BigDecimal;

/** The rules of a report's values: when a change of a pre-filled number needs a reason, when a value is present. */
public final class ReportValues {

    private ReportValues() {}

    /** A reported number differs from what Probity's data gave. */
    public static boolean corrected(BigDecimal prefilled, BigDecimal reported) {
        if (prefilled == null) {
            return false;
        }
        return reported == null || reported.compareTo(prefilled) != 0;
    }

    /** A value of the kind is given. */
    public static boolean present(ValueKind kind, BigDecimal number, Boolean flag, String text, String fileName) {
        return switch (kind) {
            case NUMBER -> number != null;
            case YES_NO -> flag != null;
            case TEXT -> text != null && !text.isBlank();
            case FILE -> fileName != null;
        };
    }
}
