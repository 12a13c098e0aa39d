package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.declarations.checks.Extract;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public extract of Указ Президента №613: for every organization and year of a published
 * campaign, each filed annual declaration as its post and the {@link Extract} computed when it was
 * saved. Readable without signing in; it holds no names, identifiers, addresses or accounts.
 */
@Service
@Transactional(readOnly = true)
public class Publication {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Publication(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An organization with published declarations for a year. */
    public record Published(long organizationId, String organization, int year, int declarations) {}

    /** One declarant's extract: his post and the rows of his family. */
    public record Entry(String post, Extract extract) {}

    public List<Published> index() {
        return jdbc.sql("""
                select o.id, o.name, d.year, count(*) from declaration d
                join declaration_obligation ob on ob.id = d.obligation_id
                join declaration_campaign c on c.id = ob.campaign_id and c.published_at is not null
                join organization o on o.id = d.organization_id
                where d.is_current and o.active
                group by o.id, o.name, o.path, d.year order by d.year desc, o.path""")
                .query((rs, n) -> new Published(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    public String organizationName(long organizationId) {
        return jdbc.sql("select name from organization where id = ? and active")
                .param(organizationId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new DeclarationNotFound(organizationId));
    }

    /** The published extracts of an organization for a year, by post. */
    public List<Entry> entries(long organizationId, int year) {
        return jdbc.sql("""
                select ob.post, d.extract::text from declaration d
                join declaration_obligation ob on ob.id = d.obligation_id
                join declaration_campaign c on c.id = ob.campaign_id and c.published_at is not null
                where d.is_current and d.organization_id = ? and d.year = ?
                order by ob.post, d.id""")
                .params(organizationId, year)
                .query((rs, n) -> new Entry(rs.getString(1), json.readValue(rs.getString(2), Extract.class)))
                .list();
    }

    /** The term of publication: 14 working days after the annual deadline (weekends only, no holidays). */
    public static LocalDate publicationTerm(int year) {
        LocalDate day = Campaigns.annualDeadline(year);
        int working = 0;
        while (working < 14) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() < 6) {
                working++;
            }
        }
        return day;
    }
}
