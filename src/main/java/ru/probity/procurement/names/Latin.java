package ru.probity.procurement.names;

/**
 * Latin spelling of Russian names back to Cyrillic: the passport transliteration (ICAO Doc 9303,
 * used by ГОСТ Р 52535.1-2006 and the MVD since 2013) and the common older and informal variants
 * (ya/yu/y for я/ю/й, ye/yo, x for кс, j for й, an apostrophe for ь).
 *
 * <p>First names are better recognised by {@link #skeleton} against the dictionary (see {@link
 * FirstNames#fromLatin}); {@link #toCyrillic} is the generic fallback used for surnames and
 * patronymics. Input is lower case.
 */
final class Latin {

    private Latin() {}

    static boolean hasLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'а' && c <= 'я') {
                return true;
            }
        }
        return false;
    }

    /** Latin look-alikes inside a Cyrillic word (a typist's or OCR's mix) replaced by Cyrillic. */
    static String homoglyphsToCyrillic(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (out[i]) {
                case 'a' -> 'а';
                case 'b' -> 'в';
                case 'c' -> 'с';
                case 'e' -> 'е';
                case 'h' -> 'н';
                case 'k' -> 'к';
                case 'm' -> 'м';
                case 'o' -> 'о';
                case 'p' -> 'р';
                case 't' -> 'т';
                case 'x' -> 'х';
                case 'y' -> 'у';
                default -> out[i];
            };
        }
        return new String(out);
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean latinVowel(String s, int i) {
        return i >= 0 && i < s.length() && vowel(s.charAt(i));
    }

    private static boolean letter(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    /** Generic Latin → Cyrillic, context-aware; the result is lower case with е for ё. */
    static String toCyrillic(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            boolean atStart = !letter(s, i - 1);
            boolean afterVowel = latinVowel(s, i - 1);
            if (s.startsWith("shch", i)) {
                b.append('щ');
                i += 4;
            } else if (s.startsWith("zh", i)) {
                b.append('ж');
                i += 2;
            } else if (s.startsWith("kh", i)) {
                b.append('х');
                i += 2;
            } else if (s.startsWith("ts", i)) {
                b.append('ц');
                i += 2;
            } else if (s.startsWith("ch", i)) {
                b.append('ч');
                i += 2;
            } else if (s.startsWith("sh", i)) {
                b.append('ш');
                i += 2;
            } else if (s.startsWith("ph", i)) {
                b.append('ф');
                i += 2;
            } else if ((c == 'y' || c == 'j') && i + 1 < n && "aeiou".indexOf(s.charAt(i + 1)) >= 0) {
                char v = s.charAt(i + 1);
                boolean soft = !atStart && !afterVowel && c == 'y';
                switch (v) {
                    case 'a' -> b.append(soft ? "ья" : "я");
                    case 'e' -> b.append(soft ? "ье" : "е");
                    case 'u' -> b.append('ю');
                    case 'o' -> b.append('е');
                    default -> b.append(soft ? "ы" : "й").append('и');
                }
                i += 2;
            } else if (c == 'i' && i + 1 < n && (s.charAt(i + 1) == 'a' || s.charAt(i + 1) == 'u')) {
                // ICAO: я = ia, ю = iu; «iia» is ия
                boolean u = s.charAt(i + 1) == 'u';
                if (atStart || afterVowel || u) {
                    b.append(u ? 'ю' : 'я');
                } else if (i > 0 && s.charAt(i - 1) == 'i') {
                    b.append('я');
                } else {
                    b.append(u ? "ью" : "ья");
                }
                i += 2;
            } else if (c == 'i' && i + 1 < n && s.charAt(i + 1) == 'e' && !atStart && !afterVowel) {
                boolean hard = i >= 2 && s.charAt(i - 1) == 'r' && (s.charAt(i - 2) == 't' || s.charAt(i - 2) == 'd');
                b.append(hard ? "ие" : "ье");
                i += 2;
            } else if ((c == 'i' || c == 'y') && i + 1 < n && s.charAt(i + 1) == 'y' && !letter(s, i + 2)) {
                b.append(c == 'i' ? "ий" : "ый");
                i += 2;
            } else if (c == 'i' && i + 1 < n && s.charAt(i + 1) == 'i' && !letter(s, i + 2)) {
                b.append("ий");
                i += 2;
            } else if ((c == 'i' || c == 'y') && afterVowel && !latinVowel(s, i + 1)) {
                b.append('й');
                i++;
            } else {
                switch (c) {
                    case 'a' -> b.append('а');
                    case 'b' -> b.append('б');
                    case 'c', 'k', 'q' -> b.append('к');
                    case 'd' -> b.append('д');
                    case 'e' -> b.append('е');
                    case 'f' -> b.append('ф');
                    case 'g' -> b.append('г');
                    case 'h' -> b.append('х');
                    case 'i' -> b.append('и');
                    case 'j' -> b.append('й');
                    case 'l' -> b.append('л');
                    case 'm' -> b.append('м');
                    case 'n' -> b.append('н');
                    case 'o' -> b.append('о');
                    case 'p' -> b.append('п');
                    case 'r' -> b.append('р');
                    case 's' -> b.append('с');
                    case 't' -> b.append('т');
                    case 'u' -> b.append('у');
                    case 'v', 'w' -> b.append('в');
                    case 'x' -> b.append("кс");
                    case 'y' -> b.append(atStart ? 'й' : 'ы');
                    case 'z' -> b.append('з');
                    case '\'' -> b.append('ь');
                    default -> b.append(c);
                }
                i++;
            }
        }
        return b.toString();
    }

    /**
     * A spelling-insensitive key of a Latin name: folds x/ks, w/v, c/k, kh/h, j/y/i, ia/ya/a after a
     * letter, yo/io/e (ё), ie/ye/e at the start, double letters and the apostrophe, so that «Yuliya»,
     * «Iuliia» and «Julia», or «Natalya» and «Natalia», share one key.
     */
    static String skeleton(String latin) {
        StringBuilder b = new StringBuilder(latin.length() + 2);
        int n = latin.length();
        for (int i = 0; i < n; i++) {
            char c = latin.charAt(i);
            if (c == 'x') {
                b.append("ks");
            } else if (c == 'w') {
                b.append('v');
            } else if (c == 'q') {
                b.append('k');
            } else if (c == 'c' && (i + 1 >= n || latin.charAt(i + 1) != 'h')) {
                b.append('k');
            } else if (c == 'p' && i + 1 < n && latin.charAt(i + 1) == 'h') {
                b.append('f');
                i++;
            } else if (c == 'k' && i + 1 < n && latin.charAt(i + 1) == 'h') {
                b.append('h');
                i++;
            } else if (c == 'j' || c == 'y') {
                b.append('i');
            } else if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        // fold i before a vowel, io → e, the start ie → e, and double letters
        StringBuilder k = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            char next = i + 1 < b.length() ? b.charAt(i + 1) : 0;
            if (c == 'i' && next == 'i') {
                continue;
            }
            if (c == 'i' && next == 'o' && i > 0) {
                k.append('e');
                i++;
                continue;
            }
            if (c == 'i' && next == 'e' && i == 0) {
                continue;
            }
            if (c == 'i' && i > 0 && (next == 'a' || next == 'e' || next == 'u' || next == 'o')) {
                continue;
            }
            if (k.length() > 0 && k.charAt(k.length() - 1) == c) {
                continue;
            }
            k.append(c);
        }
        return k.toString();
    }
}
