package ru.probity.procurement.affiliation;

import java.util.List;
import ru.probity.procurement.names.PersonFacts;

/**
 * A register person tied to a supplier, to be looked for among the customer's people.
 *
 * @param facts what the register knows of the person (for the matcher)
 * @param key the person's {@code NormalName.key()}; {@code initialKey} the same with the first
 *     name's initial
 * @param inn the encoded INN ({@link Ids#inn}), 0 if unknown
 * @param record the register record as a label, «ИВАНОВ ИВАН ИВАНОВИЧ (ИНН …)»
 * @param tail the path from the person to the supplier; the first step's {@code from} is null and
 *     is filled with the matched HR person
 * @param tie the tie in words, for the explanation
 * @param under44 makes a conflict under 44-ФЗ ст.31 ч.1 п.9 for an official's close relative
 *     (supplier-individual, director, board member, beneficiary &gt; 10 %)
 * @param self the person is the supplier (individual or entrepreneur): also for the official himself
 * @param former a tie that ended within the configured period (then no other flag is set)
 */
record Candidate(
        PersonFacts facts,
        String key,
        String initialKey,
        long inn,
        String record,
        List<PathStep> tail,
        String tie,
        boolean under44,
        boolean self,
        boolean former) {

    /** The path with the HR person as the first node. */
    List<PathStep> pathFrom(String personLabel) {
        PathStep first = tail.getFirst();
        if (tail.size() == 1) {
            return List.of(new PathStep(personLabel, first.relation(), first.to()));
        }
        PathStep[] steps = tail.toArray(PathStep[]::new);
        steps[0] = new PathStep(personLabel, first.relation(), first.to());
        return List.of(steps);
    }
}
