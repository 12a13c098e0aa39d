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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.probity.procurement.affiliation.StaffCsvReader;
import ru.probity.procurement.affiliation.StaffPerson;
import ru.probity.procurement.eis.EisContractWriter;
import ru.probity.procurement.fns.FnsXmlWriter;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;

/**
 * Writes a world as the batch check reads it: {@code registry/egrul-NNN.xml} and {@code
 * registry/egrip-NNN.xml} (windows-1251, at most 50,000 documents per file), {@code
 * contracts/contracts-NNN.xml}, {@code protocols/protocols-NNN.xml}, {@code people.csv} and {@code
 * truth.csv} ({@code contract;official_id;person_id;rule}), and {@code cases.csv} ({@code contract;case}:
 * the planted sub-case of each planted or decoy contract, for diagnostics). The {@code egrul-NNN.xml}
 * files hold the current extract of every company; a company with ended ties also has older extracts
 * in {@code registry/egrul-history-NNN.xml}, which still list the people who have since left, so
 * former ties reach the check through files as they do in practice (several extracts of one
 * company).
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
            List<Company> history =
                    companies.stream().flatMap(c -> olderExtracts(c).stream()).toList();
            for (int from = 0, n = 1; from < history.size(); from += PER_FILE, n++) {
                try (FnsXmlWriter w = FnsXmlWriter.egrul(out(registry, "egrul-history", n), CP1251)) {
                    history.subList(from, Math.min(history.size(), from + PER_FILE))
                            .forEach(w::write);
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
                for (PlantedLink link : world.truth()) {
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
        return extract(c, c.extractDate());
    }

    /**
     * The extracts of a company with ended ties before its current one: for each tie that ended,
     * one three months before the end, which still lists the person, and one on the day of the end,
     * which no longer does — so that the reader of several extracts ({@code CompanyHistory}) sees
     * the tie end on that day. Empty for a company without ended ties.
     */
    static List<Company> olderExtracts(Company c) {
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        for (PersonLink p : c.people()) {
            if (p.until() != null) {
                dates.add(p.until().minusMonths(3));
                dates.add(p.until());
            }
        }
        if (c.extractDate() != null) {
            dates.tailSet(c.extractDate(), true).clear();
        }
        return dates.stream().map(d -> extract(c, d)).toList();
    }

    /** The company as an extract of {@code date} shows it: the ties that held on that day, as current. */
    private static Company extract(Company c, LocalDate date) {
        List<PersonLink> people = new ArrayList<>();
        for (PersonLink p : c.people()) {
            boolean started = p.since() == null || !p.since().isAfter(date);
            boolean ended = p.until() != null && !p.until().isAfter(date);
            if (started && !ended) {
                people.add(
                        p.until() == null
                                ? p
                                : new PersonLink(
                                        p.inn(), p.name(), p.role(), p.post(), p.sharePercent(), p.since(), null));
            }
        }
        return c.asOf(date, people);
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
