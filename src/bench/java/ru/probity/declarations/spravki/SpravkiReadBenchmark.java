package ru.probity.declarations.spravki;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Throughput of {@link SpravkiReader} on one thread (issue 17: at least 50 packages of the size of
 * {@code family-all-sections.xsb} per second on one core): the sample (589 KB, 4 declarations,
 * every section) is held in memory and read again and again for {@code seconds} (default 10) in each
 * of 3 runs, after a warm-up of 2 s; each run prints packages/s, MB/s and the load average. Run:
 * {@code ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=ru.probity.declarations.spravki.SpravkiReadBenchmark [-Dexec.args=10]}, or with
 * {@code java -XX:ActiveProcessorCount=1 -cp …} to keep the JVM's own threads on one core too.
 */
public final class SpravkiReadBenchmark {

    private SpravkiReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        String name = args.length > 1 ? args[1] : "family-all-sections.xsb";
        byte[] file;
        try (InputStream in = SpravkiReadBenchmark.class.getResourceAsStream("/spravki-bk/" + name)) {
            file = in.readAllBytes();
        }
        SpravkiReader reader = new SpravkiReader();
        double mb = file.length / (1024.0 * 1024.0);
        long firstStart = System.nanoTime();
        int rows = rows(reader.read(name, file));
        System.out.printf(
                Locale.ROOT,
                "%s: %.2f MB, %d rows; first read (cold) %.1f ms%n",
                name,
                mb,
                rows,
                (System.nanoTime() - firstStart) / 1e6);
        measure(reader, name, file, 2, "warm-up");
        for (int run = 1; run <= 3; run++) {
            measure(reader, name, file, seconds, "run " + run);
        }
    }

    private static void measure(SpravkiReader reader, String name, byte[] file, double seconds, String label)
            throws NotAPackageException {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int packages = 0;
        long sink = 0;
        long now;
        do {
            sink += rows(reader.read(name, file));
            packages++;
            now = System.nanoTime();
        } while (now < end);
        double elapsed = (now - start) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %d packages in %.2f s: %.1f packages/s (%.1f per CPU second of the thread), %.1f MB/s,"
                        + " load average %.1f (rows %d)%n",
                label,
                packages,
                elapsed,
                packages / elapsed,
                packages / cpu,
                packages * file.length / (1024.0 * 1024.0) / elapsed,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                sink);
    }

    private static int rows(SpravkiPackage p) {
        int rows = 0;
        for (Spravka s : p.declarations()) {
            rows += s.income().size()
                    + s.expenses().size()
                    + s.realEstate().size()
                    + s.vehicles().size()
                    + s.digitalAssets().size()
                    + s.utilityDigitalRights().size()
                    + s.digitalCurrency().size()
                    + s.accounts().size()
                    + s.shares().size()
                    + s.otherSecurities().size()
                    + s.estateInUse().size()
                    + s.obligations().size()
                    + s.gifts().size();
        }
        return rows;
    }
}
