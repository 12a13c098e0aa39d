package ru.probity.procurement.affiliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.names.Confidence;

/** One conflict per (contract, official, person), listing every rule (issue 16 item 8). */
class ConflictTest {

    private static Finding finding(String person, Rule rule, Confidence confidence, int pathLength) {
        List<PathStep> path = java.util.stream.IntStream.range(0, pathLength)
                .mapToObj(i -> new PathStep("от " + i, "связь " + rule.code(), "к " + i))
                .toList();
        return new Finding(
                "3402700000026000001",
                "4027000000",
                "4027111111",
                "E1",
                person,
                rule,
                confidence,
                path,
                "Основание: " + rule.law() + ".");
    }

    @Test
    void theRulesOfOneConflictMakeOneWithTheSurestConfidenceAndEveryExplanation() {
        List<Conflict> conflicts = Conflict.of(List.of(
                finding("R7", Rule.R273_10, Confidence.HIGH, 2),
                finding("R7", Rule.R44_31_1_9, Confidence.MEDIUM, 1),
                finding("R8", Rule.SHARED_CONTACT, Confidence.MEDIUM, 1),
                // the same rule through a second supplier of the contract: listed once
                finding("R7", Rule.R273_10, Confidence.LOW, 3)));

        assertThat(conflicts).hasSize(2);
        Conflict spouse = conflicts.getFirst();
        assertThat(spouse.key()).isEqualTo("3402700000026000001|E1|R7");
        assertThat(spouse.ruleCodes()).containsExactly("44fz_31_1_9", "273fz_10");
        assertThat(spouse.rule()).isEqualTo(Rule.R44_31_1_9);
        assertThat(spouse.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(spouse.path()).as("the surest finding's path").hasSize(2);
        assertThat(spouse.explanation())
                .isEqualTo("Основание: " + Rule.R44_31_1_9.law() + ".\n\nОснование: " + Rule.R273_10.law() + ".");
        assertThat(conflicts.get(1).ruleCodes()).containsExactly("shared_contact");
    }
}
