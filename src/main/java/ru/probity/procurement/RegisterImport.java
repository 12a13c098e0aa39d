package ru.probity.procurement;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports register files (ЕГРЮЛ/ЕГРИП XML, the registers CSV) all or nothing: the whole file is
 * read and checked first, then stored in one transaction. Every extract is kept; the newest
 * extract of an INN becomes the current one, and re-importing the same extract changes nothing.
 */
@Service
public class RegisterImport {

    private static final int BATCH = 1000;

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
        storeCompanies(companies, importId);
        storeEntrepreneurs(entrepreneurs, importId);
        return jdbc.sql("""
                        select (select count(*) from register_company where import_id = :id)
                             + (select count(*) from register_entrepreneur where import_id = :id)""").param("id", importId).query(Integer.class).single();
    }

    private void storeCompanies(List<Company> companies, long importId) {
        template.batchUpdate("""
                insert into register_company (inn, kpp, ogrn, full_name, short_name, address, email, phone, registered_on,
                  terminated_on, extract_date, people, founders, import_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                on conflict (inn, extract_date) do nothing""", companies, BATCH, (ps, c) -> {
            ps.setString(1, c.inn());
            ps.setString(2, c.kpp());
            ps.setString(3, c.ogrn());
            ps.setString(4, c.fullName());
            ps.setString(5, c.shortName());
            ps.setString(6, c.address());
            ps.setString(7, c.email());
            ps.setString(8, c.phone());
            ps.setObject(9, c.registeredOn());
            ps.setObject(10, c.terminatedOn());
            ps.setObject(11, c.extractDate());
            ps.setString(12, toJson(c.people()));
            ps.setString(13, toJson(c.founders()));
            ps.setLong(14, importId);
        });
        String[] inns = companies.stream().map(Company::inn).distinct().toArray(String[]::new);
        markCurrent("register_company", inns);
    }

    private void storeEntrepreneurs(List<Entrepreneur> entrepreneurs, long importId) {
        template.batchUpdate("""
                insert into register_entrepreneur (inn, ogrnip, last_name, first_name, middle_name, email, address,
                  registered_on, terminated_on, extract_date, import_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (inn, extract_date) do nothing""", entrepreneurs, BATCH, (ps, e) -> {
            ps.setString(1, e.inn());
            ps.setString(2, e.ogrnip());
            ps.setString(3, e.name().lastName());
            ps.setString(4, e.name().firstName());
            ps.setString(5, e.name().middleName());
            ps.setString(6, e.email());
            ps.setString(7, e.address());
            ps.setObject(8, e.registeredOn());
            ps.setObject(9, e.terminatedOn());
            ps.setObject(10, e.extractDate());
            ps.setLong(11, importId);
        });
        String[] inns = entrepreneurs.stream().map(Entrepreneur::inn).distinct().toArray(String[]::new);
        markCurrent("register_entrepreneur", inns);
    }

    /** The newest extract of each INN is the current one; set-based, for the whole file at once. */
    private void markCurrent(String table, String[] inns) {
        if (inns.length == 0) {
            return;
        }
        jdbc.sql("update " + table + " set is_current = false where is_current and inn = any(?)")
                .param(inns)
                .update();
        jdbc.sql("update " + table + " t set is_current = true from (select distinct on (inn) id from " + table
                        + " where inn = any(?) order by inn, extract_date desc, id desc) latest where t.id = latest.id")
                .param(inns)
                .update();
    }

    private String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
