package ru.probity.procurement.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NominativeSelfCheckTest {

    @Test
    void at_least_99_percent_of_2000_randomly_declined_names_come_back_to_the_nominative() {
        Random random = new Random(20240601);
        int total = 2000;
        int correct = 0;
        int nominativeInputs = 0;
        int nominativeKept = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            DeclinedNames.Sample s = DeclinedNames.next(random);
            String got = PersonNames.normalize(s.declined()).toString();
            boolean ok = got.equals(s.nominative());
            if (ok) {
                correct++;
            } else if (errors.size() < 30) {
                errors.add(DeclinedNames.CASES[s.kase()] + ": " + s.declined() + " → " + got + " (expected "
                        + s.nominative() + ")");
            }
            if (s.kase() == 0) {
                nominativeInputs++;
                nominativeKept += ok ? 1 : 0;
            }
        }
        double accuracy = (double) correct / total;
        System.out.printf(
                "nominative self-check: %d/%d correct (%.2f %%); nominative inputs kept unchanged: %d/%d%n",
                correct, total, accuracy * 100, nominativeKept, nominativeInputs);
        errors.forEach(System.out::println);
        assertThat(nominativeKept).isEqualTo(nominativeInputs);
        assertThat(accuracy).as(String.join("\n", errors)).isGreaterThanOrEqualTo(0.99);
    }
}
