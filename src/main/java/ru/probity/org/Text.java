package ru.probity.org;

/** Small text clean-ups for what people type into forms. */
final class Text {

    private Text() {}

    /** Trimmed with inner runs of spaces collapsed; null for blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        return v.isEmpty() ? null : v;
    }

    static boolean looksLikeEmail(String value) {
        return value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** The form in which names are searched: lower case, ё as е (as probity_search_text in SQL). */
    static String searchForm(String value) {
        String v = clean(value);
        return v == null ? "" : v.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }
}
