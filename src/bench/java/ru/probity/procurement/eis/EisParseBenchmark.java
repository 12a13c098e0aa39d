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
            documents(file, mb, "contracts (EisDocuments)");
        } finally {
            Files.deleteIfExists(file);
        }
        protocols(targetBytes / 2);
    }

    /** The same file through {@link EisDocuments}, the lenient reader of every kind. */
    private static void documents(Path file, double mb, String what) {
        EisDocuments documents = new EisDocuments();
        for (int run = 1; run <= 3; run++) {
            AtomicLong parts = new AtomicLong();
            long start = System.nanoTime();
            EisDocuments.Summary s = documents.read(file, new EisDocuments.Sink() {
                @Override
                public void contract(ru.probity.procurement.model.Contract c) {
                    parts.addAndGet(c.suppliers().size());
                }

                @Override
                public void protocol(ru.probity.procurement.model.Protocol p) {
                    parts.addAndGet(p.bids().size());
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            long count = s.contracts() + s.protocols();
            System.out.printf(
                    Locale.ROOT,
                    "%s run %d: %d documents (%d suppliers/bids, %d problems) in %.2f s: %.1f MB/s, %.0f documents/s, load average %.1f%n",
                    what,
                    run,
                    count,
                    parts.get(),
                    s.problems(),
                    seconds,
                    mb / seconds,
                    count / seconds,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    /**
     * Protocols: the real summary protocol of 2020 with six bidders (test resources) repeated into one
     * export of about {@code bytes}.
     */
    private static void protocols(long bytes) throws Exception {
        String xml;
        try (var in = EisParseBenchmark.class.getResourceAsStream(
                "/eis/eis44/protocols/fcsProtocolEF3_0873500000820003425_30311379.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int open = xml.indexOf("<ns2:fcsProtocolEF3");
        int close = xml.lastIndexOf("</ns2:export>");
        String head = xml.substring(0, open);
        String document = xml.substring(open, close);
        Path file = Files.createTempFile("eis-protocols-", ".xml");
        try {
            try (var out = new java.io.BufferedWriter(
                    Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
                out.write(head);
                for (long written = 0; written < bytes; written += document.length() * 2L) {
                    out.write(document);
                }
                out.write("</ns2:export>");
            }
            double mb = Files.size(file) / (1024.0 * 1024.0);
            System.out.printf(Locale.ROOT, "protocols written: %.1f MB%n", mb);
            documents(file, mb, "protocols (EisDocuments)");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
