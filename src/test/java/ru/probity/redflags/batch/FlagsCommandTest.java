package ru.probity.redflags.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ru.probity.redflags.generator.Expected;
import ru.probity.redflags.generator.RedFlagFiles;
import ru.probity.redflags.generator.RedFlagGenerator;
import ru.probity.redflags.generator.RedFlagWorld;
import ru.probity.redflags.indicators.RedFlags;
import ru.probity.redflags.indicators.Thresholds;

class FlagsCommandTest {

    @Test
    void writesOneJsonLinePerFlagWithExactlyTheDocumentedFields(@TempDir Path dir) throws Exception {
        RedFlagWorld world = new RedFlagGenerator(4, 1_000).generate();
        RedFlagFiles.write(world, dir);
        Path out = dir.resolve("flags.jsonl");
        int code = new CommandLine(new FlagsCommand())
                .execute(
                        "--contracts", dir.resolve("contracts").toString(),
                        "--notices", dir.resolve("notices").toString(),
                        "--protocols", dir.resolve("protocols").toString(),
                        "--registry", dir.resolve("registry").toString(),
                        "--out", out.toString());
        assertThat(code).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out)) {
            JsonNode node = json.readTree(line);
            List<String> fields = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                fields.add(it.next());
            }
            assertThat(fields)
                    .containsExactly(
                            "contract",
                            "customer_inn",
                            "supplier_inn",
                            "indicator",
                            "value",
                            "threshold",
                            "explanation");
        }
    }

    @Test
    void badArgumentsExitWithTwo(@TempDir Path dir) {
        assertThat(new CommandLine(new FlagsCommand())
                        .execute("--out", dir.resolve("f.jsonl").toString()))
                .isEqualTo(2);
        assertThat(new CommandLine(new FlagsCommand())
                        .execute("--contracts", dir.resolve("missing").toString(), "--out", "f.jsonl"))
                .isEqualTo(2);
        assertThat(new CommandLine(new EvaluateRedFlagsCommand()).execute()).isEqualTo(2);
        assertThat(new CommandLine(new GenerateRedFlagsCommand()).execute("--contracts", "10", "--out", dir.toString()))
                .isEqualTo(2);
    }

    /**
     * The files give the engine what the model gives it: the same flags. Runs once {@code EisDocuments}
     * reads notices and the bids of protocols (the eis part of issue 22).
     */
    @Test
    void fromFilesTheFlagsAreThoseOfTheModel(@TempDir Path dir) {
        RedFlagWorld world = new RedFlagGenerator(6, 1_000).generate();
        RedFlagFiles.write(world, dir);
        DatasetFiles.Read read = DatasetFiles.read(
                List.of(dir.resolve("notices"), dir.resolve("protocols"), dir.resolve("contracts")),
                List.of(dir.resolve("registry")),
                2);
        assertThat(read.problems()).isEmpty();
        assumeTrue(read.notices() == world.notices().size(), "EisDocuments does not read notices yet");
        Set<String> fromFiles = RedFlags.run(read.dataset(), Thresholds.defaults()).stream()
                .map(f -> Expected.key(f.indicator(), f.contract(), f.customerInn(), f.supplierInn()))
                .collect(Collectors.toSet());
        Set<String> inMemory = RedFlags.run(world.dataset(), Thresholds.defaults()).stream()
                .map(f -> Expected.key(f.indicator(), f.contract(), f.customerInn(), f.supplierInn()))
                .collect(Collectors.toSet());
        assertThat(fromFiles).isEqualTo(inMemory);
    }
}
