package ru.probity.procurement.generator;

import ru.probity.identifiers.Identifiers;

/**
 * Identifiers with valid check digits, from disjoint serial ranges so that records of different
 * kinds (background, customers, staff, decoys) never share an INN by accident.
 */
final class Codes {

    static final int BACKGROUND_COMPANIES = 1_000_000;
    static final int PLANTED_COMPANIES = 3_000_000;
    static final int CUSTOMERS = 9_000_000;
    static final int STAFF_PEOPLE = 10_000_000;
    static final int BACKGROUND_PEOPLE = 30_000_000;
    static final int DECOY_PEOPLE = 90_000_000;

    private Codes() {}

    /** A ten-digit organization INN: region + seven-digit serial + check digit. */
    static String companyInn(String region, int serial) {
        return Identifiers.completeOrganizationInn(region + pad(serial, 7));
    }

    static String ogrn(String region, int serial) {
        return Identifiers.completeOgrn("1" + "02" + region + pad(serial, 7));
    }

    static String kpp(String region) {
        return region + "0101001";
    }

    /** A twelve-digit person INN: region + eight-digit serial + two check digits. */
    static String personInn(String region, int serial) {
        return Identifiers.completePersonInn(region + pad(serial, 8));
    }

    static String ogrnip(String region, int serial) {
        return Identifiers.completeOgrnip("3" + "04" + region + pad(serial, 9));
    }

    /** A phone whose ten significant digits start with {@code prefix} (two digits) and are unique per serial. */
    static String phone(String prefix, int serial) {
        String d = prefix + pad(serial, 8);
        return "+7 (" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6, 8) + "-" + d.substring(8);
    }

    /** The same phone as an HR clerk types it: «8» and the digits. */
    static String phoneDigits8(String phone) {
        return "8" + phone.replaceAll("\\D", "").substring(1);
    }

    static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s.substring(s.length() - width) : "0".repeat(width - s.length()) + s;
    }
}
