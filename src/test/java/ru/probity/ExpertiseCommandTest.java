package ru.probity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
 * {@code java -jar probity.jar expertise scan FILE...} and {@code expertise evaluate} end to end,
 * in-process as the jar's main entry runs them before any Spring context: the JSON of issue 19 item
 * 4, the evaluation table, exit codes 0, 1 and 2.
 */
class ExpertiseCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void scanPrintsOneJsonDocumentWithTheIssuesLayout() throws Exception {
        String text = "1. Общие положения\n2.3. Администрация вправе отказать в выдаче разрешения.\n"
                + "2.4. Заявитель вправе отозвать заявление.\n";
        Path draft = dir.resolve("проект.txt");
        Files.writeString(draft, text);
        Path windows = dir.resolve("старый.txt");
        Files.write(windows, "Документы рассматриваются своевременно.".getBytes("windows-1251"));

        assertThat(run("expertise", "scan", draft.toString(), windows.toString()))
                .isEqualTo(0);

        JsonNode json = JsonMapper.builder().build().readTree(stdout());
        assertThat(names(json)).containsExactly("files");
        JsonNode first = json.get("files").get(0);
        assertThat(names(first)).containsExactly("file", "hints");
        assertThat(first.get("file").asString()).isEqualTo(draft.toString());
        assertThat(first.get("hints").valueStream().map(h -> h.get("factor").asString()))
                .as("the body's «вправе отказать» without grounds: 3б and 3а")
                .contains("3б", "3а");
        JsonNode hint = first.get("hints")
                .valueStream()
                .filter(h -> h.get("factor").asString().equals("3б"))
                .findFirst()
                .orElseThrow();
        assertThat(names(hint)).containsExactly("factor", "clause", "start", "end", "text", "explanation");
        assertThat(hint.get("factor").asString()).isEqualTo("3б");
        assertThat(hint.get("clause").asString()).isEqualTo("2.3");
        assertThat(text.substring(hint.get("start").asInt(), hint.get("end").asInt()))
                .isEqualTo(hint.get("text").asString())
                .isEqualTo("вправе");
        assertThat(hint.get("explanation").asString()).contains("п.3 «б» Методики");
        assertThat(first.get("hints").valueStream().map(h -> h.get("clause").asString()))
                .as("the applicant's «вправе» in 2.4 is no factor")
                .doesNotContain("2.4");
        JsonNode second = json.get("files").get(1);
        assertThat(second.get("hints").get(0).get("factor").asString()).isEqualTo("4в");
        assertThat(second.get("hints").get(0).get("clause").asString()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnreadableFileExitsOneWithTheReasonInRussianAndTheOthersAreStillPrinted() throws Exception {
        Path good = dir.resolve("a.txt");
        Files.writeString(good, "Администрация вправе отказать.");
        Path damaged = dir.resolve("b.docx");
        Files.writeString(damaged, "это не docx");
        Path scan = dir.resolve("c.doc");
        Files.writeString(scan, "старый формат");

        assertThat(run("expertise", "scan", damaged.toString(), good.toString(), scan.toString(), "нет.txt"))
                .isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Файл «" + damaged + "» повреждён или не является документом этого формата.")
                .contains("Формат файла «" + scan + "» не поддерживается")
                .contains("Файл «нет.txt» не найден.");
        JsonNode json = JsonMapper.builder().build().readTree(stdout());
        assertThat(json.get("files")).hasSize(1);
        assertThat(json.get("files").get(0).get("file").asString()).isEqualTo(good.toString());
    }

    @Test
    void evaluatePrintsPrecisionAndRecallPerFactorOnTheBundledCorpus() {
        assertThat(run("expertise", "evaluate")).isEqualTo(0);

        String table = stdout();
        assertThat(table).contains("Корпус (весь корпус)").contains("точность").contains("полнота");
        for (String code : List.of("3а", "3б", "3в", "3г", "3д", "3е", "3ж", "3з", "3и", "4а", "4б", "4в", "всего")) {
            assertThat(table).containsPattern("(?m)^" + code + "\\s+\\d+\\s+\\d+\\s+\\d+\\s+");
        }
        assertThat(table).contains("часть «dev»").contains("часть «heldout»");
    }

    @Test
    void evaluateReadsACorpusDirectoryAndRefusesAWrongLabel() throws Exception {
        Files.writeString(
                dir.resolve("a.txt"),
                "# split: dev\n### 3б\nАдминистрация вправе отказать.\n### clean\n"
                        + "Заявитель вправе отозвать заявление.\n");
        assertThat(run("expertise", "evaluate", dir.toString())).isEqualTo(0);
        assertThat(stdout()).containsPattern("(?m)^3б\\s+1\\s+1\\s+1\\s+1.00\\s+1.00$");

        out.reset();
        Files.writeString(dir.resolve("b.txt"), "### 3ы\nтекст\n");
        assertThat(run("expertise", "evaluate", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("размечен с ошибкой")
                .contains("3ы");
    }

    @Test
    void badArgumentsExitTwoWithUsage() {
        assertThat(run("expertise")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("scan").contains("evaluate");
        err.reset();
        assertThat(run("expertise", "scan")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ФАЙЛ");
        err.reset();
        assertThat(run("expertise", "check", "x.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Неверные аргументы")
                .contains("java -jar probity.jar expertise");
        assertThat(run("expertise", "scan", "--pretty", "x.txt")).isEqualTo(2);
        assertThat(stdout()).isBlank();
    }
}
