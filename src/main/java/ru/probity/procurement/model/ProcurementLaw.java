package ru.probity.procurement.model;

/**
 * The law a contract was concluded under: 44-ФЗ (state and municipal needs; ЕИС {@code
 * export/contract} — competitive or from a single supplier, ст.93) or 223-ФЗ (purchases of state and
 * municipal companies, a different export). 44-ФЗ ст.31 ч.1 п.9 and ст.39 ч.6 hold for 44-ФЗ only.
 */
public enum ProcurementLaw {
    FZ44("44-ФЗ"),
    FZ223("223-ФЗ");

    private final String label;

    ProcurementLaw(String label) {
        this.label = label;
    }

    /** «44-ФЗ», «223-ФЗ». */
    public String label() {
        return label;
    }

    /** The law of a table cell: «44-ФЗ», «223-ФЗ», «44», «223» (case and spaces ignored); null when none. */
    public static ProcurementLaw parse(String text) {
        if (text == null) {
            return null;
        }
        String t =
                text.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace('–', '-');
        return switch (t) {
            case "44-ФЗ", "44ФЗ", "44" -> FZ44;
            case "223-ФЗ", "223ФЗ", "223" -> FZ223;
            default -> null;
        };
    }
}
