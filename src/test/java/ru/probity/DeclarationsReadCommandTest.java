package ru.probity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar probity.jar declarations read FILE...} end to end, in-process as the jar's main
 * entry runs it before any Spring context: the JSON of issue 17 item 5, exit codes 0, 1 and 2.
 */
class DeclarationsReadCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * What the command printed, without the lines the application's background threads log to the
     * console meanwhile (the shared test context is running: a batch finishing in another test).
     */
    private String stdout() {
        return out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private int run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(BatchCommands.unknown(args)).isFalse();
            assertThat(BatchCommands.handles(args)).isTrue();
            return BatchCommands.run(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    private Path sample(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/spravki-bk/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void bothSamplesAsOneJsonDocumentWithTheIssuesLayout() throws Exception {
        Path all = sample("family-all-sections.xsb");
        Path three = sample("family-three.xml");

        assertThat(run("declarations", "read", all.toString(), three.toString()))
                .isEqualTo(0);

        JsonNode json = JsonMapper.builder().build().readTree(stdout());
        assertThat(names(json)).containsExactly("files");
        assertThat(json.get("files")).hasSize(2);
        JsonNode first = json.get("files").get(0);
        assertThat(names(first)).containsExactly("file", "program", "declarations");
        assertThat(first.get("file").asString()).isEqualTo(all.toString());
        assertThat(first.get("program").asString()).isEqualTo("2.5.5.2275");
        assertThat(first.get("declarations")).hasSize(4);
        JsonNode self = first.get("declarations").get(0);
        assertThat(names(self))
                .containsExactly(
                        "filed_for",
                        "last_name",
                        "first_name",
                        "middle_name",
                        "birth_date",
                        "period_start",
                        "period_end",
                        "income_total",
                        "counts",
                        "warnings");
        assertThat(names(self.get("counts")))
                .containsExactly(
                        "income",
                        "expenses",
                        "real_estate",
                        "vehicles",
                        "digital_assets",
                        "utility_digital_rights",
                        "digital_currency",
                        "accounts",
                        "shares",
                        "other_securities",
                        "estate_in_use",
                        "obligations",
                        "gifts");
        assertThat(self.get("filed_for").asString()).isEqualTo("self");
        assertThat(self.get("last_name").asString()).isEqualTo("Смирнов");
        assertThat(self.get("birth_date").asString()).isEqualTo("1986-03-07");
        assertThat(self.get("period_start").asString()).isEqualTo("2024-01-01");
        assertThat(self.get("income_total").isString()).isTrue();
        assertThat(self.get("income_total").asString()).isEqualTo("13941188.92");
        assertThat(self.get("counts").get("accounts").asInt()).isEqualTo(16);
        assertThat(self.get("warnings")).isEmpty();
        JsonNode spouse = first.get("declarations").get(1);
        assertThat(spouse.get("filed_for").asString()).isEqualTo("spouse");
        assertThat(spouse.get("last_name").asString()).isEqualTo("Смирнова");
        assertThat(first.get("declarations").get(2).get("filed_for").asString()).isEqualTo("minor_child");
        assertThat(json.get("files").get(1).get("declarations")).hasSize(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aRefusedFileExitsOneWithTheReasonInRussianAndTheOthersAreStillPrinted() throws Exception {
        Path good = sample("family-three.xsb");
        Path bad = dir.resolve("bad.xsb");
        Files.writeString(bad, "XSB1  это не base64");

        assertThat(run("declarations", "read", bad.toString(), good.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Файл «" + bad + "» не прочитан как пакет «Справки БК»")
                .contains("Base64");
        JsonNode json = JsonMapper.builder().build().readTree(stdout());
        assertThat(json.get("files")).hasSize(1);
        assertThat(json.get("files").get(0).get("file").asString()).isEqualTo(good.toString());
    }

    @Test
    void aMissingFileIsRefused() {
        assertThat(run("declarations", "read", dir.resolve("нет.xsb").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("не найден");
    }

    @Test
    void badArgumentsExitTwoWithUsage() {
        assertThat(run("declarations")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("read");
        err.reset();
        assertThat(run("declarations", "read")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ФАЙЛ");
        err.reset();
        assertThat(run("declarations", "write", "x.xsb")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Неверные аргументы")
                .contains("java -jar probity.jar declarations");
        assertThat(run("declarations", "read", "--pretty", "x.xsb")).isEqualTo(2);
        assertThat(stdout()).isBlank();
    }
}
