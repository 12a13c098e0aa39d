package ru.probity.commission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.org.OwnPeople;
import ru.probity.region.Figure;

/** The counts of the commission's statistics over the commissions a reader sees. */
@Repository
class CommissionStatisticsStore {

    private static final String MINE = " k.commission_id in (" + CommissionStore.VISIBLE_IDS + ") ";

    private final JdbcClient jdbc;

    CommissionStatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures now and over the period; counts of kinds as received and considered, the others by key. */
    record Counts(
            int meetings,
            int received,
            int decided,
            int pending,
            int overdueCases,
            int overdueFollowUps,
            Map<String, int[]> kinds,
            Map<String, Integer> decisions,
            Map<String, Integer> measures) {}

    Counts counts(CommissionStore.Reader reader, LocalDate from, LocalDate to) {
        Map<String, Object> p = new HashMap<>(reader.params());
        p.put("from", from);
        p.put("to", to);
        int meetings = count(
                "select count(*) from commission_meeting mt where mt.commission_id in (" + CommissionStore.VISIBLE_IDS
                        + ") and mt.status = 'CLOSED' and mt.held_on between :from and :to",
                p);
        int received = count(
                "select count(*) from commission_case k where" + MINE + "and k.received_on between :from and :to", p);
        int decided = count(
                "select count(*) from commission_case k where" + MINE + "and k.decided_on between :from and :to", p);
        int pending = count(
                "select count(*) from commission_case k where" + MINE + "and k.status in ('PENDING', 'SCHEDULED')", p);
        int overdueCases = count(
                "select count(*) from commission_case k where" + MINE
                        + "and k.status in ('PENDING', 'SCHEDULED') and k.consider_by < current_date",
                p);
        int overdueFollowUps = count(
                "select count(*) from commission_follow_up f join commission_case k on k.id = f.case_id where" + MINE
                        + "and f.done_on is null and f.due_on < current_date",
                p);
        Map<String, int[]> kinds = new HashMap<>();
        jdbc.sql("select k.kind, count(*) filter (where k.received_on between :from and :to),"
                        + " count(*) filter (where k.decided_on between :from and :to)"
                        + " from commission_case k where" + MINE + "group by k.kind")
                .params(p)
                .query(rs -> {
                    kinds.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        Map<String, Integer> decisions = ordered(
                "select k.decision, count(*) from commission_case k where" + MINE
                        + "and k.decided_on between :from and :to and k.decision is not null"
                        + " group by k.decision order by count(*) desc",
                p);
        Map<String, Integer> measures = ordered(
                "select f.measure, count(*) from commission_follow_up f join commission_case k on k.id = f.case_id"
                        + " where" + MINE + "and f.done_on between :from and :to and f.measure is not null"
                        + " group by f.measure order by count(*) desc",
                p);
        return new Counts(
                meetings, received, decided, pending, overdueCases, overdueFollowUps, kinds, decisions, measures);
    }

    /**
     * The region's dashboard: per organization's subtree, the cases the reader sees that are not
     * decided and those past their term, none about his own people (as in the list of cases).
     */
    List<Figure> indicators(CommissionStore.Reader reader, Long[] organizations, OwnPeople own) {
        Map<String, Object> p = new HashMap<>(reader.params());
        p.put("roots", organizations);
        p.put("ownEmployees", own.employeeArray());
        List<Figure> figures = new ArrayList<>();
        jdbc.sql(
                        "select s.ancestor_id, count(*) as open, count(*) filter (where k.consider_by < current_date) as overdue"
                                + " from commission_case k join org_subtree s on s.organization_id = k.organization_id"
                                + " where s.ancestor_id = any(:roots) and k.status in ('PENDING', 'SCHEDULED')"
                                + " and (k.commission_id in (" + CommissionStore.VISIBLE_IDS + ")"
                                + " or (k.commission_id is null and :reads and k.organization_id in"
                                + " (select organization_id from org_subtree where ancestor_id = :org)))"
                                + " and not coalesce(k.employee_id = any(cast(:ownEmployees as bigint[])), false)"
                                + " group by s.ancestor_id")
                .params(p)
                .query(rs -> {
                    long root = rs.getLong(1);
                    figures.add(new Figure(root, CommissionIndicators.OPEN, rs.getLong("open")));
                    figures.add(new Figure(root, CommissionIndicators.OVERDUE, rs.getLong("overdue")));
                });
        return figures;
    }

    /**
     * The period figures of the monitoring reports: per organization's subtree, the meetings held
     * (closed) from {@code from} to {@code to} and the cases decided in the period, of the
     * commissions of the subtree — as {@link #counts} counts them for a reader of that subtree. One
     * statement.
     */
    List<Figure> period(Long[] organizations, LocalDate from, LocalDate to) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                with scoped as (
                  select s.ancestor_id as root, c.id
                  from commission c join org_subtree s on s.organization_id = c.organization_id
                  where s.ancestor_id = any(:roots))
                select sc.root,
                       (select count(*) from commission_meeting mt where mt.commission_id = any(array_agg(sc.id))
                          and mt.status = 'CLOSED' and mt.held_on between :from and :to) as meetings,
                       (select count(*) from commission_case k where k.commission_id = any(array_agg(sc.id))
                          and k.decided_on between :from and :to) as decisions
                from scoped sc group by sc.root""")
                .param("roots", organizations)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    long root = rs.getLong(1);
                    figures.add(new Figure(root, CommissionIndicators.MEETINGS, rs.getLong("meetings")));
                    figures.add(new Figure(root, CommissionIndicators.DECISIONS, rs.getLong("decisions")));
                });
        return figures;
    }

    private int count(String sql, Map<String, Object> p) {
        return jdbc.sql(sql).params(p).query(Integer.class).single();
    }

    /** Key to count, most first. */
    private Map<String, Integer> ordered(String sql, Map<String, Object> p) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<Object[]> rows = jdbc.sql(sql)
                .params(p)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)})
                .list();
        rows.forEach(r -> counts.put((String) r[0], (Integer) r[1]));
        return counts;
    }
}
