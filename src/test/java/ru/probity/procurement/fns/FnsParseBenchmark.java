package ru.probity.procurement.fns;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The speed of {@link FnsRegisterReader}: writes a ЕГРЮЛ file of about 200 MB (windows-1251,
 * about two people per company) with {@link FnsXmlWriter} into a temporary directory, reads it
 * three times and prints MB/s and documents/s. Not a unit test; run it by hand:
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.probity.procurement.fns.FnsParseBenchmark [-Dexec.args=SIZE_MB]
 * </pre>
 */
public final class FnsParseBenchmark {

    private FnsParseBenchmark() {}

    public static void main(String[] args) throws IOException {
        long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 200) * 1_000_000L;
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
                ReadSummary s;
                try (InputStream in = Files.newInputStream(file)) {
                    s = FnsRegisterReader.read(
                            in,
                            file.getFileName().toString(),
                            c -> checksum[0] += c.people().size(),
                            e -> {});
                }
                System.out.printf(
                        Locale.ROOT,
                        "Run %d: %.1f MB in %.2f s = %.1f MB/s, %.0f documents/s (%d companies, %d persons, %d legal founders)%n",
                        run,
                        s.bytes() / 1e6,
                        s.took().toNanos() / 1e9,
                        s.megabytesPerSecond(),
                        s.documentsPerSecond(),
                        s.companies(),
                        s.persons(),
                        s.legalFounders());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
