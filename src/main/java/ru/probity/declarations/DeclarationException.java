package ru.probity.declarations;

import java.util.List;
import ru.probity.declarations.checks.Problem;

/** A request the declarations refuse, with the problems in the bundle's words. */
public class DeclarationException extends RuntimeException {

    private final transient List<Problem> problems;

    public DeclarationException(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.getFirst().key());
        this.problems = List.copyOf(problems);
    }

    public DeclarationException(String key, String... args) {
        this(List.of(Problem.of("", key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
