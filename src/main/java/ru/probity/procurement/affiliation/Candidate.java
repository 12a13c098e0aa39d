package ru.probity.procurement.affiliation;

import java.util.List;
import java.util.function.Supplier;
import ru.probity.procurement.names.PersonFacts;

/**
 * A register person tied to a supplier, to be looked for among the customer's people. Only the
 * look-up keys are computed eagerly; the facts for the matcher and the texts of the path are built
 * on demand, for the few candidates that meet someone (most never do).
 *
 * @param key the person's {@code NormalName.key()}
 * @param inn the encoded INN ({@link Ids#inn}), 0 if unknown
 * @param under44 makes a conflict under 44-ФЗ ст.31 ч.1 п.9 for an official's close relative
 *     (supplier-individual, director, board member, beneficiary &gt; 10 %)
 * @param self the person is the supplier (individual or entrepreneur): also for the official himself
 * @param former a tie that ended within the configured period (then no other flag is set)
 * @param ground what the tie is for the official himself: {@link #NO_GROUND} (owns through other
 *     companies or manages one), {@link #PARTICIPANT} (a participant of the supplier, any share) or
 *     {@link #BUSINESS} (the supplier-individual or entrepreneur, its director, a board member or
 *     another management body) — both grounds of 44-ФЗ ст.39 ч.6 for a commission member; only
 *     {@code BUSINESS} is business activity or management (25-ФЗ ст.14 ч.1 п.3)
 */
record Candidate(
        String key,
        long inn,
        Supplier<PersonFacts> factsSource,
        Supplier<Text> textSource,
        boolean under44,
        boolean self,
        boolean former,
        byte ground) {

    static final byte NO_GROUND = 0;
    static final byte PARTICIPANT = 1;
    static final byte BUSINESS = 2;

    /**
     * @param record the register record as a label, «ИВАНОВ ИВАН ИВАНОВИЧ (ИНН …)»
     * @param tail the path from the person to the supplier; the first step's {@code from} is null
     *     and is filled with the matched HR person
     * @param tie the tie in words, for the explanation
     */
    record Text(String record, List<PathStep> tail, String tie) {}

    PersonFacts facts() {
        return factsSource.get();
    }

    Text text() {
        return textSource.get();
    }

    /** True when the first name is only an initial («иванов и»). */
    boolean firstIsInitial() {
        int space = key.lastIndexOf(' ');
        return space >= 0 && key.length() == space + 2;
    }

    /** The key with the first name cut to its initial, or null when it is one already or absent. */
    String initialKey() {
        int space = key.lastIndexOf(' ');
        return space < 0 || key.length() <= space + 2 ? null : key.substring(0, space + 2);
    }

    /** The path with the HR person as the first node. */
    static List<PathStep> pathFrom(Text text, String personLabel) {
        List<PathStep> tail = text.tail();
        PathStep first = tail.getFirst();
        PathStep[] steps = tail.toArray(PathStep[]::new);
        steps[0] = new PathStep(personLabel, first.relation(), first.to());
        return List.of(steps);
    }
}
