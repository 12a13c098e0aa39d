package ru.probity.expertise;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ru.probity.expertise.detector.Corpus;
import ru.probity.expertise.detector.Evaluation;
import ru.probity.expertise.detector.Factor;
import ru.probity.expertise.detector.FactorDetector;
import ru.probity.expertise.detector.Hint;
import ru.probity.platform.DocumentText;
import ru.probity.platform.UploadLimits;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar probity.jar expertise scan FILE...}: the corruptogenic factor detector over acts
 * and drafts (DOCX, ODT, PDF, RTF, TXT) without a database, one JSON document (issue 19, item 4);
 * {@code expertise evaluate [CORPUS_DIR]}: precision and recall per factor on the labelled corpus
 * (the one in the jar by default). Exit codes: 0 done, 1 some file unreadable (the reason on stderr,
 * in Russian; the others are still printed), 2 bad arguments.
 */
@Command(
        name = "expertise",
        mixinStandardHelpOptions = true,
        description = "Антикоррупционная экспертиза: поиск коррупциогенных факторов без базы данных.",
        subcommands = {ExpertiseCommand.Scan.class, ExpertiseCommand.Evaluate.class})
public final class ExpertiseCommand implements Callable<Integer> {

    /** Where the output goes (UTF-8) and where the refusals go; the launcher's are the console's. */
    public OutputStream out = System.out;

    public PrintStream err = System.err;

    @Override
    public Integer call() {
        new CommandLine(this).setCommandName("java -jar probity.jar expertise").usage(err);
        return 2;
    }

    /** Bad arguments: the reason, the usage of the (sub)command, exit code 2. */
    public static int badArguments(CommandLine.ParameterException e, String[] args) {
        Object command = e.getCommandLine().getCommand();
        PrintStream err = command instanceof Scan scan
                ? scan.parent.err
                : command instanceof Evaluate evaluate
                        ? evaluate.parent.err
                        : command instanceof ExpertiseCommand c ? c.err : System.err;
        err.println("Неверные аргументы: " + e.getMessage());
        e.getCommandLine().usage(err);
        return 2;
    }

    @Command(
            name = "scan",
            mixinStandardHelpOptions = true,
            description = "Найти фрагменты с признаками коррупциогенных факторов (Методика, ПП РФ № 96) в файлах"
                    + " актов и проектов (DOCX, ODT, PDF, RTF, TXT) и вывести один документ JSON.")
    static final class Scan implements Callable<Integer> {

        @CommandLine.ParentCommand
        ExpertiseCommand parent;

        @Parameters(arity = "1..*", paramLabel = "ФАЙЛ", description = "Файлы актов или проектов")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            Map<String, Object> levels = quiet();
            try {
                return scan();
            } finally {
                restore(levels);
            }
        }

        private int scan() throws IOException {
            FactorDetector detector = new FactorDetector();
            List<Object> scanned = new ArrayList<>();
            boolean refused = false;
            for (Path file : files) {
                try {
                    byte[] content = Files.readAllBytes(file);
                    String text = DocumentText.extract(file.getFileName().toString(), content, UploadLimits.defaults())
                            .text();
                    scanned.add(json(file.toString(), detector.scan(text)));
                } catch (NoSuchFileException e) {
                    refused = true;
                    parent.err.println("Файл «" + file + "» не найден.");
                } catch (DocumentText.UnreadableFile e) {
                    refused = true;
                    // «файл «a.pdf» повреждён …», «формат файла «a.doc» не поддерживается …»: named by its path
                    String reason = e.getMessage().replace("«" + file.getFileName() + "»", "«" + file + "»");
                    parent.err.println(
                            reason.contains("«" + file + "»")
                                    ? Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + "."
                                    : "Файл «" + file + "» не удалось прочитать: " + reason + ".");
                } catch (IOException e) {
                    refused = true;
                    parent.err.println("Файл «" + file + "» не удалось прочитать: " + e.getMessage());
                }
            }
            byte[] json = JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()
                    .writeValueAsBytes(Map.of("files", scanned));
            parent.out.write(json);
            parent.out.write('\n');
            parent.out.flush();
            return refused ? 1 : 0;
        }
    }

    /**
     * The readers' loggers silenced while the command runs: without the application's logging
     * configuration their lines would go to standard output, into the JSON; the command says what
     * it could not read on stderr itself. Returns the levels to restore.
     */
    static Map<String, Object> quiet() {
        Map<String, Object> levels = new LinkedHashMap<>();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            for (String name : READERS) {
                ch.qos.logback.classic.Logger logger = context.getLogger(name);
                levels.put(name, logger.getLevel());
                logger.setLevel(Level.OFF);
            }
        }
        return levels;
    }

    static void restore(Map<String, Object> levels) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            levels.forEach((name, level) -> context.getLogger(name).setLevel((Level) level));
        }
    }

    private static final List<String> READERS =
            List.of("ru.probity.platform", "org.apache.pdfbox", "org.apache.poi", "org.apache.fontbox");

    /** The layout of issue 19, item 4, field by field in that order. */
    static Map<String, Object> json(String file, List<Hint> hints) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", file);
        List<Object> list = new ArrayList<>();
        for (Hint h : hints) {
            Map<String, Object> hint = new LinkedHashMap<>();
            hint.put("factor", h.factor().code());
            hint.put("clause", h.clause());
            hint.put("start", h.start());
            hint.put("end", h.end());
            hint.put("text", h.text());
            hint.put("explanation", h.explanation());
            list.add(hint);
        }
        f.put("hints", list);
        return f;
    }

    @Command(
            name = "evaluate",
            mixinStandardHelpOptions = true,
            description = "Точность и полнота детектора по каждому фактору на размеченном корпусе фрагментов.")
    static final class Evaluate implements Callable<Integer> {

        @CommandLine.ParentCommand
        ExpertiseCommand parent;

        @Parameters(
                arity = "0..1",
                paramLabel = "КАТАЛОГ_КОРПУСА",
                description = "Каталог с файлами корпуса (*.txt); по умолчанию — корпус в составе программы")
        Path corpus;

        @Option(names = "--errors", description = "Перечислить пропуски (-) и ложные срабатывания (+)")
        boolean errors;

        @Override
        public Integer call() throws IOException {
            List<Corpus.Fragment> fragments;
            if (corpus == null) {
                fragments = Corpus.bundled();
            } else if (!Files.isDirectory(corpus)) {
                parent.err.println("Каталог корпуса «" + corpus + "» не найден.");
                return 1;
            } else {
                try {
                    fragments = Corpus.directory(corpus);
                } catch (IllegalArgumentException e) {
                    parent.err.println("Корпус «" + corpus + "» размечен с ошибкой: " + e.getMessage());
                    return 1;
                }
            }
            FactorDetector detector = new FactorDetector();
            StringBuilder report = new StringBuilder();
            table(report, "весь корпус", Evaluation.evaluate(detector, fragments));
            for (String split : fragments.stream()
                    .map(Corpus.Fragment::split)
                    .distinct()
                    .sorted()
                    .toList()) {
                table(
                        report,
                        "часть «" + split + "»",
                        Evaluation.evaluate(
                                detector,
                                fragments.stream()
                                        .filter(f -> f.split().equals(split))
                                        .toList()));
            }
            if (errors) {
                report.append("Ошибки (- пропуск, + ложное срабатывание):\n");
                Evaluation.evaluate(detector, fragments)
                        .errors()
                        .forEach(e -> report.append(e).append('\n'));
            }
            parent.out.write(report.toString().getBytes(StandardCharsets.UTF_8));
            parent.out.flush();
            return 0;
        }
    }

    static void table(StringBuilder out, String title, Evaluation.Result r) {
        out.append(String.format(
                Locale.ROOT, "Корпус (%s): %d фрагментов, из них без факторов %d%n", title, r.fragments(), r.clean()));
        out.append(String.format(
                Locale.ROOT,
                "%-7s %9s %9s %7s %9s %9s%n",
                "фактор",
                "размечено",
                "отмечено",
                "верно",
                "точность",
                "полнота"));
        for (Factor f : Factor.values()) {
            row(out, f.code(), r.perFactor().get(f));
        }
        row(out, "всего", r.overall());
        out.append('\n');
    }

    private static void row(StringBuilder out, String name, Evaluation.Score s) {
        out.append(String.format(
                Locale.ROOT,
                "%-7s %9d %9d %7d %9s %9s%n",
                name,
                s.labelled(),
                s.flagged(),
                s.truePositives(),
                figure(s.precision()),
                figure(s.recall())));
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
