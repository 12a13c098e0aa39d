package ru.probity.procurement.fns;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import ru.probity.procurement.affiliation.RegistryBuilder;
import ru.probity.procurement.affiliation.RegistryIndex;

/**
 * The speed of {@link FnsRegisterReader}: writes a ЕГРЮЛ file of about 200 MB (windows-1251,
 * about two people per company) with {@link FnsXmlWriter} into a temporary directory, reads it
 * three times and prints MB/s and documents/s — parsed and stored: every company goes into a
 * {@link RegistryBuilder}, as in the batch check ({@code parse} as the second argument: parsed
 * only). The first run is the cold one (the JIT has not seen the reader yet). Not a unit test; run
 * it by hand:
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.probity.procurement.fns.FnsParseBenchmark [-Dexec.args="SIZE_MB [parse]"]
 * </pre>
 */
public final class FnsParseBenchmark {

    private FnsParseBenchmark() {}

    public static void main(String[] args) throws IOException {
        long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 200) * 1_000_000L;
        boolean store = args.length < 2 || !args[1].equals("parse");
        Path dir = Files.createTempDirectory("fns-bench");
        Path file = dir.resolve("egrul-synthetic.xml");
        try {
            long started = System.nanoTime();
            FnsTestData data = new FnsTestData(2024);
            int companies = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    FnsXmlWriter writer = FnsXmlWriter.egrul(out, Charset.forName("windows-1251"))) {
                while (true) {
                    for (int i = 0; i < 1000; i++) {
                        writer.write(data.company());
                    }
                    companies += 1000;
                    if (companies % 10_000 == 0 && Files.size(file) >= targetBytes) {
                        break;
                    }
                }
            }
            long size = Files.size(file);
            System.out.printf(
                    Locale.ROOT,
                    "Generated %s: %.1f MB, %d companies in %.1f s%n",
                    file,
                    size / 1e6,
                    companies,
                    (System.nanoTime() - started) / 1e9);
            System.out.printf(
                    Locale.ROOT,
                    "java %s (%s), %d processors%n",
                    System.getProperty("java.version"),
                    System.getProperty("java.vm.name"),
                    Runtime.getRuntime().availableProcessors());
            for (int run = 1; run <= 3; run++) {
                long[] checksum = {0};
                RegistryBuilder registry = RegistryIndex.builder();
                ReadSummary s;
                try (InputStream in = Files.newInputStream(file)) {
                    s = FnsRegisterReader.read(
                            in,
                            file.getFileName().toString(),
                            store
                                    ? registry::add
                                    : c -> checksum[0] += c.people().size(),
                            store ? registry::add : e -> {});
                }
                System.out.printf(
                        Locale.ROOT,
                        "Run %d (%s): %.1f MB in %.2f s = %.1f MB/s, %.0f documents/s (%d companies, %d persons, %d legal founders), load average %.1f%n",
                        run,
                        store ? "parsed and stored" : "parsed",
                        s.bytes() / 1e6,
                        s.took().toNanos() / 1e9,
                        s.megabytesPerSecond(),
                        s.documentsPerSecond(),
                        s.companies(),
                        s.persons(),
                        s.legalFounders(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
