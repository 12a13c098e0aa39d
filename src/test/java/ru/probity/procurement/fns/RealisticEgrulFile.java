package ru.probity.procurement.fns;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import ru.probity.identifiers.Identifiers;

/**
 * Writes a bulk ЕГРЮЛ file as dense as the real open data: every document is the real sample
 * extract (about 9 KB: registration, tax office, pension and social insurance funds, capital,
 * director, founder, ОКВЭД, history records) with its own company INN, OGRN, name and person INN.
 * The synthetic files of {@link FnsXmlWriter} carry only what the reader maps and are 6–7 times
 * denser in companies per megabyte; import speed in MB/s is quoted on both (docs/benchmarks.md).
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.probity.procurement.fns.RealisticEgrulFile -Dexec.args="/tmp/egrul-real.xml 200"
 * </pre>
 */
public final class RealisticEgrulFile {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String SAMPLE = "/fns/egrul-open-data-4.05-one-company.xml";

    private RealisticEgrulFile() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "egrul-realistic.xml");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 200;
        int documents = write(out, megabytes * 1_000_000L);
        System.out.printf(Locale.ROOT, "Wrote %s: %.1f MB, %d documents%n", out, Files.size(out) / 1e6, documents);
    }

    /** Writes documents until the file reaches {@code bytes}; returns how many. */
    public static int write(Path out, long bytes) throws IOException {
        String sample;
        try (InputStream in = RealisticEgrulFile.class.getResourceAsStream(SAMPLE)) {
            sample = new String(in.readAllBytes(), CP1251);
        }
        String document = sample.substring(sample.indexOf("<Документ"), sample.indexOf("</Документ>") + 11);
        int perDocument = document.getBytes(CP1251).length;
        int count = (int) Math.max(1, bytes / perDocument);
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), CP1251), 1 << 16)) {
            writer.write("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<Файл ИдФайл=\"VO_RUGFO_0000_7800_BENCH\""
                    + " ВерсФорм=\"4.05\" ТипИнф=\"ЕГРЮЛ_ОТКР_СВЕД\" ВерсПрог=\"1.0.0.2\" КолДок=\"" + count + "\">\n");
            for (int i = 0; i < count; i++) {
                String serial = String.format(Locale.ROOT, "%07d", i);
                String inn = Identifiers.completeOrganizationInn("78" + serial);
                String ogrn = Identifiers.completeOgrn("11478" + serial);
                String person = Identifiers.completePersonInn("59" + serial + "0");
                writer.write(document.replace("7810468350", inn)
                        .replace("1147847267039", ogrn)
                        .replace("592004603004", person)
                        .replace("АПТРЕЙД", "АПТРЕЙД-" + i)
                        .replace("РАСТОРГУЕВА", i % 2 == 0 ? "РАСТОРГУЕВА" : "ПЕТРОВА"));
                writer.write('\n');
            }
            writer.write("</Файл>\n");
        }
        return count;
    }
}
