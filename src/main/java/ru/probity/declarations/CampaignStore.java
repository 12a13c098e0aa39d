package ru.probity.declarations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual campaigns ({@code declaration_campaign}) with the counts of their obligations. */
@Repository
class CampaignStore {

    private static final String SELECT = """
            select c.*, o.name as organization,
                   (select count(*) from declaration_obligation ob where ob.campaign_id = c.id) as expected,
                   (select count(distinct d.obligation_id) from declaration d
                      join declaration_obligation ob on ob.id = d.obligation_id where ob.campaign_id = c.id) as filed
            from declaration_campaign c join organization o on o.id = c.organization_id
            """;

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long organizationId, int year) {
        return jdbc.sql("select count(*) > 0 from declaration_campaign where organization_id = ? and year = ?")
                .params(organizationId, year)
                .query(Boolean.class)
                .single();
    }

    long insert(long organizationId, int year, LocalDate deadline, String by) {
        return jdbc.sql("""
                insert into declaration_campaign (organization_id, year, deadline, opened_by)
                values (?, ?, ?, ?) returning id""")
                .params(organizationId, year, deadline, by)
                .query(Long.class)
                .single();
    }

    /** The campaigns of the subtree of {@code scope}, the latest year first. */
    List<Campaigns.Campaign> list(long scope) {
        return jdbc.sql(SELECT
                        + " where c.organization_id in (select organization_id from org_subtree where ancestor_id = ?)"
                        + " order by c.year desc, o.path")
                .param(scope)
                .query(CampaignStore::campaign)
                .list();
    }

    Optional<Campaigns.Campaign> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?")
                .param(id)
                .query(CampaignStore::campaign)
                .optional();
    }

    /** Publishes the campaign's declarations, or publishes them again (the time and the officer change). */
    void publish(long id, String by) {
        jdbc.sql("update declaration_campaign set published_at = now(), published_by = ? where id = ?")
                .params(by, id)
                .update();
    }

    private static Campaigns.Campaign campaign(ResultSet rs, int n) throws SQLException {
        return new Campaigns.Campaign(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization"),
                rs.getInt("year"),
                rs.getObject("deadline", LocalDate.class),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"),
                rs.getTimestamp("published_at") == null
                        ? null
                        : rs.getTimestamp("published_at").toInstant(),
                rs.getInt("expected"),
                rs.getInt("filed"));
    }
}
