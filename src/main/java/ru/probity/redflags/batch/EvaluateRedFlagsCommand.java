package ru.probity.redflags.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.probity.redflags.generator.Expected;
import ru.probity.redflags.generator.RedFlagEvaluation;
import ru.probity.redflags.generator.RedFlagFiles;
import ru.probity.redflags.generator.RedFlagGenerator;
import ru.probity.redflags.generator.RedFlagWorld;
import ru.probity.redflags.indicators.Flag;
import ru.probity.redflags.indicators.RedFlags;
import ru.probity.redflags.indicators.Thresholds;

/**
 * {@code java -jar probity.jar redflags-evaluate --dir DIR} (the files of {@code redflags-generate},
 * read as {@code flags} reads them) or {@code redflags-evaluate --in-memory [--contracts N] [--seed
 * S]} (the generated model straight into the engine): precision and recall per indicator; exit 0
 * when every indicator of the engine meets 0.95 on both, else 1.
 */
@Command(
        name = "redflags-evaluate",
        mixinStandardHelpOptions = true,
        description = "Точность и полнота каждого показателя красных флагов по эталону генератора.")
public final class EvaluateRedFlagsCommand implements Callable<Integer> {

    @Option(names = "--dir", description = "Каталог, созданный redflags-generate (по умолчанию — чтение файлов)")
    Path dir;

    @Option(names = "--in-memory", description = "Без файлов: сгенерировать и проверить в памяти")
    boolean inMemory;

    @Option(names = "--contracts", defaultValue = "50000", description = "Сколько контрактов (для --in-memory)")
    int contracts;

    @Option(names = "--seed", defaultValue = "42", description = "Зерно генератора (для --in-memory)")
    long seed;

    @Override
    public Integer call() {
        if (inMemory == (dir != null)) {
            System.err.println("Ошибка: укажите либо --dir КАТАЛОГ, либо --in-memory");
            return 2;
        }
        List<Flag> flags;
        List<Expected> truth;
        long t0 = System.nanoTime();
        if (inMemory) {
            if (contracts < 500) {
                System.err.println("Ошибка: число контрактов должно быть не меньше 500");
                return 2;
            }
            RedFlagWorld world = new RedFlagGenerator(seed, contracts).generate();
            truth = world.truth();
            flags = RedFlags.run(world.dataset(), Thresholds.defaults());
        } else {
            Path truthFile = dir.resolve("truth.csv");
            if (!Files.isRegularFile(truthFile)) {
                System.err.println(
                        "Ошибка: в каталоге " + dir + " нет truth.csv (создайте его командой redflags-generate)");
                return 2;
            }
            truth = RedFlagFiles.readExpected(truthFile);
            List<Path> eis = List.of("notices", "protocols", "contracts").stream()
                    .map(dir::resolve)
                    .filter(Files::exists)
                    .toList();
            List<Path> registry = Files.exists(dir.resolve("registry")) ? List.of(dir.resolve("registry")) : List.of();
            DatasetFiles.Read read = DatasetFiles.read(eis, registry, 2);
            if (!read.problems().isEmpty()) {
                System.out.println("Не прочитано документов: " + read.problems().size());
                read.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
            }
            flags = RedFlags.run(read.dataset(), Thresholds.defaults());
        }
        List<RedFlagEvaluation.Score> scores = RedFlagEvaluation.score(flags, truth);
        System.out.print(RedFlagEvaluation.table(scores));
        boolean ok = RedFlagEvaluation.allMeetTarget(scores);
        System.out.printf(
                Locale.ROOT,
                "%s: флагов %d, заложено %d, за %.1f с%n",
                ok ? "Цель 0,95 достигнута по всем показателям движка" : "Цель 0,95 не достигнута",
                flags.size(),
                truth.size(),
                (System.nanoTime() - t0) / 1e9);
        return ok ? 0 : 1;
    }
}
