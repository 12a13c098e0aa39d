package ru.probity.procurement.generator;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.probity.procurement.affiliation.StaffCsvReader;
import ru.probity.procurement.affiliation.StaffPerson;
import ru.probity.procurement.eis.EisContractWriter;
import ru.probity.procurement.fns.FnsXmlWriter;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Entrepreneur;

/**
 * Writes a world as the batch check reads it: {@code registry/egrul-NNN.xml} and {@code
 * registry/egrip-NNN.xml} (windows-1251, at most 50,000 documents per file), {@code
 * contracts/contracts-NNN.xml}, {@code protocols/protocols-NNN.xml}, {@code people.csv} and {@code
 * truth.csv} ({@code contract;official_id;person_id;rule}), and {@code cases.csv} ({@code contract;case}:
 * the planted sub-case of each planted or decoy contract, for diagnostics). The FNS XML is a current extract: ties
 * that have ended are not in it, and neither are the former-tie links they imply in the truth.
 */
public final class WorldFiles {

    static final int PER_FILE = 50_000;
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private WorldFiles() {}

    public static void write(World world, Path dir) {
        try {
            Path registry = Files.createDirectories(dir.resolve("registry"));
            Path contracts = Files.createDirectories(dir.resolve("contracts"));
            Path protocols = Files.createDirectories(dir.resolve("protocols"));
            List<Company> companies = world.companies();
            for (int from = 0, n = 1; from < companies.size(); from += PER_FILE, n++) {
                try (FnsXmlWriter w = FnsXmlWriter.egrul(out(registry, "egrul", n), CP1251)) {
                    for (Company c : companies.subList(from, Math.min(companies.size(), from + PER_FILE))) {
                        w.write(current(c));
                    }
                }
            }
            List<Entrepreneur> entrepreneurs = world.entrepreneurs();
            for (int from = 0, n = 1; from < entrepreneurs.size(); from += PER_FILE, n++) {
                try (FnsXmlWriter w = FnsXmlWriter.egrip(out(registry, "egrip", n), CP1251)) {
                    entrepreneurs
                            .subList(from, Math.min(entrepreneurs.size(), from + PER_FILE))
                            .forEach(w::write);
                }
            }
            var contractList = world.contracts();
            for (int from = 0, n = 1; from < contractList.size(); from += PER_FILE, n++) {
                EisContractWriter.write(
                        contracts.resolve("contracts-" + Codes.pad(n, 3) + ".xml"),
                        contractList.subList(from, Math.min(contractList.size(), from + PER_FILE)));
            }
            var protocolList = world.protocols();
            for (int from = 0, n = 1; from < protocolList.size(); from += PER_FILE, n++) {
                ProtocolXmlWriter.write(
                        protocols.resolve("protocols-" + Codes.pad(n, 3) + ".xml"),
                        protocolList.subList(from, Math.min(protocolList.size(), from + PER_FILE)));
            }
            writePeople(world.staff(), dir.resolve("people.csv"));
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("cases.csv"), StandardCharsets.UTF_8)) {
                w.write("contract;case\n");
                for (var e : world.caseOf().entrySet()) {
                    w.write(e.getKey() + ";" + e.getValue() + "\n");
                }
            }
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
                w.write("contract;official_id;person_id;rule\n");
                for (PlantedLink link : world.fileTruth()) {
                    w.write(link.csv());
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream out(Path dir, String kind, int n) throws IOException {
        return new BufferedOutputStream(
                Files.newOutputStream(dir.resolve(kind + "-" + Codes.pad(n, 3) + ".xml")), 1 << 16);
    }

    /** The company as a current extract shows it: without the ties that have ended. */
    private static Company current(Company c) {
        if (c.people().stream().noneMatch(p -> p.until() != null)) {
            return c;
        }
        return new Company(
                c.inn(),
                c.kpp(),
                c.ogrn(),
                c.fullName(),
                c.shortName(),
                c.address(),
                c.email(),
                c.phone(),
                c.registeredOn(),
                c.terminatedOn(),
                c.extractDate(),
                c.people().stream().filter(p -> p.until() == null).toList(),
                c.founders());
    }

    static void writePeople(List<StaffPerson> people, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(StaffCsvReader.HEADER);
            w.write('\n');
            StringBuilder b = new StringBuilder(200);
            for (StaffPerson p : people) {
                b.setLength(0);
                b.append(p.personId())
                        .append(';')
                        .append(p.name().lastName())
                        .append(';')
                        .append(p.name().firstName())
                        .append(';')
                        .append(v(p.name().middleName()))
                        .append(';')
                        .append(p.birthDate() == null ? "" : p.birthDate().toString())
                        .append(';')
                        .append(v(p.inn()))
                        .append(';')
                        .append(v(p.snils()))
                        .append(';')
                        .append(v(p.phone()))
                        .append(';')
                        .append(v(p.email()))
                        .append(';')
                        .append(quote(p.address()))
                        .append(';')
                        .append(v(p.organizationInn()))
                        .append(';')
                        .append(quote(p.position()))
                        .append(';')
                        .append(p.role() == null ? "" : p.role().name().toLowerCase(java.util.Locale.ROOT))
                        .append(';')
                        .append(v(p.relativeOf()))
                        .append(';')
                        .append(
                                p.relativeOf() == null
                                        ? ""
                                        : p.relation() == null
                                                ? "other"
                                                : p.relation().name().toLowerCase(java.util.Locale.ROOT))
                        .append('\n');
                w.append(b);
            }
        }
    }

    private static String v(String s) {
        return s == null ? "" : s;
    }

    private static String quote(String s) {
        return s == null ? "" : s.indexOf(';') >= 0 || s.indexOf('"') >= 0 ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
