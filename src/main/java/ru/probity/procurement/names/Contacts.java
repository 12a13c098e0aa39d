package ru.probity.procurement.names;

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
        StringBuilder d = new StringBuilder(12);
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        if (d.length() == 11 && (d.charAt(0) == '7' || d.charAt(0) == '8')) {
            return d.substring(1);
        }
        return d.length() == 10 ? d.toString() : null;
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
     */
    static String normalizeAddress(String address) {
        if (address == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(address.length() + 16);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= address.length(); i++) {
            char c = i < address.length() ? address.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || (c == '-' && word.length() > 0) || c == '/') {
                boolean digit = Character.isDigit(c);
                if (word.length() > 0
                        && !digit
                        && Character.isDigit(word.charAt(word.length() - 1))
                        && Character.isLetter(c)
                        && i + 1 < address.length()
                        && Character.isLetter(address.charAt(i + 1))) {
                    flush(word, out); // «5ул» → «5 ул»; a house letter «5а» stays
                } else if (word.length() > 0 && digit && Character.isLetter(word.charAt(word.length() - 1))) {
                    flush(word, out); // «д5» → «д 5»
                }
                word.append(c == 'ё' || c == 'Ё' ? 'е' : Character.toLowerCase(c));
            } else {
                flush(word, out);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static void flush(StringBuilder word, StringBuilder out) {
        if (word.isEmpty()) {
            return;
        }
        int n = word.length();
        while (n > 0 && word.charAt(n - 1) == '-') {
            n--;
        }
        String w = word.substring(0, n);
        word.setLength(0);
        if (w.isEmpty() || w.equals("россия") || w.equals("рф") || isPostalIndex(w)) {
            return;
        }
        String full = ABBREVIATIONS.getOrDefault(w, w);
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(full);
    }

    private static boolean isPostalIndex(String w) {
        if (w.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
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
