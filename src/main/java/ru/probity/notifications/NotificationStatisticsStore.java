package ru.probity.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.region.Figure;

/** The counts of the statistics of notifications, over a subtree and the days they arrived. */
@Repository
class NotificationStatisticsStore {

    private static final String FIGURES = """
            count(*) as received,
            count(*) filter (where n.channel = 'ONLINE') as online,
            count(*) filter (where n.registered_on is not null) as registered,
            count(*) filter (where n.concluded_on is not null) as reviewed,
            count(*) filter (where n.sent_to_commission_on is not null) as sent,
            count(*) filter (where n.status = 'DECIDED') as decided,
            count(*) filter (where n.status = 'CLOSED') as closed,
            count(*) filter (where (n.status = 'SUBMITTED' and n.submitted_on < current_date)
                                or (n.status = 'REGISTERED' and n.review_by < current_date)) as overdue
            """;

    private static final String SUBTREE =
            " n.organization_id in (select organization_id from org_subtree where ancestor_id = ?) ";

    private final JdbcClient jdbc;

    NotificationStatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures by kind (key: the kind's name, no label); kinds without notifications are absent. */
    List<NotificationStatistics.Line> byKind(long scope, LocalDate from, LocalDate to) {
        return jdbc.sql("select n.kind as key, " + FIGURES + " from notification n where" + SUBTREE
                        + "and n.submitted_on between ? and ? group by n.kind")
                .params(scope, from, to)
                .query((rs, i) -> line(rs, rs.getString("key"), null))
                .list();
    }

    /** The figures by organization, by name. */
    List<NotificationStatistics.Line> byOrganization(long scope, LocalDate from, LocalDate to) {
        return jdbc.sql("select cast(o.id as text) as key, o.name as label, " + FIGURES + """
                from notification n join organization o on o.id = n.organization_id
                where""" + SUBTREE + """
                and n.submitted_on between ? and ?
                group by o.id, o.name order by o.name""")
                .params(scope, from, to)
                .query((rs, i) -> line(rs, rs.getString("key"), rs.getString("label")))
                .list();
    }

    /**
     * The period figures of the monitoring reports: per organization's subtree, the notifications
     * received from {@code from} to {@code to} (as {@link #byKind} counts them), all kinds and by
     * kind. One statement.
     */
    List<Figure> period(Long[] organizations, LocalDate from, LocalDate to) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select s.ancestor_id, n.kind, count(*) as received
                from notification n join org_subtree s on s.organization_id = n.organization_id
                where s.ancestor_id = any(:roots) and n.submitted_on between :from and :to
                group by grouping sets ((s.ancestor_id), (s.ancestor_id, n.kind))""")
                .param("roots", organizations)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    long root = rs.getLong(1);
                    String kind = rs.getString(2);
                    if (kind == null) {
                        figures.add(new Figure(root, NotificationIndicators.RECEIVED, rs.getLong(3)));
                    } else if (NotificationIndicators.KINDS.stream()
                            .anyMatch(k -> k.name().equals(kind))) {
                        figures.add(new Figure(root, NotificationIndicators.RECEIVED + "." + kind, rs.getLong(3)));
                    }
                });
        return figures;
    }

    private static NotificationStatistics.Line line(ResultSet rs, String key, String label) throws SQLException {
        return new NotificationStatistics.Line(
                key,
                label,
                rs.getInt("received"),
                rs.getInt("online"),
                rs.getInt("registered"),
                rs.getInt("reviewed"),
                rs.getInt("sent"),
                rs.getInt("decided"),
                rs.getInt("closed"),
                rs.getInt("overdue"));
    }
}
