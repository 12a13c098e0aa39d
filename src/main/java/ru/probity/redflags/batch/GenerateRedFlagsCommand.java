package ru.probity.redflags.batch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.probity.redflags.generator.RedFlagFiles;
import ru.probity.redflags.generator.RedFlagGenerator;
import ru.probity.redflags.generator.RedFlagWorld;

/** {@code java -jar probity.jar redflags-generate --contracts 50000 --seed 42 --out DIR}. */
@Command(
        name = "redflags-generate",
        mixinStandardHelpOptions = true,
        description = "Синтетические закупки ЕИС и выписки ЕГРЮЛ с заложенными красными флагами, обманками и эталоном"
                + " (truth.csv).")
public final class GenerateRedFlagsCommand implements Callable<Integer> {

    @Option(names = "--contracts", defaultValue = "50000", description = "Сколько контрактов (не меньше 500)")
    int contracts;

    @Option(names = "--seed", defaultValue = "42", description = "Зерно генератора")
    long seed;

    @Option(names = "--out", required = true, description = "Каталог для файлов")
    Path out;

    @Override
    public Integer call() {
        if (contracts < 500 || contracts > 5_000_000) {
            System.err.println("Ошибка: число контрактов должно быть от 500 до 5 000 000");
            return 2;
        }
        long t0 = System.nanoTime();
        RedFlagWorld world = new RedFlagGenerator(seed, contracts).generate();
        long t1 = System.nanoTime();
        long bytes = RedFlagFiles.write(world, out);
        long t2 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "Сгенерировано: контрактов %d (версий %d), извещений %d, протоколов %d, изменений %d, компаний %d;"
                        + " заложено флагов %d, обманок %d — за %.1f с; записано %.1f МБ в %s за %.1f с%n",
                world.contractCount(),
                world.contracts().size(),
                world.notices().size(),
                world.protocols().size(),
                world.changes().size(),
                world.companies().size(),
                world.truth().size(),
                world.decoys().size(),
                (t1 - t0) / 1e9,
                bytes / (1024.0 * 1024.0),
                out,
                (t2 - t1) / 1e9);
        return 0;
    }
}
