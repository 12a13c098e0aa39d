package ru.probity.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.org.OwnPeople;
import ru.probity.region.Figure;
import ru.probity.reports.ReportStatistics.Figures;
import ru.probity.reports.ReportStatistics.OrganizationRow;
import ru.probity.reports.ReportStatistics.Query;
import ru.probity.reports.engine.ReportStatus;

/**
 * The statistics' set-based SQL over the readable requisites of {@code report} only (decisions/0005:
 * nothing sealed is read), in the subtree of an organization through {@code org_subtree}.
 */
@Component
class ReportStatisticsStore {

    private static final String FIGURES = """
            count(*) as total,
            count(*) filter (where r.about_municipal_employee) as municipal,
            count(*) filter (where r.about_crime) as crime,
            count(*) filter (where r.anonymous) as anonymous,
            count(*) filter (where r.status in (:new, :registered)) as in_progress,
            count(*) filter (where r.status = :answered) as answered,
            count(*) filter (where r.answered_on is not null and r.answered_on <= r.answer_by) as answered_in_term,
            count(*) filter (where r.status in (:closed, :forwarded)) as closed,
            count(*) filter (where (r.status = :new and r.register_by < :today)
                or (r.status = :registered and coalesce(r.answer_by, r.redirect_by) < :today)) as overdue
            """;

    private static final String REPORTS = """
            from report r
            where r.organization_id in (select organization_id from org_subtree where ancestor_id = :root)
              and r.received_on between :from and :to
              and (cast(:channel as text) is null or r.channel = :channel)
              and (cast(:topic as text) is null or r.topic = :topic)
              and (cast(:status as text) is null or r.status = :status)
              and (not :municipal or r.about_municipal_employee)
            """;

    private final JdbcClient jdbc;

    ReportStatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(
                rs.getLong("total"),
                rs.getLong("municipal"),
                rs.getLong("crime"),
                rs.getLong("anonymous"),
                rs.getLong("in_progress"),
                rs.getLong("answered"),
                rs.getLong("answered_in_term"),
                rs.getLong("closed"),
                rs.getLong("overdue"));
    }

    /** The groupings of one pass: the totals, by month ({@code YYYY-MM}), channel, topic, status. */
    enum Grouping {
        TOTALS,
        MONTH,
        CHANNEL,
        TOPIC,
        STATUS
    }

    /** The figures of one group: its grouping and key (null for the totals). */
    record Group(Grouping grouping, String key, Figures figures) {}

    /** One pass over the reports, five groupings: the totals, by month, channel, topic, status. */
    List<Group> groups(Query query, long root, LocalDate today) {
        return params(
                        jdbc.sql("select to_char(r.received_on, 'YYYY-MM') as month, r.channel, r.topic, r.status,"
                                + " grouping(to_char(r.received_on, 'YYYY-MM')) as g_month, grouping(r.channel) as g_channel,"
                                + " grouping(r.topic) as g_topic, grouping(r.status) as g_status, "
                                + FIGURES + REPORTS
                                + " group by grouping sets ((), (to_char(r.received_on, 'YYYY-MM')), (r.channel),"
                                + " (r.topic), (r.status))"),
                        query,
                        root,
                        today)
                .query((rs, n) -> {
                    if (rs.getInt("g_month") == 0) {
                        return new Group(Grouping.MONTH, rs.getString("month"), figures(rs));
                    } else if (rs.getInt("g_channel") == 0) {
                        return new Group(Grouping.CHANNEL, rs.getString("channel"), figures(rs));
                    } else if (rs.getInt("g_topic") == 0) {
                        return new Group(Grouping.TOPIC, rs.getString("topic"), figures(rs));
                    } else if (rs.getInt("g_status") == 0) {
                        return new Group(Grouping.STATUS, rs.getString("status"), figures(rs));
                    }
                    return new Group(Grouping.TOTALS, null, figures(rs));
                })
                .list();
    }

    /**
     * The tree: every organization of the subtree of {@code root} with reports below it, its own
     * reports and its whole subtree's figures, in tree order; depth 0 is the root.
     */
    List<OrganizationRow> tree(Query query, long root, LocalDate today) {
        return params(
                        jdbc.sql("with own as (select r.organization_id, " + FIGURES + REPORTS
                                + " group by r.organization_id)"
                                + """
                                select a.id, a.name, s.depth - (select d.depth from org_subtree d
                                                                where d.ancestor_id = :root
                                                                  and d.organization_id = :root) as depth,
                                       coalesce(sum(own.total) filter (where own.organization_id = a.id), 0) as own,
                                       sum(own.total) as total, sum(own.municipal) as municipal, sum(own.crime) as crime,
                                       sum(own.anonymous) as anonymous, sum(own.in_progress) as in_progress,
                                       sum(own.answered) as answered, sum(own.answered_in_term) as answered_in_term, sum(own.closed) as closed, sum(own.overdue) as overdue
                                from own join org_subtree s on s.organization_id = own.organization_id
                                join organization a on a.id = s.ancestor_id
                                where a.id in (select organization_id from org_subtree where ancestor_id = :root)
                                group by a.id, a.name, a.path, s.depth
                                order by a.path"""),
                        query,
                        root,
                        today)
                .query((rs, n) -> new OrganizationRow(
                        rs.getLong("id"), rs.getString("name"), rs.getInt("depth"), rs.getLong("own"), figures(rs)))
                .list();
    }

    /**
     * The region's dashboard: per organization's subtree, the open reports and those past their term
     * on {@code today}, none about the official's own people (as in the register).
     */
    List<Figure> indicators(Long[] organizations, OwnPeople own, LocalDate today) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select s.ancestor_id,
                       count(*) as open,
                       count(*) filter (where (r.status = :new and r.register_by < :today)
                           or (r.status = :registered and coalesce(r.answer_by, r.redirect_by) < :today)) as overdue
                from report r join org_subtree s on s.organization_id = r.organization_id
                where s.ancestor_id = any(:roots) and r.status in (:new, :registered)
                  and not coalesce(r.employee_id = any(cast(:ownEmployees as bigint[])), false)
                group by s.ancestor_id""")
                .param("roots", organizations)
                .param("today", today)
                .param("new", ReportStatus.NEW.name())
                .param("registered", ReportStatus.REGISTERED.name())
                .param("ownEmployees", own.employeeArray())
                .query(rs -> {
                    long root = rs.getLong(1);
                    figures.add(new Figure(root, ReportIndicators.OPEN, rs.getLong("open")));
                    figures.add(new Figure(root, ReportIndicators.OVERDUE, rs.getLong("overdue")));
                });
        return figures;
    }

    /**
     * The period figures of the monitoring reports: per organization's subtree, the reports received
     * from {@code from} to {@code to} and those answered within the term (as the statistics count
     * «Поступило» and «Ответ дан в срок»). One statement.
     */
    List<Figure> period(Long[] organizations, LocalDate from, LocalDate to) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select s.ancestor_id, count(*) as received,
                       count(*) filter (where r.answered_on is not null and r.answered_on <= r.answer_by) as in_term
                from report r join org_subtree s on s.organization_id = r.organization_id
                where s.ancestor_id = any(:roots) and r.received_on between :from and :to
                group by s.ancestor_id""")
                .param("roots", organizations)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    long root = rs.getLong(1);
                    figures.add(new Figure(root, ReportIndicators.RECEIVED, rs.getLong("received")));
                    figures.add(new Figure(root, ReportIndicators.ANSWERED_IN_TERM, rs.getLong("in_term")));
                });
        return figures;
    }

    private static JdbcClient.StatementSpec params(
            JdbcClient.StatementSpec sql, Query query, long root, LocalDate today) {
        return sql.param("root", root)
                .param("from", query.from())
                .param("to", query.to())
                .param(
                        "channel",
                        query.channel() == null ? null : query.channel().name())
                .param("topic", query.topic() == null ? null : query.topic().name())
                .param("status", query.status() == null ? null : query.status().name())
                .param("municipal", query.municipalOnly())
                .param("today", today)
                .param("new", ReportStatus.NEW.name())
                .param("registered", ReportStatus.REGISTERED.name())
                .param("answered", ReportStatus.ANSWERED.name())
                .param("closed", ReportStatus.CLOSED.name())
                // forwarded to an external body: closed here without an answer of this body
                .param("forwarded", ReportStatus.FORWARDED.name());
    }
}
