package ru.probity.expertise;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of the anti-corruption expertise of a subtree and period, over the conclusions
 * registered in it: per organization that holds the documents, and per factor of the Методика.
 */
@Repository
class ExpertiseStatisticsStore {

    private static final String SCOPE = """
            from expertise_conclusion c
            join expertise_document d on d.id = c.document_id
            where d.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)
              and c.registered_on between :from and :to
            """;

    private final JdbcClient jdbc;

    ExpertiseStatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExpertiseStatistics.Line> byOrganization(long organizationId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select o.name,
                       count(distinct d.id) filter (where d.subject = 'DRAFT') as drafts,
                       count(distinct d.id) filter (where d.subject = 'ACT') as acts,
                       count(distinct c.id) as conclusions,
                       count(f.id) as findings,
                       count(f.id) filter (where f.answer = 'ELIMINATED') as eliminated
                from expertise_conclusion c
                join expertise_document d on d.id = c.document_id
                join organization o on o.id = d.organization_id
                left join expertise_finding f on f.version_id = c.version_id
                where d.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)
                  and c.registered_on between :from and :to
                group by o.id, o.name
                order by o.name""")
                .param("org", organizationId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ExpertiseStatistics.Line(
                        rs.getString("name"),
                        rs.getInt("drafts"),
                        rs.getInt("acts"),
                        rs.getInt("conclusions"),
                        rs.getInt("findings"),
                        rs.getInt("eliminated")))
                .list();
    }

    /** Per factor code: the findings and how many of them the developers eliminated. */
    List<Object[]> byFactor(long organizationId, LocalDate from, LocalDate to) {
        return jdbc.sql(
                        "select f.factor, count(*) as total, count(*) filter (where f.answer = 'ELIMINATED') as eliminated "
                                + SCOPE.replace(
                                        "where d.organization_id",
                                        "join expertise_finding f on f.version_id = c.version_id\n"
                                                + "where d.organization_id")
                                + " group by f.factor order by f.factor")
                .param("org", organizationId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Object[] {rs.getString("factor"), rs.getInt("total"), rs.getInt("eliminated")})
                .list();
    }
}
