package ru.probity.procurement;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.procurement.fns.FnsCsvReader;
import ru.probity.procurement.fns.FnsRegisterReader;
import ru.probity.procurement.fns.ReadSummary;
import ru.probity.procurement.fns.RegisterFileException;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports register files (ЕГРЮЛ/ЕГРИП XML, the registers CSV) all or nothing: the whole file is
 * read and checked first, then stored in one transaction. Every extract is kept; the newest
 * extract of an INN becomes the current one, and re-importing the same extract changes nothing.
 */
@Service
public class RegisterImport {

    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    RegisterImport(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** What one file brought: counts, or the reason it was refused. */
    public record Outcome(String fileName, int companies, int entrepreneurs, int newExtracts, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    @Transactional
    public Outcome importFile(CurrentUser user, String fileName, InputStream content) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not import registers");
        }
        List<Company> companies = new ArrayList<>();
        List<Entrepreneur> entrepreneurs = new ArrayList<>();
        ReadSummary summary;
        String kind;
        try {
            if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                kind = "CSV";
                summary = FnsCsvReader.read(content, fileName, companies::add, entrepreneurs::add);
            } else {
                kind = "FNS_XML";
                summary = FnsRegisterReader.read(content, fileName, companies::add, entrepreneurs::add);
            }
        } catch (RegisterFileException e) {
            return new Outcome(fileName, 0, 0, 0, e.userMessage());
        }
        int added = store(
                fileName, kind, companies, entrepreneurs, summary.bytes(), summary.skippedFounders(), user.username());
        return new Outcome(fileName, companies.size(), entrepreneurs.size(), added, null);
    }

    /**
     * Stores extracts read elsewhere (files, the demo) in the caller's transaction; returns how many
     * were new.
     */
    @Transactional
    public int store(
            String source,
            String kind,
            List<Company> companies,
            List<Entrepreneur> entrepreneurs,
            long bytes,
            int skipped,
            String actor) {
        long importId = jdbc.sql("""
                insert into register_import (file_name, kind, companies, entrepreneurs, skipped, bytes, imported_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(source, kind, companies.size(), entrepreneurs.size(), skipped, bytes, actor)
                .query(Long.class)
                .single();
        long start = System.nanoTime();
        int added = storeCompanies(companies, importId) + storeEntrepreneurs(entrepreneurs, importId);
        log.info(
                "Stored {} new of {} companies and {} entrepreneurs of {} in {} ms",
                added,
                companies.size(),
                entrepreneurs.size(),
                source,
                (System.nanoTime() - start) / 1_000_000);
        return added;
    }

    private int storeCompanies(List<Company> companies, long importId) {
        Plan<Company> plan = plan("register_company", companies, Company::inn, Company::extractDate);
        return copy(
                plan,
                "register_company",
                new String[] {
                    "inn",
                    "kpp",
                    "ogrn",
                    "full_name",
                    "short_name",
                    "address",
                    "email",
                    "phone",
                    "registered_on",
                    "terminated_on",
                    "extract_date",
                    "people",
                    "founders",
                    "import_id",
                    "is_current",
                    "search_name",
                    "person_inns"
                },
                (rows, c) -> rows.text(c.inn())
                        .text(c.kpp())
                        .text(c.ogrn())
                        .text(c.fullName())
                        .text(c.shortName())
                        .text(c.address())
                        .text(c.email())
                        .text(c.phone())
                        .date(c.registeredOn())
                        .date(c.terminatedOn())
                        .date(c.extractDate())
                        .text(toJson(c.people()))
                        .text(toJson(c.founders()))
                        .number(importId)
                        .bool(plan.current(c))
                        .text(Registers.searchText(c.shortName() != null ? c.shortName() : c.fullName()))
                        .plainArray(c.people().stream()
                                .map(PersonLink::inn)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList()));
    }

    private int storeEntrepreneurs(List<Entrepreneur> entrepreneurs, long importId) {
        Plan<Entrepreneur> plan =
                plan("register_entrepreneur", entrepreneurs, Entrepreneur::inn, Entrepreneur::extractDate);
        return copy(
                plan,
                "register_entrepreneur",
                new String[] {
                    "inn",
                    "ogrnip",
                    "last_name",
                    "first_name",
                    "middle_name",
                    "email",
                    "address",
                    "registered_on",
                    "terminated_on",
                    "extract_date",
                    "import_id",
                    "is_current",
                    "search_name"
                },
                (rows, e) -> rows.text(e.inn())
                        .text(e.ogrnip())
                        .text(e.name().lastName())
                        .text(e.name().firstName())
                        .text(e.name().middleName())
                        .text(e.email())
                        .text(e.address())
                        .date(e.registeredOn())
                        .date(e.terminatedOn())
                        .date(e.extractDate())
                        .number(importId)
                        .bool(plan.current(e))
                        .text(Registers.searchText(e.name().lastName() + " "
                                + e.name().firstName() + " "
                                + (e.name().middleName() == null ? "" : e.name().middleName()))));
    }

    /** Writes the plan's rows with COPY on the transaction's connection. */
    private <T> int copy(Plan<T> plan, String table, String[] columns, BiConsumer<CopyRows, T> row) {
        if (plan.rows().isEmpty()) {
            return 0;
        }
        Long written = template.execute((ConnectionCallback<Long>) connection -> {
            try (CopyRows rows = new CopyRows(connection, table, columns)) {
                for (T extract : plan.rows()) {
                    row.accept(rows, extract);
                    rows.endRow();
                }
                return rows.finish();
            }
        });
        return written == null ? 0 : written.intValue();
    }

    /**
     * What a file changes, decided before anything is written: the extracts not yet stored (an
     * extract is an INN and a date; a file may repeat one), and which of them become current — the
     * newest of its INN, when newer than the INN's current one in the database. Those are demoted
     * first, so that every row is written once, with its flag, and nothing is rewritten.
     */
    private <T> Plan<T> plan(
            String table, List<T> extracts, Function<T, String> inn, Function<T, LocalDate> extractDate) {
        Map<String, Set<LocalDate>> stored = new HashMap<>();
        Map<String, LocalDate> current = new HashMap<>();
        jdbc.sql("select inn, extract_date, is_current from " + table + " where inn = any(?)")
                .param(extracts.stream().map(inn).distinct().toArray(String[]::new))
                .query((rs, n) -> {
                    LocalDate date = rs.getDate(2).toLocalDate();
                    stored.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(date);
                    if (rs.getBoolean(3)) {
                        current.put(rs.getString(1), date);
                    }
                    return n;
                })
                .list();
        List<T> rows = new ArrayList<>();
        Map<String, T> newest = new HashMap<>();
        for (T extract : extracts) {
            String key = inn.apply(extract);
            LocalDate date = extractDate.apply(extract);
            if (stored.computeIfAbsent(key, k -> new HashSet<>()).add(date)) {
                rows.add(extract);
                T before = newest.get(key);
                LocalDate inDatabase = current.get(key);
                if ((before == null || extractDate.apply(before).isBefore(date))
                        && (inDatabase == null || inDatabase.isBefore(date))) {
                    newest.put(key, extract);
                }
            }
        }
        String[] superseded =
                newest.keySet().stream().filter(current::containsKey).toArray(String[]::new);
        if (superseded.length > 0) {
            jdbc.sql("update " + table + " set is_current = false where is_current and inn = any(?)")
                    .param(superseded)
                    .update();
        }
        Set<T> becomeCurrent = Collections.newSetFromMap(new IdentityHashMap<>());
        becomeCurrent.addAll(newest.values());
        return new Plan<>(rows, becomeCurrent);
    }

    /** The new extracts of a file, and those of them that become current. */
    private record Plan<T>(List<T> rows, Set<T> becomeCurrent) {
        boolean current(T extract) {
            return becomeCurrent.contains(extract);
        }
    }

    private String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
