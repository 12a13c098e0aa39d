package ru.probity.declarations.checks;

import java.util.List;

/**
 * A problem of an entered declaration: the field (as the web form names it, e.g.
 * {@code persons[1].incomes[0].amount}), a message key of the bundle and its arguments.
 */
public record Problem(String field, String key, List<String> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String key, String... args) {
        return new Problem(field, key, List.of(args));
    }
}
