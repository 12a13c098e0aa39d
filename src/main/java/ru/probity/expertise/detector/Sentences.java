package ru.probity.expertise.detector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sentences of a text as spans: a sentence ends at a line end (not one inside a sentence broken
 * by the layout), at «;» and at «.», «!», «?»
 * followed by a space and a capital letter or a digit (not at «ст. 7», «п. 2», «т.д.»). A list item
 * (a sentence after a lead-in ending with «:») knows its lead-in: «Администрация вправе:» followed by
 * «1) отказать …;».
 */
final class Sentences {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private Sentences(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static Sentences of(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = (c == '\n' && lineEnds(text, i)) || c == ';';
            if ((c == '.' || c == '!' || c == '?') && i + 2 < n && Character.isWhitespace(text.charAt(i + 1))) {
                char next = text.charAt(i + 2);
                end = (Character.isUpperCase(next) || Character.isDigit(next)) && !abbreviation(text, i);
            }
            if (end) {
                spans.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < n) {
            spans.add(new int[] {start, n});
        }
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = spans.get(i)[0];
            e[i] = spans.get(i)[1];
        }
        return new Sentences(text, s, e);
    }

    /**
     * A line break ends a sentence after «.», «;», «:», «!», «?», a closing quote or bracket, before a
     * line starting with a capital, a digit, a dash or a bullet, or at an empty line; otherwise the
     * line is a sentence broken in two by the layout (text extracted from a PDF).
     */
    private static boolean lineEnds(String text, int newline) {
        int p = newline - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\r')) {
            p--;
        }
        if (p < 0 || ".;:!?»\")".indexOf(text.charAt(p)) >= 0 || text.charAt(p) == '\n') {
            return true;
        }
        int q = newline + 1;
        while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q++;
        }
        if (q >= text.length()) {
            return true;
        }
        char next = text.charAt(q);
        boolean item = q + 1 < text.length() && Character.isLetter(next) && text.charAt(q + 1) == ')';
        return Character.isUpperCase(next) || Character.isDigit(next) || "-–—•\n«\"".indexOf(next) >= 0 || item;
    }

    /** «ст. 7», «п. 2», «ч. 1», «№ 96 от 26.02.2010 г. Методика»: a short word before the dot. */
    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        int length = dot - w;
        return length > 0 && length <= 3 && Character.isLowerCase(text.charAt(w));
    }

    int count() {
        return starts.length;
    }

    int index(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /**
     * The lead-in of a list item: the nearest preceding sentence ending with «:» (over at most ten
     * items of the same list, those ending with «;» or «,»), or -1.
     */
    int leadIn(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 12; j--) {
            String s = text(j).strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.endsWith(":")) {
                return j;
            }
            if (!(s.endsWith(";") || s.endsWith(",") || s.endsWith(":"))) {
                return -1;
            }
        }
        return -1;
    }
}
