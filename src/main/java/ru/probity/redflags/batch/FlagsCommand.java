package ru.probity.redflags.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.probity.redflags.indicators.Flag;
import ru.probity.redflags.indicators.IndicatorInfo;
import ru.probity.redflags.indicators.RedFlags;
import ru.probity.redflags.indicators.Thresholds;

/**
 * {@code java -jar probity.jar flags --contracts PATH... [--notices PATH...] [--protocols PATH...]
 * [--registry PATH...] --out flags.jsonl} (docs/red-flags.md): reads the files on 2 threads, runs
 * every indicator with its default threshold, writes one JSON line per flag and a summary.
 */
@Command(
        name = "flags",
        mixinStandardHelpOptions = true,
        description = "Красные флаги закупок по документам ЕИС и выпискам ЕГРЮЛ/ЕГРИП: одна строка JSON на флаг.")
public final class FlagsCommand implements Callable<Integer> {

    @Option(
            names = "--contracts",
            required = true,
            arity = "1..*",
            description = "Контракты ЕИС: XML, ZIP или каталоги (читаются документы любого вида)")
    List<Path> contracts;

    @Option(names = "--notices", arity = "1..*", description = "Извещения ЕИС: XML, ZIP или каталоги")
    List<Path> notices = new ArrayList<>();

    @Option(names = "--protocols", arity = "1..*", description = "Протоколы ЕИС: XML, ZIP или каталоги")
    List<Path> protocols = new ArrayList<>();

    @Option(names = "--registry", arity = "1..*", description = "Выписки ЕГРЮЛ/ЕГРИП: XML, ZIP или каталоги")
    List<Path> registry = new ArrayList<>();

    @Option(names = "--out", required = true, description = "Куда записать флаги (JSON Lines)")
    Path out;

    @Option(names = "--threads", defaultValue = "2", description = "Потоков чтения (по умолчанию 2)")
    int threads;

    /** What a run did, for the summary and the benchmark. */
    public record Result(
            DatasetFiles.Read read, List<Flag> flags, double readSeconds, double flagSeconds, double writeSeconds) {}

    @Override
    public Integer call() {
        List<Path> eis = new ArrayList<>(contracts);
        eis.addAll(notices);
        eis.addAll(protocols);
        List<Path> all = new ArrayList<>(eis);
        all.addAll(registry);
        for (Path p : all) {
            if (!Files.exists(p)) {
                System.err.println("Ошибка: файл или каталог не найден: " + p);
                return 2;
            }
        }
        if (threads < 1) {
            System.err.println("Ошибка: число потоков должно быть не меньше 1");
            return 2;
        }
        Result result = run(eis, registry, out, threads);
        summary(result, out, System.out);
        return 0;
    }

    /** Reads, flags and writes; public for the benchmark. */
    public static Result run(List<Path> eis, List<Path> registry, Path out, int threads) {
        long t0 = System.nanoTime();
        DatasetFiles.Read read = DatasetFiles.read(eis, registry, threads);
        long t1 = System.nanoTime();
        List<Flag> flags = RedFlags.run(read.dataset(), Thresholds.defaults());
        long t2 = System.nanoTime();
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
                for (Flag f : flags) {
                    FlagsJson.write(w, f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t3 = System.nanoTime();
        return new Result(read, flags, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    static void summary(Result r, Path out, PrintStream s) {
        DatasetFiles.Read read = r.read();
        s.printf(
                Locale.ROOT,
                "Прочитано: файлов %d (%.1f МБ); контрактов (версий) %d, извещений %d, протоколов %d, изменений и"
                        + " исполнения %d; выписок ЕГРЮЛ %d, ЕГРИП %d — за %.1f с%n",
                read.files(),
                read.bytes() / (1024.0 * 1024.0),
                read.contracts(),
                read.notices(),
                read.protocols(),
                read.changes(),
                read.companies(),
                read.entrepreneurs(),
                r.readSeconds());
        if (!read.skipped().isEmpty()) {
            s.println("Пропущены документы видов, которые не читаются: " + read.skipped());
        }
        if (read.problems().isEmpty()) {
            s.println("Не прочитано документов: 0");
        } else {
            s.println("Не прочитано документов: " + read.problems().size());
            read.problems().stream().limit(20).forEach(p -> s.println("  " + p));
            if (read.problems().size() > 20) {
                s.println("  … и ещё " + (read.problems().size() - 20));
            }
        }
        Map<String, Integer> byIndicator = new LinkedHashMap<>();
        for (IndicatorInfo info : RedFlags.catalogue()) {
            byIndicator.put(info.id(), 0);
        }
        for (Flag f : r.flags()) {
            byIndicator.merge(f.indicator(), 1, Integer::sum);
        }
        s.printf(
                Locale.ROOT,
                "Флагов: %d (показатели — за %.1f с, запись — за %.1f с) → %s%n",
                r.flags().size(),
                r.flagSeconds(),
                r.writeSeconds(),
                out);
        byIndicator.forEach((id, n) -> s.printf(Locale.ROOT, "  %-36s %d%n", id, n));
    }
}
