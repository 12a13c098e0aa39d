package ru.probity.identifiers;

import java.util.Optional;

/**
 * Validation and normalisation of INN, KPP, OGRN, OGRNIP and SNILS. Each check returns an empty
 * result for a valid value, or the reason in Russian for the user.
 */
public final class Identifiers {

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_1 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_2 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Identifiers() {}

    /** Digits only: spaces, dashes and other separators removed; null for a blank value. */
    public static String digits(String value) {
        if (value == null) {
            return null;
        }
        String d = value.replaceAll("[\\s\\-‐-―.]", "");
        return d.isEmpty() ? null : d;
    }

    /** INN of an organization: 10 digits with one check digit. */
    public static Optional<String> checkOrganizationInn(String inn) {
        if (!inn.matches("\\d{10}")) {
            return Optional.of("ИНН организации должен состоять из 10 цифр");
        }
        if (checksum(inn, INN10) != digit(inn, 9)) {
            return Optional.of("неверная контрольная цифра ИНН");
        }
        return Optional.empty();
    }

    /** INN of an individual (incl. an individual entrepreneur): 12 digits with two check digits. */
    public static Optional<String> checkPersonInn(String inn) {
        if (!inn.matches("\\d{12}")) {
            return Optional.of("ИНН физического лица должен состоять из 12 цифр");
        }
        if (checksum(inn, INN12_1) != digit(inn, 10) || checksum(inn, INN12_2) != digit(inn, 11)) {
            return Optional.of("неверная контрольная цифра ИНН");
        }
        return Optional.empty();
    }

    /** KPP: 9 characters, the 5th and 6th may be capital Latin letters. */
    public static Optional<String> checkKpp(String kpp) {
        if (!kpp.matches("\\d{4}[0-9A-Z]{2}\\d{3}")) {
            return Optional.of("КПП должен состоять из 9 символов: 4 цифры, 2 цифры или латинские буквы, 3 цифры");
        }
        return Optional.empty();
    }

    /** OGRN of a legal entity: 13 digits, the last is (first 12 mod 11) mod 10. */
    public static Optional<String> checkOgrn(String ogrn) {
        if (!ogrn.matches("\\d{13}")) {
            return Optional.of("ОГРН должен состоять из 13 цифр");
        }
        long body = Long.parseLong(ogrn.substring(0, 12));
        if ((body % 11) % 10 != digit(ogrn, 12)) {
            return Optional.of("неверная контрольная цифра ОГРН");
        }
        return Optional.empty();
    }

    /** OGRNIP of an individual entrepreneur: 15 digits, the last is (first 14 mod 13) mod 10. */
    public static Optional<String> checkOgrnip(String ogrnip) {
        if (!ogrnip.matches("\\d{15}")) {
            return Optional.of("ОГРНИП должен состоять из 15 цифр");
        }
        long body = Long.parseLong(ogrnip.substring(0, 14));
        if ((body % 13) % 10 != digit(ogrnip, 14)) {
            return Optional.of("неверная контрольная цифра ОГРНИП");
        }
        return Optional.empty();
    }

    /**
     * SNILS: 11 digits; the last two are a checksum of the first nine weighted 9..1, taken mod 101
     * (100 and 101 give 00). Numbers up to 001-001-998 carry no checksum.
     */
    public static Optional<String> checkSnils(String snils) {
        if (!snils.matches("\\d{11}")) {
            return Optional.of("СНИЛС должен состоять из 11 цифр");
        }
        long number = Long.parseLong(snils.substring(0, 9));
        if (number <= 1_001_998L) {
            return Optional.empty();
        }
        if (snilsChecksum(snils.substring(0, 9)) != Integer.parseInt(snils.substring(9))) {
            return Optional.of("неверная контрольная сумма СНИЛС");
        }
        return Optional.empty();
    }

    /** The check digit(s) to append: used by generators of test and demo data. */
    public static String completeOrganizationInn(String firstNine) {
        return firstNine + checksum(firstNine + "0", INN10);
    }

    public static String completePersonInn(String firstTen) {
        String eleven = firstTen + checksum(firstTen + "00", INN12_1);
        return eleven + checksum(eleven + "0", INN12_2);
    }

    public static String completeOgrn(String firstTwelve) {
        return firstTwelve + (Long.parseLong(firstTwelve) % 11) % 10;
    }

    public static String completeOgrnip(String firstFourteen) {
        return firstFourteen + (Long.parseLong(firstFourteen) % 13) % 10;
    }

    public static String completeSnils(String firstNine) {
        return firstNine + String.format("%02d", snilsChecksum(firstNine));
    }

    /** SNILS as people write it: 123-456-789 01. */
    public static String formatSnils(String snils) {
        if (snils == null || snils.length() != 11) {
            return snils;
        }
        return snils.substring(0, 3) + "-" + snils.substring(3, 6) + "-" + snils.substring(6, 9) + " "
                + snils.substring(9);
    }

    private static int snilsChecksum(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digit(nine, i) * (9 - i);
        }
        int check = sum % 101;
        return check == 100 ? 0 : check;
    }

    private static int checksum(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(value, i) * weights[i];
        }
        return (sum % 11) % 10;
    }

    private static int digit(String value, int index) {
        return value.charAt(index) - '0';
    }
}
