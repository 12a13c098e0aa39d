package ru.probity.redflags.generator;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import ru.probity.procurement.fns.FnsXmlWriter;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Entrepreneur;

/**
 * Writes a {@link RedFlagWorld} as files: {@code notices/notices-NNN.xml}, {@code
 * protocols/protocols-NNN.xml}, {@code contracts/contracts-NNN.xml} (every version) and {@code
 * contracts/procedures-NNN.xml} (execution), {@code registry/egrul-NNN.xml} and {@code egrip-NNN.xml}
 * (windows-1251, {@link FnsXmlWriter}), {@code truth.csv} ({@code
 * indicator;contract;customer_inn;supplier_inn;plant}) and {@code decoys.csv} (same columns: what
 * must not be flagged). At most {@value #PER_FILE} documents per XML file.
 */
public final class RedFlagFiles {

    static final int PER_FILE = 20_000;
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private RedFlagFiles() {}

    /** Writes the world as XML files; returns the bytes written. */
    public static long write(RedFlagWorld world, Path dir) {
        return write(world, dir, false);
    }

    /**
     * Writes the world; with {@code zip} each ЕИС file is a ZIP archive holding the XML (as ЕИС
     * publishes them, by region and month), a tenth of the size. Returns the bytes written.
     */
    public static long write(RedFlagWorld world, Path dir, boolean zip) {
        try {
            EisXml xml = new EisXml();
            Path notices = Files.createDirectories(dir.resolve("notices"));
            Path protocols = Files.createDirectories(dir.resolve("protocols"));
            Path contracts = Files.createDirectories(dir.resolve("contracts"));
            Path registry = Files.createDirectories(dir.resolve("registry"));
            chunks(notices, "notices", world.notices(), zip, (w, n) -> io(() -> xml.notice(w, n)));
            chunks(protocols, "protocols", world.protocols(), zip, (w, p) -> io(() -> xml.protocol(w, p)));
            Map<String, ContractChange> amendments = new HashMap<>();
            List<ContractChange> executions = new ArrayList<>();
            for (ContractChange c : world.changes()) {
                if (c.kind() == ContractChange.Kind.AMENDMENT) {
                    amendments.put(c.regNum() + "#" + c.version(), c);
                } else {
                    executions.add(c);
                }
            }
            chunks(
                    contracts,
                    "contracts",
                    world.contracts(),
                    zip,
                    (w, c) -> io(() -> xml.contract(
                            w,
                            c,
                            c.versionNumber() == 0 ? null : amendments.get(c.regNum() + "#" + c.versionNumber()))));
            chunks(contracts, "procedures", executions, zip, (w, e) -> io(() -> xml.execution(w, e)));
            List<Company> companies = world.companies();
            for (int from = 0, n = 1; from < companies.size(); from += PER_FILE, n++) {
                try (FnsXmlWriter w = FnsXmlWriter.egrul(
                        new BufferedOutputStream(
                                Files.newOutputStream(registry.resolve("egrul-" + pad(n) + ".xml")), 1 << 16),
                        CP1251)) {
                    companies
                            .subList(from, Math.min(companies.size(), from + PER_FILE))
                            .forEach(w::write);
                }
            }
            List<Entrepreneur> entrepreneurs = world.entrepreneurs();
            for (int from = 0, n = 1; from < entrepreneurs.size(); from += PER_FILE, n++) {
                try (FnsXmlWriter w = FnsXmlWriter.egrip(
                        new BufferedOutputStream(
                                Files.newOutputStream(registry.resolve("egrip-" + pad(n) + ".xml")), 1 << 16),
                        CP1251)) {
                    entrepreneurs
                            .subList(from, Math.min(entrepreneurs.size(), from + PER_FILE))
                            .forEach(w::write);
                }
            }
            writeExpected(dir.resolve("truth.csv"), world.truth());
            writeExpected(dir.resolve("decoys.csv"), world.decoys());
            try (var walk = Files.walk(dir)) {
                return walk.filter(Files::isRegularFile)
                        .mapToLong(p -> p.toFile().length())
                        .sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void chunks(Path dir, String name, List<T> items, boolean zip, BiConsumer<Writer, T> one)
            throws IOException {
        for (int from = 0, n = 1; from < items.size(); from += PER_FILE, n++) {
            String file = name + "-" + pad(n);
            java.io.OutputStream os;
            if (zip) {
                java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(dir.resolve(file + ".zip")), 1 << 16));
                z.setLevel(1);
                z.putNextEntry(new java.util.zip.ZipEntry(file + ".xml"));
                os = z;
            } else {
                os = Files.newOutputStream(dir.resolve(file + ".xml"));
            }
            try (Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                w.write(EisXml.HEADER);
                for (T item : items.subList(from, Math.min(items.size(), from + PER_FILE))) {
                    one.accept(w, item);
                }
                w.write(EisXml.FOOTER);
            }
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeExpected(Path file, List<Expected> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("indicator;contract;customer_inn;supplier_inn;plant\n");
            for (Expected e : rows) {
                w.write(e.csv());
                w.write('\n');
            }
        }
    }

    /** Reads a {@code truth.csv} (or {@code decoys.csv}). */
    public static List<Expected> readExpected(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Expected> rows = new ArrayList<>();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                if (!line.isBlank()) {
                    rows.add(Expected.parse(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pad(int n) {
        return Registry.pad(n, 3);
    }
}
