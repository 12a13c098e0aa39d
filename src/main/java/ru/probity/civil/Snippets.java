package ru.probity.civil;

import java.util.Locale;

/** The words around a search's match, for the site search's hits. */
final class Snippets {

    private static final int AROUND = 80;

    private Snippets() {}

    static boolean contains(String text, String query) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }

    static String around(String text, String query) {
        if (text == null) {
            return "";
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return text.length() <= 2 * AROUND ? text : text.substring(0, 2 * AROUND) + "…";
        }
        int from = Math.max(0, at - AROUND);
        int to = Math.min(text.length(), at + query.length() + AROUND);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
