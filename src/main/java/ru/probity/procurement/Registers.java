package ru.probity.procurement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.PersonLink;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading the stored registers: search, a company's current extract and its history. */
@Service
@Transactional(readOnly = true)
public class Registers {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The access log's subject type of a company card read: the subject id is the INN. */
    static final String COMPANY_SUBJECT = "REGISTER_COMPANY";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Organizations organizations;
    private final AccessLog accessLog;

    Registers(JdbcClient jdbc, JsonMapper json, Organizations organizations, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.json = json;
        this.organizations = organizations;
        this.accessLog = accessLog;
    }

    /** A company or an entrepreneur found by a search. */
    public record Entry(
            String kind,
            String inn,
            String ogrn,
            String name,
            String address,
            LocalDate extractDate,
            boolean terminated) {}

    /**
     * One stored extract of a company with its provenance: the file ({@code source}), its source
     * kind ({@code origin}: OFFICIAL, REGIONAL, MUNICIPAL), who loaded it and when, the file's
     * SHA-256; {@code status} REGION, PENDING or REJECTED; {@code scopeName} the organization a
     * pending extract counts for (empty when it is above the reader's, null when region-wide);
     * {@code forMyChecks} whether the reader's organization's checks may use it.
     */
    public record Extract(
            long id,
            String inn,
            String kpp,
            String ogrn,
            String fullName,
            String shortName,
            String address,
            String email,
            LocalDate registeredOn,
            LocalDate terminatedOn,
            LocalDate extractDate,
            boolean current,
            List<PersonLink> people,
            List<CompanyShare> founders,
            String source,
            String status,
            String origin,
            String importedBy,
            java.time.Instant importedAt,
            String sha256,
            String scopeName,
            boolean forMyChecks,
            boolean visible) {}

    /** A company card: the record shown, the extracts the reader sees, the changes newest first. */
    public record Card(Extract company, List<Extract> extracts, List<Change> changes) {}

    /**
     * One change of a company's record: CURRENT (the region-wide current record replaced), PENDING
     * (a municipal extract that counts for its organization's checks only), ACCEPTED, REJECTED,
     * DUPLICATE (the regional administrator's decision on it).
     */
    public record Change(
            java.time.Instant at,
            String actor,
            String action,
            Extract extract,
            Extract previous,
            String scopeName,
            Diff diff) {}

    /** What an extract changes against the one before: fields by message key, people and founders. */
    public record Diff(
            List<String> fields,
            List<PersonLink> addedPeople,
            List<PersonLink> removedPeople,
            List<CompanyShare> addedFounders,
            List<CompanyShare> removedFounders) {

        static Diff between(Extract before, Extract after) {
            if (after == null) {
                return new Diff(List.of(), List.of(), List.of(), List.of(), List.of());
            }
            if (before == null) {
                return new Diff(List.of(), after.people(), List.of(), after.founders(), List.of());
            }
            List<String> fields = new java.util.ArrayList<>();
            if (!Objects.equals(before.fullName(), after.fullName())
                    || !Objects.equals(before.shortName(), after.shortName())) {
                fields.add("registers.name");
            }
            if (!Objects.equals(before.address(), after.address())) {
                fields.add("org.field.address");
            }
            if (!Objects.equals(before.email(), after.email())) {
                fields.add("org.field.email");
            }
            if (!Objects.equals(before.ogrn(), after.ogrn()) || !Objects.equals(before.kpp(), after.kpp())) {
                fields.add("registers.ogrn");
            }
            if (!Objects.equals(before.terminatedOn(), after.terminatedOn())) {
                fields.add("registers.terminated");
            }
            return new Diff(
                    fields,
                    minus(after.people(), before.people(), Registers::tie),
                    minus(before.people(), after.people(), Registers::tie),
                    minus(after.founders(), before.founders(), Registers::share),
                    minus(before.founders(), after.founders(), Registers::share));
        }

        public boolean empty() {
            return fields.isEmpty()
                    && addedPeople.isEmpty()
                    && removedPeople.isEmpty()
                    && addedFounders.isEmpty()
                    && removedFounders.isEmpty();
        }
    }

    private static <T> List<T> minus(List<T> from, List<T> other, java.util.function.Function<T, String> key) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        other.forEach(x -> keys.add(key.apply(x)));
        return from.stream().filter(x -> !keys.contains(key.apply(x))).toList();
    }

    private static String tie(PersonLink p) {
        return p.role() + "|" + p.inn() + "|" + p.name() + "|" + p.sharePercent();
    }

    private static String share(CompanyShare s) {
        return s.inn() + "|" + s.name() + "|" + s.sharePercent();
    }

    /** What the registers hold in numbers. */
    public record Totals(int companies, int entrepreneurs, int extracts, int imports) {}

    public Totals totals(CurrentUser user) {
        requireReader(user);
        return jdbc.sql("""
                select (select count(*) from register_company where is_current) as companies,
                       (select count(*) from register_entrepreneur where is_current) as entrepreneurs,
                       (select count(*) from register_company) + (select count(*) from register_entrepreneur) as extracts,
                       (select count(*) from register_import) as imports""")
                .query((rs, n) -> new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    /**
     * Companies and entrepreneurs by name (case, ё and typos tolerated), INN or OGRN/OGRNIP, and
     * companies where a person with the given INN is a director or founder.
     */
    @Transactional
    public List<Entry> search(CurrentUser user, String query, int limit) {
        requireReader(user);
        String q = searchText(query == null ? "" : query.strip());
        if (q.isEmpty()) {
            return List.of();
        }
        String digits = q.replaceAll("[^0-9]", "");
        if (digits.length() == 12 && digits.equals(q)) {
            // a person's INN: which companies he directs or founded is personal data
            accessLog.record(AccessAction.SEARCH, COMPANY_SUBJECT, null, user.organizationId(), "ИНН лица " + digits);
        }
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
                   from register_company c join organization o on o.id = c.scope_id
                  where c.status = 'PENDING' and (o.path like :scope || '%' or :scope like o.path || '%')
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
                .param("digits", digits.isEmpty() ? "-" : digits)
                .param("scope", organizations.scopePath(user))
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getString("kind"),
                        rs.getString("inn"),
                        rs.getString("ogrn"),
                        rs.getString("name"),
                        rs.getString("address"),
                        localDate(rs.getDate("extract_date")),
                        rs.getBoolean("terminated")))
                .list();
    }

    /**
     * A company as the user sees it: the record his organization's checks use (the region-wide
     * current one; without it, the newest pending extract of his own organization or of one above
     * it), every extract he may see with the file it came from, and the history of changes with
     * who made them and what they changed. The read is written to the access log (the card shows
     * the personal INNs of directors and founders). Empty when he sees no extract of the INN.
     */
    @Transactional
    public java.util.Optional<Card> card(CurrentUser user, String inn) {
        requireReader(user);
        String scope = organizations.scopePath(user);
        Map<Long, Extract> byId = new LinkedHashMap<>();
        jdbc.sql("""
                select c.*, i.file_name, i.source, i.imported_by, i.imported_at, i.sha256, i.status as file_status,
                       o.name as scope_name, o.path as scope_path
                from register_company c join register_import i on i.id = c.import_id
                left join organization o on o.id = c.scope_id
                where c.inn = ? order by c.extract_date desc, c.id desc""")
                .param(inn)
                .query((rs, n) -> byId.put(rs.getLong("id"), extract(rs, scope)))
                .list();
        List<Extract> visible = byId.values().stream().filter(Extract::visible).toList();
        if (visible.isEmpty()) {
            return java.util.Optional.empty();
        }
        Extract shown = visible.stream()
                .filter(Extract::current)
                .findFirst()
                .or(() -> visible.stream().filter(Extract::forMyChecks).findFirst())
                .orElse(visible.getFirst());
        List<Change> changes = jdbc
                .sql("""
                select g.*, o.path as scope_path, o.name as scope_name from register_change g
                left join organization o on o.id = g.scope_id
                where g.kind = 'COMPANY' and g.inn = ? order by g.id desc""")
                .param(inn)
                .query((rs, n) -> {
                    String path = rs.getString("scope_path");
                    if (path != null && !path.startsWith(scope) && !scope.startsWith(path)) {
                        return null;
                    }
                    Extract extract = byId.get(rs.getLong("extract_id"));
                    long previousId = rs.getLong("previous_id");
                    Extract previous = rs.wasNull() ? null : byId.get(previousId);
                    return new Change(
                            rs.getTimestamp("at").toInstant(),
                            rs.getString("actor"),
                            rs.getString("action"),
                            extract,
                            previous,
                            scopeName(path, rs.getString("scope_name"), scope),
                            Diff.between(previous, extract));
                })
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
        long subject = Long.parseLong(inn);
        accessLog.record(AccessAction.READ, COMPANY_SUBJECT, subject, user.organizationId(), "ИНН " + inn);
        return java.util.Optional.of(new Card(shown, visible, changes));
    }

    private Extract extract(java.sql.ResultSet rs, String scope) throws java.sql.SQLException {
        String status = rs.getString("status");
        String scopePath = rs.getString("scope_path");
        boolean region = "REGION".equals(status);
        boolean forMyChecks = region || ("PENDING".equals(status) && scopePath != null && scope.startsWith(scopePath));
        boolean visible = region || (scopePath != null && (scope.startsWith(scopePath) || scopePath.startsWith(scope)));
        return new Extract(
                rs.getLong("id"),
                rs.getString("inn"),
                rs.getString("kpp"),
                rs.getString("ogrn"),
                rs.getString("full_name"),
                rs.getString("short_name"),
                rs.getString("address"),
                rs.getString("email"),
                localDate(rs.getDate("registered_on")),
                localDate(rs.getDate("terminated_on")),
                localDate(rs.getDate("extract_date")),
                rs.getBoolean("is_current"),
                json.readValue(rs.getString("people"), new TypeReference<List<PersonLink>>() {}),
                json.readValue(rs.getString("founders"), new TypeReference<List<CompanyShare>>() {}),
                rs.getString("file_name"),
                status,
                rs.getString("source"),
                rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant(),
                rs.getString("sha256"),
                region ? null : scopeName(scopePath, rs.getString("scope_name"), scope),
                forMyChecks,
                visible);
    }

    /** The organization a pending extract counts for, named when it is in the user's subtree. */
    private static String scopeName(String path, String name, String scope) {
        if (path == null) {
            return null;
        }
        return path.startsWith(scope) ? name : "";
    }

    /**
     * The text names are searched by, stored with every extract and applied to the query: lower
     * case, ё as е, runs of spaces as one.
     */
    static String searchText(String name) {
        return WHITESPACE
                .matcher(name.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .replaceAll(" ");
    }

    static void requireReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not read the company registers");
        }
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
