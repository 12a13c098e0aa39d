package ru.probity.demo;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import ru.probity.identifiers.Identifiers;

/**
 * Unique, valid identifiers for the demo: INN of organizations and people registered in the
 * Kaluga region (prefix 40 and the code of the local tax office), KPP, OGRN, SNILS and phones.
 */
final class DemoIdentifiers {

    private final RandomGenerator random;
    private final Set<String> issued = new HashSet<>();

    DemoIdentifiers(RandomGenerator random) {
        this.random = random;
    }

    /** A 10-digit INN of an organization registered by the tax office {@code taxCode} (e.g. 4027). */
    String organizationInn(String taxCode) {
        while (true) {
            String inn = Identifiers.completeOrganizationInn(taxCode + digits(5));
            if (issued.add(inn)) {
                return inn;
            }
        }
    }

    /** KPP of a head office: tax office code, reason code 01, serial 001. */
    String kpp(String taxCode) {
        return taxCode + "01001";
    }

    /** OGRN: sign 1, two digits of the year, region 40, tax office, serial, check digit. */
    String ogrn(String taxCode, int year) {
        while (true) {
            String body = "1" + String.format("%02d", year % 100) + "40" + taxCode.substring(2) + digits(5);
            String ogrn = Identifiers.completeOgrn(body);
            if (issued.add(ogrn)) {
                return ogrn;
            }
        }
    }

    /** A 12-digit INN of a person issued in the region. */
    String personInn(String taxCode) {
        while (true) {
            String inn = Identifiers.completePersonInn(taxCode + digits(6));
            if (issued.add(inn)) {
                return inn;
            }
        }
    }

    /** A SNILS with its checksum (above the range that carries none). */
    String snils() {
        while (true) {
            String first = String.format("%09d", 100_000_000L + random.nextLong(899_999_999L));
            String snils = Identifiers.completeSnils(first);
            if (issued.add(snils)) {
                return snils;
            }
        }
    }

    /** A mobile number of a regional operator: +7 (910) 512-34-56. */
    String mobile() {
        String[] codes = {"910", "915", "920", "953", "980", "906", "960", "909"};
        return "+7 (" + codes[random.nextInt(codes.length)] + ") " + digits(3) + "-" + digits(2) + "-" + digits(2);
    }

    /** A landline: (4842) 56-12-34 for Kaluga (6 digits), (48438) 4-12-34 for districts (5 digits). */
    String landline(String areaCode) {
        if (areaCode.length() == 4) {
            return "(" + areaCode + ") " + (50 + random.nextInt(30)) + "-" + digits(2) + "-" + digits(2);
        }
        if (areaCode.length() == 3) {
            return "(" + areaCode + ") 39" + digits(1) + "-" + digits(2) + "-" + digits(2);
        }
        return "(" + areaCode + ") " + (2 + random.nextInt(6)) + "-" + digits(2) + "-" + digits(2);
    }

    String digits(int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
