package ru.probity.procurement.affiliation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Contacts brought to a comparable form. The names engine does not offer contact normalisation
 * yet; these are deliberately simple and private to the engine.
 */
final class Contacts {

    private static final Pattern POSTCODE = Pattern.compile("(?U)\\b\\d{6}\\b");
    private static final Pattern PUNCTUATION = Pattern.compile("(?U)[^\\p{L}\\p{N}/]+");
    private static final Pattern CITY = Pattern.compile("(?U)\\b(город|гор)\\b");
    private static final Pattern STREET = Pattern.compile("(?U)\\bулица\\b");
    private static final Pattern HOUSE = Pattern.compile("(?U)\\bдом\\b");
    private static final Pattern FLAT = Pattern.compile("(?U)\\bквартира\\b");
    private static final Pattern COUNTRY = Pattern.compile("(?U)\\b(россия|российская федерация|рф)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Contacts() {}

    /** The last ten digits of a Russian phone number (+7 / 8 and punctuation dropped), or null. */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() < 10 ? null : digits.substring(digits.length() - 10);
    }

    /** The e-mail in lower case without spaces, or null when it is not an address. */
    static String email(String email) {
        if (email == null) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        return e.indexOf('@') > 0 ? e : null;
    }

    /**
     * The address in lower case, ё as е, the postal code dropped, punctuation as single spaces and
     * the usual abbreviations unified («г.», «ул.», «д.», «кв.»), or null.
     */
    static String address(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.toLowerCase(Locale.ROOT).replace('ё', 'е');
        a = POSTCODE.matcher(a).replaceAll(" ");
        a = PUNCTUATION.matcher(a).replaceAll(" ");
        a = CITY.matcher(a).replaceAll("г");
        a = STREET.matcher(a).replaceAll("ул");
        a = HOUSE.matcher(a).replaceAll("д");
        a = FLAT.matcher(a).replaceAll("кв");
        a = COUNTRY.matcher(a).replaceAll(" ");
        a = SPACES.matcher(a).replaceAll(" ").strip();
        return a.isEmpty() ? null : a;
    }
}
