package ru.probity.acts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.acts.model.AcknowledgementStatus;
import ru.probity.region.Figure;

/**
 * The acknowledgements read across distributions: the figures and the register of a subtree over
 * the distributions made in a period, and the e-mail reminders due with their record of being sent.
 */
@Repository
class AcknowledgementStore {

    /** The distributions made within the period, each bound optional. */
    private static final String MADE_WITHIN = " and (cast(:from as date) is null or d.created_at::date >= :from)"
            + " and (cast(:to as date) is null or d.created_at::date <= :to) ";

    private final JdbcClient jdbc;

    AcknowledgementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per organization of the subtree of {@code me}, its depth below it, in tree order. */
    List<AcknowledgementStatistics.ByOrganization> byOrganization(long me, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select o.id, o.name, self.depth - mine.depth as depth, count(*) as asked,
                       count(*) filter (where k.status = 'ACKNOWLEDGED') as acknowledged,
                       count(*) filter (where k.status = 'ACKNOWLEDGED' and k.acknowledged_at::date <= d.due_on) as in_time,
                       count(*) filter (where k.status = 'PENDING' and d.due_on < current_date) as overdue
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join employee e on e.id = k.employee_id join organization o on o.id = e.organization_id
                join org_subtree mine on mine.organization_id = o.id and mine.ancestor_id = :me
                join org_subtree self on self.organization_id = o.id and self.ancestor_id = o.id
                where true""" + MADE_WITHIN + """
                group by o.id, o.name, o.path, self.depth, mine.depth order by o.path""")
                .param("me", me)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new AcknowledgementStatistics.ByOrganization(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getInt("depth"),
                        rs.getInt("asked"),
                        rs.getInt("acknowledged"),
                        rs.getInt("in_time"),
                        rs.getInt("overdue")))
                .list();
    }

    /** The region's dashboard: per organization's subtree, the employees asked and those who acknowledged. */
    List<Figure> indicators(Long[] organizations) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select s.ancestor_id, count(*) as asked, count(*) filter (where k.status = 'ACKNOWLEDGED') as acknowledged
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join employee e on e.id = k.employee_id
                join org_subtree s on s.organization_id = e.organization_id
                where s.ancestor_id = any(:roots)
                group by s.ancestor_id""").param("roots", organizations).query(rs -> {
            long root = rs.getLong(1);
            figures.add(new Figure(root, ActIndicators.ASKED, rs.getLong("asked")));
            figures.add(new Figure(root, ActIndicators.ACKNOWLEDGED, rs.getLong("acknowledged")));
        });
        return figures;
    }

    /**
     * The period figures of the monitoring reports: per organization's subtree, the employees asked
     * to acknowledge by the distributions made from {@code from} to {@code to} and those who did (as
     * {@link #byOrganization} counts them). One statement.
     */
    List<Figure> period(Long[] organizations, LocalDate from, LocalDate to) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select s.ancestor_id, count(*) as asked, count(*) filter (where k.status = 'ACKNOWLEDGED') as acknowledged
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join employee e on e.id = k.employee_id
                join org_subtree s on s.organization_id = e.organization_id
                where s.ancestor_id = any(:roots)""" + MADE_WITHIN + """
                group by s.ancestor_id""")
                .param("roots", organizations)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    long root = rs.getLong(1);
                    figures.add(new Figure(root, ActIndicators.ASKED, rs.getLong("asked")));
                    figures.add(new Figure(root, ActIndicators.ACKNOWLEDGED, rs.getLong("acknowledged")));
                });
        return figures;
    }

    /** Every acknowledgement of the subtree of {@code me}, by organization, employee and distribution. */
    List<AcknowledgementStatistics.Line> register(long me, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select a.title, v.number, o.name as organization,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee, e.post,
                       d.due_on, k.status, k.acknowledged_at, k.method,
                       (k.status = 'PENDING' and d.due_on < current_date) as overdue
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join legal_act a on a.id = d.act_id join act_version v on v.id = d.version_id
                join employee e on e.id = k.employee_id join organization o on o.id = e.organization_id
                where e.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me)""" + MADE_WITHIN + """
                order by o.path, employee, d.created_at""")
                .param("me", me)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new AcknowledgementStatistics.Line(
                        rs.getString("title"),
                        rs.getInt("number"),
                        rs.getString("organization"),
                        rs.getString("employee"),
                        rs.getString("post"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getString("status"),
                        DistributionStore.instant(rs.getTimestamp("acknowledged_at")),
                        rs.getString("method"),
                        rs.getBoolean("overdue")))
                .list();
    }

    /** A reminder to send: to the employee's e-mail, before the due date or after it ({@code overdue}). */
    record Reminder(long id, String email, String name, String title, LocalDate dueOn, boolean overdue) {}

    /**
     * The pending acknowledgements of active employees with an e-mail that are due within
     * {@code daysBefore} days or overdue, and not yet reminded of it (at most 1000).
     */
    List<Reminder> remindersDue(int daysBefore) {
        return jdbc.sql("""
                select k.id, e.email, e.first_name || coalesce(' ' || e.middle_name, '') as name, a.title, d.due_on,
                       d.due_on < current_date as overdue
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join legal_act a on a.id = d.act_id join employee e on e.id = k.employee_id
                where k.status = :pending and e.active and e.email is not null
                  and ((d.due_on < current_date and k.reminded_after_at is null)
                    or (d.due_on >= current_date and d.due_on <= current_date + cast(:days as int) and k.reminded_before_at is null))
                order by k.id limit 1000""")
                .param("pending", AcknowledgementStatus.PENDING.name())
                .param("days", daysBefore)
                .query((rs, n) -> new Reminder(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getBoolean("overdue")))
                .list();
    }

    /** Records that the reminder went out. */
    void reminded(Reminder reminder) {
        jdbc.sql("update acknowledgement set "
                        + (reminder.overdue() ? "reminded_after_at" : "reminded_before_at")
                        + " = now() where id = ?")
                .param(reminder.id())
                .update();
    }
}
