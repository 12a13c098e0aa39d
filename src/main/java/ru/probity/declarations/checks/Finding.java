package ru.probity.declarations.checks;

import java.util.List;

/** One result of the checks: the rule and the arguments of its Russian explanation. */
public record Finding(Rule rule, List<String> args) {

    public Finding {
        args = List.copyOf(args);
    }

    static Finding of(Rule rule, String... args) {
        return new Finding(rule, List.of(args));
    }
}
