package ru.probity.procurement.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.names.RussianNames;

class ScoringTest {

    @Test
    void lowFindingsAreLeadsAndUnplantedReportsAreFalse(@TempDir Path dir) throws Exception {
        Path truth = dir.resolve("truth.csv");
        Files.writeString(truth, """
                contract;official_id;person_id;rule
                c1;E1;R1;44fz_31_1_9
                c1;E1;R1;273fz_10
                c2;E2;E2;shared_contact
                """);
        Path findings = dir.resolve("findings.jsonl");
        Files.writeString(findings, """
                {"contract":"c1","customer_inn":"1","supplier_inn":null,"official_id":"E1","person_id":"R1","rule":"44fz_31_1_9","confidence":"high","path":[],"explanation":"a \\"b\\""}
                {"contract":"c1","customer_inn":"1","supplier_inn":null,"official_id":"E1","person_id":"R1","rule":"273fz_10","confidence":"medium","path":[],"explanation":""}
                {"contract":"c2","customer_inn":"1","supplier_inn":null,"official_id":"E2","person_id":"E2","rule":"shared_contact","confidence":"low","path":[],"explanation":""}
                {"contract":"c3","customer_inn":"1","supplier_inn":null,"official_id":"E3","person_id":"E3","rule":"273fz_10","confidence":"high","path":[],"explanation":""}
                """);

        Evaluation.Result r = Evaluation.evaluate(truth, findings);

        assertThat(r.recall()).isEqualTo(2.0 / 3);
        assertThat(r.precision()).isEqualTo(2.0 / 3);
        assertThat(r.labelled44()).isEqualTo(1.0);
        assertThat(r.leads()).isEqualTo(1);
        assertThat(r.missed()).containsExactly(new PlantedLink("c2", "E2", "E2", "shared_contact"));
        assertThat(r.falsePositives()).containsExactly(new PlantedLink("c3", "E3", "E3", "273fz_10"));
        assertThat(r.passes(0.99, 0.97)).isFalse();
        // per conflict: c1 (both rules, one conflict) found with exactly its rules, c2 missed, c3 false
        assertThat(r.conflicts()).isEqualTo(new Evaluation.ConflictCounts(2, 1, 2, 1, 1));
        assertThat(r.conflicts().recall()).isEqualTo(0.5);
        assertThat(r.conflicts().precision()).isEqualTo(0.5);
    }

    @Test
    void jsonStringsAreUnescaped() {
        String line = "{\"contract\":\"a\\\"b\\u0410\",\"supplier_inn\":null}";
        assertThat(JsonFields.string(line, "contract")).isEqualTo("a\"bА");
        assertThat(JsonFields.string(line, "supplier_inn")).isNull();
    }

    @Test
    void backgroundNamesCannotMeetStaffNames() {
        assertThat(Names.STAFF_SURNAMES).hasSize(62).doesNotHaveDuplicates();
        assertThat(Names.BACKGROUND_SURNAMES).hasSize(61).doesNotHaveDuplicates();
        assertThat(Names.STAFF_SURNAMES).doesNotContainAnyElementsOf(Names.BACKGROUND_SURNAMES);
        assertThat(Names.FEMALE).isSubsetOf(RussianNames.FEMALE_NAMES);
    }

    @Test
    void protocolNoiseForms() {
        PersonName man = new PersonName("Петров", "Сергей", "Иванович");
        PersonName woman = new PersonName("Высоцкая", "Ольга", "Петровна");
        assertThat(Names.genitive(man)).isEqualTo(new PersonName("Петрова", "Сергея", "Ивановича"));
        assertThat(Names.genitive(woman)).isEqualTo(new PersonName("Высоцкой", "Ольги", "Петровны"));
        assertThat(RussianNames.feminine("Левицкий")).isEqualTo("Левицкая");
        assertThat(Names.baseSurname(new PersonName("Левицкая", "Анна", "Петровна")))
                .isEqualTo("Левицкий");
        assertThat(Names.initials(man)).isEqualTo(new PersonName("Петров", "С.", "И."));
        assertThat(List.of(
                        Names.latin(man).lastName(), Names.register(man, false).firstName()))
                .containsExactly("PETROV", "СЕРГЕЙ");
    }
}
