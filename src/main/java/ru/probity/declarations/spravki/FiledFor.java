package ru.probity.declarations.spravki;

/** Whom a {@code Справка} is filled for ({@code ЗаполняетсяНа}). */
public enum FiledFor {
    /** {@code НаСебя}. */
    SELF("НаСебя", "self"),
    /** {@code НаСупругаИлиСупругу}. */
    SPOUSE("НаСупругаИлиСупругу", "spouse"),
    /** {@code НаНесовершеннолетнегоРебенка}. */
    MINOR_CHILD("НаНесовершеннолетнегоРебенка", "minor_child");

    private final String fileValue;
    private final String code;

    FiledFor(String fileValue, String code) {
        this.fileValue = fileValue;
        this.code = code;
    }

    /** The value in the file. */
    public String fileValue() {
        return fileValue;
    }

    /** The code of the command line's JSON: self, spouse, minor_child. */
    public String code() {
        return code;
    }

    static FiledFor ofFile(String value) {
        for (FiledFor f : values()) {
            if (f.fileValue.equals(value)) {
                return f;
            }
        }
        return null;
    }
}
