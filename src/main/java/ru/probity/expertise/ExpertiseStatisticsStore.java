package ru.probity.expertise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.region.Figure;

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

    /**
     * The period figures of the monitoring reports: per organization's subtree, the drafts and acts
     * with a conclusion registered from {@code from} to {@code to} and the factors found in those
     * conclusions (as {@link #byOrganization} counts «Проектов», «Актов» and «Выявлено факторов»).
     * One statement.
     */
    List<Figure> period(Long[] organizations, LocalDate from, LocalDate to) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select s.ancestor_id,
                       count(distinct d.id) filter (where d.subject in ('DRAFT', 'ACT')) as examined,
                       count(f.id) as factors
                from expertise_conclusion c
                join expertise_document d on d.id = c.document_id
                join org_subtree s on s.organization_id = d.organization_id
                left join expertise_finding f on f.version_id = c.version_id
                where s.ancestor_id = any(:roots) and c.registered_on between :from and :to
                group by s.ancestor_id""")
                .param("roots", organizations)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    long root = rs.getLong(1);
                    figures.add(new Figure(root, ExpertiseIndicators.EXAMINED, rs.getLong("examined")));
                    figures.add(new Figure(root, ExpertiseIndicators.FACTORS, rs.getLong("factors")));
                });
        return figures;
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
