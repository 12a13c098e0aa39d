package ru.probity.procurement.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether two person records are the same person.
 *
 * <ol>
 *   <li>the same INN → {@link Confidence#HIGH}; two different INNs → different people (also when one
 *       of them is a company's ten-digit INN);
 *   <li>the same SNILS → HIGH; two different SNILS → different people;
 *   <li>otherwise the names must agree in canonical form ({@link PersonNames#normalize}); an initial
 *       agrees with a full name that starts with it, a missing patronymic with any;
 *   <li>a birth date present on both sides and different → different people;
 *   <li>agreeing name plus corroboration (birth date, phone, e-mail, address, region) → MEDIUM; the
 *       name alone → LOW. A namesake (several people of the population carry the name, see {@link
 *       NameFrequencies}) with only the region to corroborate stays LOW; so does a name agreeing
 *       only up to initials with only the region.
 * </ol>
 */
public final class PersonMatcher {

    private final NameFrequencies frequencies;

    public PersonMatcher(NameFrequencies frequencies) {
        this.frequencies = frequencies == null ? new NameFrequencies() : frequencies;
    }

    /** Empty when the records are (or may be assumed to be) different people. */
    public Optional<Match> match(PersonFacts a, PersonFacts b) {
        String innA = Contacts.digits(a.inn());
        String innB = Contacts.digits(b.inn());
        if (innA != null && innB != null) {
            return innA.equals(innB)
                    ? Optional.of(new Match(Confidence.HIGH, "совпадает ИНН " + innA))
                    : Optional.empty();
        }
        String snilsA = Contacts.digits(a.snils());
        String snilsB = Contacts.digits(b.snils());
        if (snilsA != null && snilsB != null) {
            return snilsA.equals(snilsB)
                    ? Optional.of(new Match(Confidence.HIGH, "совпадает СНИЛС"))
                    : Optional.empty();
        }
        if (a.name() == null || b.name() == null) {
            return Optional.empty();
        }
        NormalName x = PersonNames.normalize(a.name());
        NormalName y = PersonNames.normalize(b.name());
        Agreement names = agreement(x, y);
        if (names == Agreement.NONE) {
            return Optional.empty();
        }
        if (a.birthDate() != null && b.birthDate() != null && !a.birthDate().equals(b.birthDate())) {
            return Optional.empty();
        }
        List<String> agree = new ArrayList<>(5);
        if (a.birthDate() != null && a.birthDate().equals(b.birthDate())) {
            agree.add("дата рождения");
        }
        if (same(phoneDigits(a.phone()), phoneDigits(b.phone()))) {
            agree.add("телефон");
        }
        if (same(normalizeEmail(a.email()), normalizeEmail(b.email()))) {
            agree.add("адрес электронной почты");
        }
        if (same(normalizeAddress(a.address()), normalizeAddress(b.address()))) {
            agree.add("адрес");
        }
        boolean region = same(Contacts.region(a.region(), a.inn()), Contacts.region(b.region(), b.inn()));
        if (region) {
            agree.add("регион");
        }
        String nameWords = names == Agreement.FULL ? "ФИО" : "ФИО (с точностью до инициалов)";
        int namesakes = namesakes(x, y, names);
        boolean onlyRegion = region && agree.size() == 1;
        if (agree.isEmpty() || onlyRegion && (namesakes > 1 || names == Agreement.PARTIAL)) {
            String reason = agree.isEmpty() ? "совпадают только " + nameWords : "совпадают " + list(nameWords, agree);
            if (namesakes > 1) {
                reason += "; это ФИО носят " + namesakes + " разных человек — возможен однофамилец";
            }
            return Optional.of(new Match(Confidence.LOW, reason));
        }
        return Optional.of(new Match(Confidence.MEDIUM, "совпадают " + list(nameWords, agree)));
    }

    private enum Agreement {
        FULL,
        PARTIAL,
        NONE
    }

    /** Whether two canonical names agree: fully, only up to initials or a missing patronymic, or not. */
    private static Agreement agreement(NormalName x, NormalName y) {
        if (x.last().isEmpty() || !x.last().equals(y.last())) {
            return Agreement.NONE;
        }
        Agreement first = part(x.first(), y.first(), false);
        Agreement middle = part(x.middle(), y.middle(), true);
        if (first == Agreement.NONE || middle == Agreement.NONE) {
            return Agreement.NONE;
        }
        return first == Agreement.FULL && middle == Agreement.FULL ? Agreement.FULL : Agreement.PARTIAL;
    }

    private static Agreement part(String p, String q, boolean mayBeMissing) {
        if (p.equals(q)) {
            return p.length() > 1 || p.isEmpty() && mayBeMissing ? Agreement.FULL : Agreement.PARTIAL;
        }
        if (p.isEmpty() || q.isEmpty()) {
            return mayBeMissing ? Agreement.PARTIAL : Agreement.NONE;
        }
        if (p.length() == 1 && q.charAt(0) == p.charAt(0) || q.length() == 1 && p.charAt(0) == q.charAt(0)) {
            return Agreement.PARTIAL;
        }
        return Agreement.NONE;
    }

    private int namesakes(NormalName x, NormalName y, Agreement names) {
        if (names == Agreement.FULL) {
            return Math.max(frequencies.count(x), frequencies.count(y));
        }
        NormalName fuller = x.toString().length() >= y.toString().length() ? x : y;
        NormalName shorter = fuller == x ? y : x;
        return Math.max(frequencies.count(fuller), frequencies.countByInitials(shorter));
    }

    private static boolean same(String p, String q) {
        return p != null && p.equals(q);
    }

    /** «ФИО и дата рождения», «ФИО, телефон и адрес». */
    private static String list(String first, List<String> rest) {
        StringBuilder b = new StringBuilder(first);
        for (int i = 0; i < rest.size(); i++) {
            b.append(i == rest.size() - 1 ? " и " : ", ").append(rest.get(i));
        }
        return b.toString();
    }

    /** A Russian phone number as its 10 significant digits (+7 or 8 dropped), null if it is not one. */
    public static String phoneDigits(String phone) {
        return Contacts.phoneDigits(phone);
    }

    /** An address for comparison: lower case, abbreviations spelt out, no punctuation or index. */
    public static String normalizeAddress(String address) {
        return Contacts.normalizeAddress(address);
    }

    /** An e-mail for comparison: trimmed and lower case; null if blank or not an address. */
    public static String normalizeEmail(String email) {
        return Contacts.normalizeEmail(email);
    }
}
