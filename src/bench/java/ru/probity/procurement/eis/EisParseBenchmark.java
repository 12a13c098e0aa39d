package ru.probity.procurement.eis;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of {@link EisContractReader}: writes ~100 MB of generated contracts with
 * {@link EisContractWriter} to a temporary file, then parses it 3 times and prints MB/s and
 * contracts/s. Run: {@code ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=ru.probity.procurement.eis.EisParseBenchmark} (optional argument: megabytes).
 */
public final class EisParseBenchmark {

    private EisParseBenchmark() {}

    public static void main(String[] args) throws Exception {
        long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 100) * 1024 * 1024;
        Path file = Files.createTempFile("eis-contracts-", ".xml");
        try {
            long t0 = System.nanoTime();
            int written = 0;
            ContractSamples samples = new ContractSamples(2024);
            try (OutputStream out = Files.newOutputStream(file);
                    EisContractWriter writer = new EisContractWriter(out)) {
                while (written % 1000 != 0 || Files.size(file) < targetBytes) {
                    writer.write(samples.contract(written++));
                }
            }
            double mb = Files.size(file) / (1024.0 * 1024.0);
            double writeSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "written: %d contracts, %.1f MB in %.2f s (%.1f MB/s)%n",
                    written,
                    mb,
                    writeSeconds,
                    mb / writeSeconds);
            EisContractReader reader = new EisContractReader();
            for (int run = 1; run <= 3; run++) {
                AtomicLong suppliers = new AtomicLong();
                long start = System.nanoTime();
                long count =
                        reader.read(file, c -> suppliers.addAndGet(c.suppliers().size()));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "parse run %d: %d contracts (%d suppliers) in %.2f s: %.1f MB/s, %.0f contracts/s, load average %.1f%n",
                        run,
                        count,
                        suppliers.get(),
                        seconds,
                        mb / seconds,
                        count / seconds,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
