package ru.probity.redflags;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import ru.probity.redflags.batch.FlagsCommand;
import ru.probity.redflags.generator.RedFlagFiles;
import ru.probity.redflags.generator.RedFlagGenerator;
import ru.probity.redflags.generator.RedFlagWorld;
import ru.probity.redflags.indicators.RedFlags;
import ru.probity.redflags.indicators.Thresholds;

/**
 * The {@code flags} command end to end (read on 2 threads + flag + write) on generated worlds of
 * 50,000 and 1,000,000 contracts with their notices, protocols, changes and register extracts, and
 * the engine alone on the in-memory world. Prints MB, documents/s, heap. Run: {@code ./mvnw -q -B
 * test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ru.probity.redflags.RedFlagsBenchmark
 * -Dexec.args="50000 1000000"} (with {@code -Xmx} in {@code MAVEN_OPTS}); docs/benchmarks-red-flags.md.
 */
public final class RedFlagsBenchmark {

    private RedFlagsBenchmark() {}

    public static void main(String[] args) throws Exception {
        String[] sizes = args.length > 0 ? args : new String[] {"50000", "1000000"};
        for (String size : sizes) {
            run(Integer.parseInt(size));
        }
    }

    private static void run(int contracts) throws IOException {
        long t0 = System.nanoTime();
        RedFlagWorld world = new RedFlagGenerator(42, contracts).generate();
        long t1 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "%n== %,d contracts: generated %,d versions, %,d notices, %,d protocols, %,d changes, %,d companies in %.1f s%n",
                world.contractCount(),
                world.contracts().size(),
                world.notices().size(),
                world.protocols().size(),
                world.changes().size(),
                world.companies().size(),
                (t1 - t0) / 1e9);
        long m0 = System.nanoTime();
        int inMemory = RedFlags.run(world.dataset(), Thresholds.defaults()).size();
        System.out.printf(
                Locale.ROOT,
                "engine in memory (build + run): %,d flags in %.2f s%n",
                inMemory,
                (System.nanoTime() - m0) / 1e9);
        Path dir = Files.createTempDirectory("redflags-bench-");
        try {
            long w0 = System.nanoTime();
            boolean zip = Boolean.getBoolean("zip") || contracts > 200_000;
            long bytes = RedFlagFiles.write(world, dir, zip);
            System.out.println(zip ? "ЕИС files as ZIP archives (deflate level 1)" : "ЕИС files as XML");
            System.out.printf(
                    Locale.ROOT, "written: %.1f MB in %.1f s%n", bytes / 1048576.0, (System.nanoTime() - w0) / 1e9);
            world = null;
            System.gc();
            long start = System.nanoTime();
            FlagsCommand.Result r = FlagsCommand.run(
                    List.of(dir.resolve("contracts"), dir.resolve("notices"), dir.resolve("protocols")),
                    List.of(dir.resolve("registry")),
                    dir.resolve("flags.jsonl"),
                    2);
            double seconds = (System.nanoTime() - start) / 1e9;
            long documents = r.read().contracts()
                    + r.read().notices()
                    + r.read().protocols()
                    + r.read().changes()
                    + r.read().companies()
                    + r.read().entrepreneurs();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf(
                    Locale.ROOT,
                    "flags end to end: %.1f s (read %.1f s, flag %.1f s, write %.1f s); %.1f MB, %,d documents"
                            + " (%,.0f docs/s, %.1f MB/s); %,d flags; problems %d; heap used %.0f MB of max %.0f MB;"
                            + " load average %.1f%n",
                    seconds,
                    r.readSeconds(),
                    r.flagSeconds(),
                    r.writeSeconds(),
                    r.read().bytes() / 1048576.0,
                    documents,
                    documents / seconds,
                    r.read().bytes() / 1048576.0 / seconds,
                    r.flags().size(),
                    r.read().problems().size(),
                    heap.getUsed() / 1048576.0,
                    heap.getMax() / 1048576.0,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
