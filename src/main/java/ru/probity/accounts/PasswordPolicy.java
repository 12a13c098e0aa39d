package ru.probity.accounts;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The password policy (issue 14, item 13): at least {@value #MIN_LENGTH} characters with letters and
 * digits, no spaces at either end, not the username, and not guessable: zxcvbn's dictionaries of
 * common passwords, names, words and keyboard patterns must rate it at least {@value #MIN_SCORE} of 4
 * ("password12", "qwerty1234" and the like are refused). Pure rules, no framework.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 3;

    /** Words every Probity user is tempted to put in a password. */
    private static final List<String> OWN_WORDS =
            List.of("probity", "пробити", "kaluga", "калуга", "obninsk", "обнинск", "korrupciya", "коррупция");

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {}

    /** The message key of the password's weakness, if it has one. */
    static Optional<String> weakness(String password, String username, String... personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.error.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.error.long");
        }
        if (!password.equals(password.strip())) {
            return Optional.of("password.error.spaces");
        }
        if (!password.codePoints().anyMatch(Character::isLetter)
                || !password.codePoints().anyMatch(Character::isDigit)) {
            return Optional.of("password.error.simple");
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.username");
        }
        List<String> inputs = new ArrayList<>(OWN_WORDS);
        if (username != null) {
            inputs.add(username);
            inputs.addAll(List.of(username.split("[._-]")));
        }
        for (String words : personal) {
            if (words != null) {
                inputs.addAll(List.of(words.split("\\s+")));
            }
        }
        Strength strength = ZXCVBN.measure(password, inputs);
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of("password.error.guessable");
        }
        return Optional.empty();
    }
}
