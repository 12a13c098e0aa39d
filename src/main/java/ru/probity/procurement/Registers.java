package ru.probity.procurement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.PersonLink;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading the stored registers: search, a company's current extract and its history. */
@Service
@Transactional(readOnly = true)
public class Registers {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Registers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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

    /** One stored extract of a company. */
    public record Extract(
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
            String source) {}

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
    public List<Entry> search(CurrentUser user, String query, int limit) {
        requireReader(user);
        String q = searchText(query == null ? "" : query.strip());
        if (q.isEmpty()) {
            return List.of();
        }
        String digits = q.replaceAll("[^0-9]", "");
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
                (select 'ENTREPRENEUR', inn, ogrnip, 'ИП ' || last_name || ' ' || first_name || coalesce(' ' || middle_name, ''),
                        address, extract_date, terminated_on is not null, word_similarity(:q, search_name)
                   from register_entrepreneur
                  where is_current and (inn = :digits or ogrnip = :digits or search_name like '%' || :q || '%'
                        or :q <% search_name))
                order by score desc, name
                limit :limit""")
                .param("q", q)
                .param("digits", digits.isEmpty() ? "-" : digits)
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

    /** Every stored extract of a company, newest first. */
    public List<Extract> history(CurrentUser user, String inn) {
        requireReader(user);
        return jdbc.sql("""
                select c.*, i.file_name from register_company c join register_import i on i.id = c.import_id
                where c.inn = ? order by c.extract_date desc, c.id desc""")
                .param(inn)
                .query((rs, n) -> new Extract(
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
                        rs.getString("file_name")))
                .list();
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
