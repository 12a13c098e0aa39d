package ru.probity.expertise.detector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering of an act's clauses: for each character offset, the number of the innermost clause
 * it lies in. Recognised at the start of a line: «Статья 4» (→ «4»), «Пункт 5»/«п. 5» (→ «5»),
 * dotted numbers «1.», «2.3.», «2.3.1» (→ «2.3.1»), and the subitems «4)» and «а)» written after
 * the enclosing number (→ «2.3 4)», «2.3 4) а)»). Text before the first number lies in no clause
 * (the empty string).
 */
public final class ClauseNumbers {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

    /** «Статья 4.», «Статья 12.1». */
    private static final Pattern ARTICLE =
            Pattern.compile("^[ \\t\\u00A0]*Стать[яи][ \\t\\u00A0]+(\\d{1,3}(?:\\.\\d{1,3})*)", FLAGS);

    /** «Пункт 5.», «п. 5». */
    private static final Pattern POINT = Pattern.compile(
            "^[ \\t\\u00A0]*(?:Пункт|п\\.)[ \\t\\u00A0]*(\\d{1,3}(?:\\.\\d{1,3})*)\\.?(?=[ \\t\\u00A0])", FLAGS);

    /**
     * «1. Общие», «2.3. Заявитель», «2.3.1 Документы»: one to three digits per level, a letter,
     * quote or bracket after the space (not «2024 года»: four digits; not «1.5 метра»: lower case).
     */
    private static final Pattern DOTTED = Pattern.compile(
            "^[ \\t\\u00A0]*(\\d{1,3}(?:\\.\\d{1,3})*)\\.?[ \\t\\u00A0]+(?=[\\p{Lu}«\"(])", Pattern.MULTILINE);

    /** «4)» and «4.» within a clause, «а)»: a subitem of the enclosing number. */
    private static final Pattern NUMBER_ITEM = Pattern.compile("^[ \\t\\u00A0]*(\\d{1,2})\\)", Pattern.MULTILINE);

    private static final Pattern LETTER_ITEM = Pattern.compile("^[ \\t\\u00A0]*([а-яё])\\)", Pattern.MULTILINE);

    private final int[] starts;
    private final String[] numbers;

    private ClauseNumbers(int[] starts, String[] numbers) {
        this.starts = starts;
        this.numbers = numbers;
    }

    public static ClauseNumbers of(String text) {
        List<Integer> starts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        String main = "";
        String item = "";
        int line = 0;
        while (line <= text.length()) {
            int eol = text.indexOf('\n', line);
            if (eol < 0) {
                eol = text.length();
            }
            String l = text.substring(line, eol);
            String found = null;
            Matcher m;
            if ((m = ARTICLE.matcher(l)).lookingAt() || (m = POINT.matcher(l)).lookingAt()) {
                main = m.group(1);
                item = "";
                found = main;
            } else if ((m = NUMBER_ITEM.matcher(l)).lookingAt()) {
                item = m.group(1) + ")";
                found = join(main, item);
            } else if ((m = LETTER_ITEM.matcher(l)).lookingAt()) {
                String letter = m.group(1) + ")";
                found = join(main, item.isEmpty() ? letter : item + " " + letter);
            } else if ((m = DOTTED.matcher(l)).lookingAt()) {
                main = m.group(1);
                item = "";
                found = main;
            }
            if (found != null) {
                starts.add(line);
                numbers.add(found);
            }
            line = eol + 1;
        }
        return new ClauseNumbers(starts.stream().mapToInt(Integer::intValue).toArray(), numbers.toArray(String[]::new));
    }

    private static String join(String main, String item) {
        return main.isEmpty() ? item : main + " " + item;
    }

    /** The number of the innermost clause holding the offset; empty when before any number. */
    public String at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? "" : numbers[i];
    }
}
