package ru.probity.procurement.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ru.probity.procurement.affiliation.ContractChecker;
import ru.probity.procurement.affiliation.Finding;
import ru.probity.procurement.affiliation.RegistryBuilder;
import ru.probity.procurement.affiliation.RegistryIndex;
import ru.probity.procurement.affiliation.Staff;
import ru.probity.procurement.batch.CheckCommand;
import ru.probity.procurement.names.Confidence;

/**
 * The CI evaluation: a small seeded world written to files, checked by the batch command, scored
 * against the planted truth (recall ≥ 0.99 and precision ≥ 0.97 at high+medium; every planted 44-ФЗ
 * link reported under 44fz_31_1_9).
 */
class EvaluationTest {

    private static final long SEED = 42;

    @Test
    void batchCheckOfASmallWorldFindsThePlantedLinks(@TempDir Path dir) {
        World world = new WorldGenerator(SEED, Size.SMALL).generate();
        WorldFiles.write(world, dir);
        int code = new CommandLine(new CheckCommand())
                .execute(
                        "--registry", dir.resolve("registry").toString(),
                        "--contracts", dir.resolve("contracts").toString(),
                        "--protocols", dir.resolve("protocols").toString(),
                        "--people", dir.resolve("people.csv").toString(),
                        "--out", dir.resolve("findings.jsonl").toString());
        assertThat(code).isZero();

        Evaluation.Result result = Evaluation.evaluate(dir.resolve("truth.csv"), dir.resolve("findings.jsonl"));
        result.print(System.out);
        Evaluation.printByCase(result, world.caseOf(), System.out);

        assertThat(result.planted()).isGreaterThanOrEqualTo(40);
        assertThat(result.byRule().keySet()).contains("44fz_31_1_9", "273fz_10", "shared_contact", "former_tie");
        assertThat(world.caseOf()).containsValues("former_director", "former_founder");
        assertThat((long) result.byRule().get("former_tie").planted())
                .as("ended company ties travel through files as older extracts")
                .isEqualTo(world.truth().stream()
                        .filter(l -> l.rule().equals("former_tie"))
                        .count());
        assertThat(result.recall()).as("recall at high+medium").isGreaterThanOrEqualTo(0.99);
        assertThat(result.precision()).as("precision at high+medium").isGreaterThanOrEqualTo(0.97);
        assertThat(result.labelled44())
                .as("planted 44-ФЗ links reported as 44fz_31_1_9")
                .isEqualTo(1.0);
        // the application's findings: one per conflict, listing every rule
        assertThat(result.conflicts().planted()).isLessThan(result.planted());
        assertThat(result.conflicts().recall()).as("recall per conflict").isGreaterThanOrEqualTo(0.99);
        assertThat(result.conflicts().precision()).as("precision per conflict").isGreaterThanOrEqualTo(0.97);
    }

    /** The engine on the in-memory records, where ended company ties are a {@code PersonLink} with an end date. */
    @Test
    void inMemoryCheckFindsThePlantedLinksIncludingEndedTies() {
        World world = new WorldGenerator(SEED, Size.SMALL).generate();
        RegistryBuilder builder = RegistryIndex.builder();
        world.companies().forEach(builder::add);
        world.entrepreneurs().forEach(builder::add);
        List<Finding> findings = new ContractChecker(world.protocols(), ContractChecker.DEFAULT_FORMER_TIE_YEARS)
                .checkAll(world.contracts(), Staff.of(world.staff()), builder.build(), 2);
        Set<PlantedLink> reported = new HashSet<>();
        Set<PlantedLink> leads = new HashSet<>();
        for (Finding f : findings) {
            PlantedLink link = new PlantedLink(
                    f.contractRegNum(), f.officialId(), f.personId(), f.rule().code());
            (f.confidence() == Confidence.LOW ? leads : reported).add(link);
        }
        Evaluation.Result result = Evaluation.score(world.truth(), reported, leads);
        result.print(System.out);
        Evaluation.printByCase(result, world.caseOf(), System.out);

        assertThat(result.recall()).as("recall at high+medium").isGreaterThanOrEqualTo(0.99);
        assertThat(result.precision()).as("precision at high+medium").isGreaterThanOrEqualTo(0.97);
        assertThat(result.labelled44()).isEqualTo(1.0);
    }

    @Test
    void theSameSeedGivesTheSameWorld() {
        World a = new WorldGenerator(7, Size.SMALL).generate();
        World b = new WorldGenerator(7, Size.SMALL).generate();
        assertThat(a.truth()).isEqualTo(b.truth());
        assertThat(a.contracts()).isEqualTo(b.contracts());
        assertThat(a.staff()).isEqualTo(b.staff());
    }
}
