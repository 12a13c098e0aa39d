package ru.probity.accounts.logins;

import java.util.function.Predicate;
import ru.probity.platform.Transliteration;

/**
 * The rule of provisioned logins (issue 16, item 1; docs/security.md «Accounts for every
 * employee»): the surname transliterated, a dot, the initials of the first name and the
 * patronymic — Иванов Андрей Петрович → {@code ivanov.ap} — lower-case ASCII letters, digits, dots
 * and hyphens; a login already taken gets the smallest free numeric suffix from 2 ({@code
 * ivanov.ap2}). Transliteration is that of Russian passports (Приказ МВД России от 29.03.2016 №
 * 889 after ICAO Doc 9303, one engine: {@link Transliteration}): ё e, й i, х kh, ц ts, ч ch, ш sh,
 * щ shch, ъ ie, ы y, ь dropped, э e, ю iu, я ia.
 */
public final class Logins {

    /** The longest login an account may have. */
    public static final int MAX_LENGTH = 40;

    private Logins() {}

    /** The login before any suffix: {@code surname.initials}. */
    public static String base(String lastName, String firstName, String middleName) {
        String surname = latin(lastName).replaceAll("[^a-z0-9-]", "").replaceAll("^-+|-+$", "");
        String initials = initial(firstName) + initial(middleName);
        if (surname.isEmpty()) {
            surname = "user";
        }
        int room = MAX_LENGTH - 4 - (initials.isEmpty() ? 0 : initials.length() + 1);
        if (surname.length() > room) {
            surname = surname.substring(0, room);
        }
        String login = initials.isEmpty() ? surname : surname + "." + initials;
        return login.length() < 3 ? login + "1" : login;
    }

    /** The base login, or with the smallest numeric suffix from 2 that is not taken. */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private static String initial(String name) {
        if (name == null) {
            return "";
        }
        String latin = latin(name.strip()).replaceAll("[^a-z]", "");
        return latin.isEmpty() ? "" : latin.substring(0, 1);
    }

    /** The passport's Latin letters ({@link Transliteration#passport}); long dashes count as hyphens. */
    public static String latin(String text) {
        if (text == null) {
            return "";
        }
        return Transliteration.passport(text.replaceAll("[\u2010-\u2014]", "-"));
    }
}
