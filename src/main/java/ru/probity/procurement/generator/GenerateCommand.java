package ru.probity.procurement.generator;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar probity.jar generate --size small|region|national --seed 42 --out DIR}. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description =
                "Синтетические реестры, контракты, протоколы и сотрудники с заложенными связями и эталоном (truth.csv).")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "small", description = "small, region или national")
    String size;

    @Option(names = "--seed", defaultValue = "42", description = "Зерно генератора")
    long seed;

    @Option(names = "--out", required = true, description = "Каталог для файлов")
    Path out;

    @Override
    public Integer call() {
        Size chosen;
        try {
            chosen = Size.valueOf(size.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("Ошибка: неизвестный размер «" + size + "»; допустимы small, region, national");
            return 2;
        }
        long start = System.nanoTime();
        World world = new WorldGenerator(seed, chosen).generate();
        long generated = System.nanoTime();
        WorldFiles.write(world, out);
        long written = System.nanoTime();
        System.out.printf(
                "Сгенерировано: компаний %d (руководителей и учредителей-физлиц %d), ИП %d, сотрудников и"
                        + " родственников %d, контрактов %d, протоколов %d; заложено связей %d за %.1f с; записано в %s"
                        + " за %.1f с%n",
                world.companies().size(),
                world.companies().stream().mapToInt(c -> c.people().size()).sum(),
                world.entrepreneurs().size(),
                world.staff().size(),
                world.contracts().size(),
                world.protocols().size(),
                world.truth().size(),
                (generated - start) / 1e9,
                out,
                (written - generated) / 1e9);
        return 0;
    }
}
