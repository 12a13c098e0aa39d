package ru.probity.declarations;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the Указ №613 publication reads: the current versions of the published campaigns' annual
 * obligations — their posts and the extracts computed when they were saved, never the content.
 */
@Repository
class PublicationStore {

    /** A published declaration: the declarant's post and the extract's JSON. */
    record Row(String post, String extract) {}

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Publication.Published> index() {
        return jdbc.sql("""
                select o.id, o.name, d.year, count(*) from declaration d
                join declaration_obligation ob on ob.id = d.obligation_id
                join declaration_campaign c on c.id = ob.campaign_id and c.published_at is not null
                join organization o on o.id = d.organization_id
                where d.is_current and o.active
                group by o.id, o.name, o.path, d.year order by d.year desc, o.path""")
                .query((rs, n) -> new Publication.Published(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    Optional<String> activeOrganizationName(long organizationId) {
        return jdbc.sql("select name from organization where id = ? and active")
                .param(organizationId)
                .query(String.class)
                .optional();
    }

    List<Row> entries(long organizationId, int year) {
        return jdbc.sql("""
                select ob.post, d.extract::text from declaration d
                join declaration_obligation ob on ob.id = d.obligation_id
                join declaration_campaign c on c.id = ob.campaign_id and c.published_at is not null
                where d.is_current and d.organization_id = ? and d.year = ?
                order by ob.post, d.id""")
                .params(organizationId, year)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The years of an organization's own published declarations, the latest first. */
    List<Integer> years(long organizationId) {
        return jdbc.sql("""
                select distinct d.year from declaration d
                join declaration_obligation ob on ob.id = d.obligation_id
                join declaration_campaign c on c.id = ob.campaign_id and c.published_at is not null
                where d.is_current and d.organization_id = ?
                order by d.year desc""").param(organizationId).query(Integer.class).list();
    }

    /** The organizations whose current declarations a campaign publishes, with the year. */
    List<Publication.Published> ofCampaign(long campaignId) {
        return jdbc.sql("""
                select o.id, o.name, d.year, count(*) from declaration d
                join declaration_obligation ob on ob.id = d.obligation_id
                join organization o on o.id = d.organization_id
                where d.is_current and ob.campaign_id = ?
                group by o.id, o.name, d.year order by o.id""")
                .param(campaignId)
                .query((rs, n) -> new Publication.Published(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
