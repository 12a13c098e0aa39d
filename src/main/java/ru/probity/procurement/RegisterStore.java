package ru.probity.procurement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.ExtractStatus;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the stored registers ({@code register_import}, {@code register_company},
 * {@code register_entrepreneur}, {@code register_change}): their version, the search, a company's
 * extracts and changes as a user sees them (pending extracts only of his own organization, of one
 * above it or of his subtree), and the extracts the checks read.
 */
@Repository
class RegisterStore {

    private static final TypeReference<List<PersonLink>> PEOPLE = new TypeReference<>() {};
    private static final TypeReference<List<CompanyShare>> FOUNDERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RegisterStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The current registers version: it moves on with every register import and every review of
     * a pending municipal file (register_import.version).
     */
    long version() {
        return jdbc.sql("select coalesce(max(version), 0) from register_import")
                .query(Long.class)
                .single();
    }

    /**
     * A key of what the checks read of the registers: it changes with every committed import or
     * review (counting the imports too, so an import that commits after a later-numbered one
     * changes it) and with every change of the organizations whose subtrees pending files count for.
     */
    String checksKey() {
        return jdbc.sql("""
                select count(*) || ':' || coalesce(max(version), 0) || ':' || coalesce(sum(version), 0)
                    || ':' || coalesce((select md5(string_agg(s.ancestor_id || '>' || s.organization_id, ','
                                                  order by s.ancestor_id, s.organization_id))
                        from org_subtree s
                        where s.ancestor_id in (select organization_id from register_import where status = 'PENDING')), '')
                from register_import""").query(String.class).single();
    }

    /** The region-wide current record of a company (ЕГРЮЛ) by its INN: names and termination only. */
    java.util.Optional<Registers.LegalEntity> legalEntity(String inn) {
        return jdbc.sql("""
                select inn, full_name, short_name, terminated_on, extract_date
                from register_company where inn = :inn and is_current""")
                .param("inn", inn)
                .query((rs, n) -> new Registers.LegalEntity(
                        rs.getString("inn"),
                        rs.getString("full_name"),
                        rs.getString("short_name"),
                        rs.getObject("terminated_on", LocalDate.class),
                        rs.getObject("extract_date", LocalDate.class)))
                .optional();
    }

    /** Whether any region-wide company record is loaded. */
    boolean companiesLoaded() {
        return jdbc.sql("select exists (select 1 from register_company where is_current)")
                .query(Boolean.class)
                .single();
    }

    Registers.Totals totals() {
        return jdbc.sql("""
                select (select count(*) from register_company where is_current) as companies,
                       (select count(*) from register_entrepreneur where is_current) as entrepreneurs,
                       (select count(*) from register_company) + (select count(*) from register_entrepreneur) as extracts,
                       (select count(*) from register_import) as imports""")
                .query((rs, n) -> new Registers.Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    /**
     * Current companies and entrepreneurs by search text {@code q} (case, ё and typos tolerated),
     * INN or OGRN/OGRNIP ({@code digits}), companies where a person with that INN is a director or
     * founder; and the pending extracts of companies the region does not hold, of the subtree of
     * {@code organization} or of an organization above it.
     */
    List<Registers.Entry> search(String q, String digits, long organization, int limit) {
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.5', true)")
                .query(String.class)
                .single();
        return jdbc.sql("""
                (select 'COMPANY' as kind, inn, ogrn, coalesce(short_name, full_name) as name, address, extract_date,
                        terminated_on is not null as terminated, word_similarity(:q, search_name) as score
                   from register_company
                  where is_current and (inn = :digits or ogrn = :digits or search_name like '%' || :q || '%'
                        or :q <% search_name
                        or (length(:digits) = 12 and person_inns @> array[cast(:digits as text)])))
                union all
                (select distinct on (c.inn) 'COMPANY', c.inn, c.ogrn, coalesce(c.short_name, c.full_name), c.address,
                        c.extract_date, c.terminated_on is not null, word_similarity(:q, c.search_name)
                   from register_company c
                  where c.status = 'PENDING'
                    and (c.scope_id in (select organization_id from org_subtree where ancestor_id = :organization)
                         or c.scope_id in (select ancestor_id from org_subtree where organization_id = :organization))
                    and not exists (select 1 from register_company r where r.inn = c.inn and r.is_current)
                    and (c.inn = :digits or c.ogrn = :digits or c.search_name like '%' || :q || '%'
                        or :q <% c.search_name
                        or (length(:digits) = 12 and c.person_inns @> array[cast(:digits as text)]))
                  order by c.inn, c.extract_date desc)
                union all
                (select 'ENTREPRENEUR', inn, ogrnip, 'ИП ' || last_name || ' ' || first_name || coalesce(' ' || middle_name, ''),
                        address, extract_date, terminated_on is not null, word_similarity(:q, search_name)
                   from register_entrepreneur
                  where is_current and (inn = :digits or ogrnip = :digits or search_name like '%' || :q || '%'
                        or :q <% search_name))
                order by score desc, name
                limit :limit""")
                .param("q", q)
                .param("digits", digits)
                .param("organization", organization)
                .param("limit", limit)
                .query((rs, n) -> new Registers.Entry(
                        rs.getString("kind"),
                        rs.getString("inn"),
                        rs.getString("ogrn"),
                        rs.getString("name"),
                        rs.getString("address"),
                        date(rs.getDate("extract_date")),
                        rs.getBoolean("terminated")))
                .list();
    }

    /**
     * Every extract of the company's INN, newest first, by id, with the file it came from and how
     * it stands for a user of {@code organization}: a region-wide one counts for his checks and is
     * visible; a pending one counts for his checks when it is of his organization or of one above
     * it, and is visible also when it is of his subtree (named there, unnamed above).
     */
    Map<Long, Registers.Extract> companyExtracts(String inn, long organization) {
        Map<Long, Registers.Extract> byId = new LinkedHashMap<>();
        jdbc.sql("""
                select c.*, i.file_name, i.source,
                       coalesce((select u.full_name from app_user u where u.username = i.imported_by), i.imported_by) as imported_by,
                       i.imported_at, i.sha256, i.status as file_status,
                       o.id as scope_organization, o.name as scope_name,
                       c.scope_id in (select ancestor_id from org_subtree where organization_id = :organization) as scope_above,
                       c.scope_id in (select organization_id from org_subtree where ancestor_id = :organization) as scope_below
                from register_company c join register_import i on i.id = c.import_id
                left join organization o on o.id = c.scope_id
                where c.inn = :inn order by c.extract_date desc, c.id desc""")
                .param("inn", inn)
                .param("organization", organization)
                .query((rs, n) -> byId.put(rs.getLong("id"), extract(rs)))
                .list();
        return byId;
    }

    /**
     * The changes of the company's record, newest first, those of a pending extract only when it
     * is of the subtree of {@code organization} or of one above it; {@code extracts} by id are those
     * of {@link #companyExtracts}.
     */
    List<Registers.Change> companyChanges(String inn, long organization, Map<Long, Registers.Extract> extracts) {
        return jdbc
                .sql("""
                select g.*, o.id as scope_organization, o.name as scope_name,
                       coalesce((select u.full_name from app_user u where u.username = g.actor), g.actor) as actor_name,
                       g.scope_id in (select ancestor_id from org_subtree where organization_id = :organization) as scope_above,
                       g.scope_id in (select organization_id from org_subtree where ancestor_id = :organization) as scope_below
                from register_change g
                left join organization o on o.id = g.scope_id
                where g.kind = 'COMPANY' and g.inn = :inn order by g.id desc""")
                .param("inn", inn)
                .param("organization", organization)
                .query((rs, n) -> {
                    boolean scoped = rs.getObject("scope_organization") != null;
                    boolean below = rs.getBoolean("scope_below");
                    if (scoped && !below && !rs.getBoolean("scope_above")) {
                        return null;
                    }
                    Registers.Extract extract = extracts.get(rs.getLong("extract_id"));
                    long previousId = rs.getLong("previous_id");
                    Registers.Extract previous = rs.wasNull() ? null : extracts.get(previousId);
                    return new Registers.Change(
                            rs.getTimestamp("at").toInstant(),
                            rs.getString("actor_name"),
                            rs.getString("action"),
                            extract,
                            previous,
                            scopeName(scoped, below, rs.getString("scope_name")),
                            Registers.Diff.between(previous, extract));
                })
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    /** The region-wide extracts of companies by INN, each INN's in the order of their dates. */
    Map<String, List<Company>> regionCompanies() {
        Map<String, List<Company>> byInn = new HashMap<>();
        jdbc.sql("select * from register_company where status = 'REGION' order by inn, extract_date")
                .query((rs, n) -> company(rs))
                .list()
                .forEach(c -> byInn.computeIfAbsent(c.inn(), k -> new java.util.ArrayList<>())
                        .add(c));
        return byInn;
    }

    /** The region-wide current records of companies. */
    List<Company> currentRegionCompanies() {
        return jdbc.sql("select * from register_company where status = 'REGION' and is_current order by inn")
                .query((rs, n) -> company(rs))
                .list();
    }

    /**
     * A number that changes with every register import or review: the count of the files and the
     * sum of their versions (so that an import committing after a later-numbered one changes it).
     */
    long importsVersion() {
        return jdbc.sql("select count(*) * 1000003 + coalesce(sum(version), 0) from register_import")
                .query(Long.class)
                .single();
    }

    /** The region-wide current records of entrepreneurs. */
    List<Entrepreneur> regionEntrepreneurs() {
        return jdbc.sql("select * from register_entrepreneur where status = 'REGION' and is_current")
                .query((rs, n) -> entrepreneur(rs))
                .list();
    }

    /** The pending company extracts (by INN and date), each with the organization it counts for. */
    List<Map.Entry<Long, Company>> pendingCompanies() {
        return jdbc.sql("select * from register_company where status = 'PENDING' order by inn, extract_date")
                .query((rs, n) -> Map.entry(rs.getLong("scope_id"), company(rs)))
                .list();
    }

    /** The pending entrepreneur extracts (by INN and date), each with the organization it counts for. */
    List<Map.Entry<Long, Entrepreneur>> pendingEntrepreneurs() {
        return jdbc.sql("select * from register_entrepreneur where status = 'PENDING' order by inn, extract_date")
                .query((rs, n) -> Map.entry(rs.getLong("scope_id"), entrepreneur(rs)))
                .list();
    }

    /**
     * The organizations pending files count for, as the checks of each organization see them:
     * organization → the organizations with pending files whose subtree holds it, in id order.
     */
    Map<Long, List<Long>> pendingScopes() {
        Map<Long, List<Long>> scopes = new HashMap<>();
        jdbc.sql("""
                select s.organization_id, s.ancestor_id from org_subtree s
                where s.ancestor_id in (select organization_id from register_import where status = 'PENDING')
                order by s.organization_id, s.ancestor_id""")
                .query((rs, n) -> scopes.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return scopes;
    }

    private Registers.Extract extract(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        boolean scoped = rs.getObject("scope_organization") != null;
        boolean above = rs.getBoolean("scope_above");
        boolean below = rs.getBoolean("scope_below");
        boolean region = ExtractStatus.REGION.name().equals(status);
        boolean forMyChecks = region || (ExtractStatus.PENDING.name().equals(status) && above);
        boolean visible = region || above || below;
        return new Registers.Extract(
                rs.getLong("id"),
                rs.getString("inn"),
                rs.getString("kpp"),
                rs.getString("ogrn"),
                rs.getString("full_name"),
                rs.getString("short_name"),
                rs.getString("address"),
                rs.getString("email"),
                date(rs.getDate("registered_on")),
                date(rs.getDate("terminated_on")),
                date(rs.getDate("extract_date")),
                rs.getBoolean("is_current"),
                json.readValue(rs.getString("people"), PEOPLE),
                json.readValue(rs.getString("founders"), FOUNDERS),
                rs.getString("file_name"),
                status,
                rs.getString("source"),
                rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant(),
                rs.getString("sha256"),
                region ? null : scopeName(scoped, below, rs.getString("scope_name")),
                forMyChecks,
                visible,
                unreliable(rs.getArray("unreliable_data")));
    }

    /** The organization a pending extract counts for, named when it is in the user's subtree. */
    private static String scopeName(boolean scoped, boolean inSubtree, String name) {
        if (!scoped) {
            return null;
        }
        return inSubtree ? name : "";
    }

    private Company company(ResultSet rs) throws SQLException {
        return new Company(
                rs.getString("inn"),
                rs.getString("kpp"),
                rs.getString("ogrn"),
                rs.getString("full_name"),
                rs.getString("short_name"),
                rs.getString("address"),
                rs.getString("email"),
                rs.getString("phone"),
                date(rs.getDate("registered_on")),
                date(rs.getDate("terminated_on")),
                date(rs.getDate("extract_date")),
                json.readValue(rs.getString("people"), PEOPLE),
                json.readValue(rs.getString("founders"), FOUNDERS),
                json.readValue(rs.getString("managing_organizations"), FOUNDERS),
                unreliable(rs.getArray("unreliable_data")));
    }

    private static List<String> unreliable(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Entrepreneur entrepreneur(ResultSet rs) throws SQLException {
        return new Entrepreneur(
                rs.getString("inn"),
                rs.getString("ogrnip"),
                new PersonName(rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name")),
                rs.getString("email"),
                rs.getString("address"),
                date(rs.getDate("registered_on")),
                date(rs.getDate("terminated_on")),
                date(rs.getDate("extract_date")));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
