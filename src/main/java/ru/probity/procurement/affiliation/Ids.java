package ru.probity.procurement.affiliation;

import java.time.LocalDate;

/** Compact encodings: INNs as longs, dates as epoch days, shares as floats. */
final class Ids {

    /** A date not given: a tie with no start date held from the beginning. */
    static final int NO_START = Integer.MIN_VALUE;
    /** A tie with no end date still holds. */
    static final int NO_END = Integer.MAX_VALUE;

    private Ids() {}

    /** The INN as a long (its digits times 100 plus its length, so that leading zeros survive); 0 if none or malformed. */
    static long inn(String inn) {
        if (inn == null) {
            return 0;
        }
        String s = inn.strip();
        int n = s.length();
        if (n != 10 && n != 12) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value * 100 + n;
    }

    /** The INN back as text, or null for 0. */
    static String innText(long key) {
        if (key == 0) {
            return null;
        }
        int n = (int) (key % 100);
        String digits = Long.toString(key / 100);
        return "0".repeat(Math.max(0, n - digits.length())) + digits;
    }

    /** The two-digit region code an INN begins with, or null. */
    static String region(String inn) {
        return inn(inn) == 0 ? null : inn.strip().substring(0, 2);
    }

    static int start(LocalDate date) {
        return date == null ? NO_START : (int) date.toEpochDay();
    }

    static int end(LocalDate date) {
        return date == null ? NO_END : (int) date.toEpochDay();
    }

    static LocalDate date(int day) {
        return day == NO_START || day == NO_END ? null : LocalDate.ofEpochDay(day);
    }

    /** The tie held on the day: it began on or before it and did not end by it. */
    static boolean heldOn(int since, int until, int day) {
        return since <= day && until > day;
    }
}
