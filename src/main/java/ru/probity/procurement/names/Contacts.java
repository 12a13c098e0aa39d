package ru.probity.procurement.names;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Phones, e-mails and addresses brought to a comparable form. */
final class Contacts {

    private Contacts() {}

    /** Address abbreviations and their full words (after lower-casing, ё→е, punctuation removed). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ул", "улица"),
            Map.entry("д", "дом"),
            Map.entry("г", "город"),
            Map.entry("гор", "город"),
            Map.entry("кв", "квартира"),
            Map.entry("пр", "проспект"),
            Map.entry("пр-т", "проспект"),
            Map.entry("пр-кт", "проспект"),
            Map.entry("просп", "проспект"),
            Map.entry("пер", "переулок"),
            Map.entry("обл", "область"),
            Map.entry("р-н", "район"),
            Map.entry("р-он", "район"),
            Map.entry("корп", "корпус"),
            Map.entry("к", "корпус"),
            Map.entry("стр", "строение"),
            Map.entry("пл", "площадь"),
            Map.entry("ш", "шоссе"),
            Map.entry("наб", "набережная"),
            Map.entry("б-р", "бульвар"),
            Map.entry("бул", "бульвар"),
            Map.entry("пос", "поселок"),
            Map.entry("п", "поселок"),
            Map.entry("пгт", "поселок городского типа"),
            Map.entry("с", "село"),
            Map.entry("дер", "деревня"),
            Map.entry("мкр", "микрорайон"),
            Map.entry("мкрн", "микрорайон"),
            Map.entry("респ", "республика"),
            Map.entry("оф", "офис"),
            Map.entry("пом", "помещение"),
            Map.entry("тер", "территория"),
            Map.entry("туп", "тупик"),
            Map.entry("проезд", "проезд"),
            Map.entry("пр-д", "проезд"));

    static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        char[] d = new char[11];
        int n = 0;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                if (n == 11) {
                    return null; // more than 11 digits
                }
                d[n++] = c;
            }
        }
        if (n == 11 && (d[0] == '7' || d[0] == '8')) {
            return new String(d, 1, 10);
        }
        return n == 10 ? new String(d, 0, 10) : null;
    }

    static String normalizeEmail(String email) {
        if (email == null) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        if (e.startsWith("mailto:")) {
            e = e.substring(7);
        }
        return e.isEmpty() || e.indexOf('@') < 1 ? null : e;
    }

    /**
     * Lower case, ё→е, punctuation to spaces, abbreviations spelt out («ул.»→«улица», «д.»→«дом»,
     * «г.»→«город»…), the postal index and the country dropped, single spaces. Null for a blank one.
     * One pass over the characters with fast paths for Latin and Cyrillic letters: it runs for every
     * person and every contract's supplier.
     */
    static String normalizeAddress(String address) {
        if (address == null) {
            return null;
        }
        int length = address.length();
        Chars out = new Chars(length + 32);
        char[] word = new char[Math.min(length, 64) + 1];
        int w = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? address.charAt(i) : ' ';
            if (letterOrDigit(c) || (c == '-' && w > 0) || c == '/') {
                boolean digit = digit(c);
                if (w > 0
                        && !digit
                        && digit(word[w - 1])
                        && letter(c)
                        && i + 1 < length
                        && letter(address.charAt(i + 1))) {
                    flush(word, w, out); // «5ул» → «5 ул»; a house letter «5а» stays
                    w = 0;
                } else if (w > 0 && digit && letter(word[w - 1])) {
                    flush(word, w, out); // «д5» → «д 5»
                    w = 0;
                }
                if (w == word.length) {
                    word = Arrays.copyOf(word, w * 2);
                }
                word[w++] = c == 'ё' || c == 'Ё' ? 'е' : lower(c);
            } else if (w > 0) {
                flush(word, w, out);
                w = 0;
            }
        }
        return out.length == 0 ? null : new String(out.chars, 0, out.length);
    }

    /** A growable char buffer: a StringBuilder without its per-character checks. */
    private static final class Chars {
        char[] chars;
        int length;

        Chars(int capacity) {
            chars = new char[capacity];
        }

        void append(char[] source, int count) {
            ensure(count + 1);
            if (length > 0) {
                chars[length++] = ' ';
            }
            System.arraycopy(source, 0, chars, length, count);
            length += count;
        }

        void append(String s) {
            ensure(s.length() + 1);
            if (length > 0) {
                chars[length++] = ' ';
            }
            s.getChars(0, s.length(), chars, length);
            length += s.length();
        }

        private void ensure(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }
    }

    /** Appends the word (without trailing hyphens) spelt out, unless it is the country or a postal index. */
    private static void flush(char[] word, int length, Chars out) {
        int n = length;
        while (n > 0 && word[n - 1] == '-') {
            n--;
        }
        if (n == 0 || isCountry(word, n) || isPostalIndex(word, n)) {
            return;
        }
        String full = Abbreviations.full(word, n);
        if (full == null) {
            out.append(word, n);
        } else {
            out.append(full);
        }
    }

    /**
     * The address abbreviations as a small open-addressing table over the characters, so that
     * looking a word up allocates nothing.
     */
    private static final class Abbreviations {
        private static final int LONGEST;
        private static final char[][] KEYS = new char[128][];
        private static final String[] VALUES = new String[128];

        static {
            int longest = 0;
            for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
                char[] key = e.getKey().toCharArray();
                longest = Math.max(longest, key.length);
                int slot = hash(key, key.length) & (KEYS.length - 1);
                while (KEYS[slot] != null) {
                    slot = (slot + 1) & (KEYS.length - 1);
                }
                KEYS[slot] = key;
                VALUES[slot] = e.getValue();
            }
            LONGEST = longest;
        }

        /** The full word for an abbreviation, or null. */
        static String full(char[] word, int n) {
            if (n > LONGEST) {
                return null;
            }
            for (int slot = hash(word, n) & (KEYS.length - 1); ; slot = (slot + 1) & (KEYS.length - 1)) {
                char[] key = KEYS[slot];
                if (key == null) {
                    return null;
                }
                if (Arrays.equals(key, 0, key.length, word, 0, n)) {
                    return VALUES[slot];
                }
            }
        }

        private static int hash(char[] s, int n) {
            int h = 0;
            for (int i = 0; i < n; i++) {
                h = 31 * h + s[i];
            }
            return h ^ (h >>> 7);
        }
    }

    private static boolean isCountry(char[] w, int n) {
        return n == 6 && w[0] == 'р' && w[1] == 'о' && w[2] == 'с' && w[3] == 'с' && w[4] == 'и' && w[5] == 'я'
                || n == 2 && w[0] == 'р' && w[1] == 'ф';
    }

    private static boolean isPostalIndex(char[] w, int n) {
        if (n != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!digit(w[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean cyrillic(char c) {
        return (c >= 'А' && c <= 'я') || c == 'ё' || c == 'Ё';
    }

    private static boolean letterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return cyrillic(c) || Character.isLetterOrDigit(c);
    }

    private static boolean letter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return cyrillic(c) || Character.isLetter(c);
    }

    private static boolean digit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : !cyrillic(c) && Character.isDigit(c);
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= 'А' && c <= 'Я') {
            return (char) (c + 32);
        }
        return c >= 'а' && c <= 'я' ? c : Character.toLowerCase(c);
    }

    /** The region code: given, or the first two digits of an INN. */
    static String region(String region, String inn) {
        if (region != null && !region.isBlank()) {
            String r = region.strip();
            return r.length() == 1 ? "0" + r : r;
        }
        String d = digits(inn);
        return d != null && (d.length() == 10 || d.length() == 12) ? d.substring(0, 2) : null;
    }

    static String digits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder d = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        return d.isEmpty() ? null : d.toString();
    }
}
