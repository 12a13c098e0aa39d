package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.declarations.checks.ReminderKind;

/** The reminders of the terms ({@code declaration_reminder}): which are due, and which went. */
@Repository
class ReminderStore {

    /** A reminder to send: the obligation, its employee's address and name, its term. */
    record Due(
            long id,
            String email,
            String name,
            ObligationKind kind,
            int year,
            LocalDate dueOn,
            ReminderKind reminder) {}

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The reminders not sent yet of the obligations not filed: DUE when the term is within {@code
     * daysBefore} days, OVERDUE when it has passed and the obligation existed before it did; at
     * most 1000.
     */
    List<Due> due(int daysBefore, FilingRegimeSettings.Waived waived) {
        return jdbc.sql("""
                select ob.id, e.email, e.first_name || coalesce(' ' || e.middle_name, '') as name, ob.kind, ob.year,
                       ob.due_on, ob.due_on < current_date as overdue
                from declaration_obligation ob join employee e on e.id = ob.employee_id
                where e.active and nullif(trim(e.email), '') is not null
                  and not exists (select 1 from declaration d where d.obligation_id = ob.id)
                  and not""" + ObligationStore.WAIVED + """
                  and ((ob.due_on < current_date and cast(ob.created_at as date) <= ob.due_on
                        and not exists (select 1 from declaration_reminder r
                                        where r.obligation_id = ob.id and r.kind = :overdue))
                    or (ob.due_on >= current_date and ob.due_on <= current_date + cast(:days as int)
                        and not exists (select 1 from declaration_reminder r
                                        where r.obligation_id = ob.id and r.kind = :due)))
                order by ob.id limit 1000""")
                .param("days", daysBefore)
                .param("waivedCategories", waived.categories())
                .param("waivedYears", waived.years())
                .param("overdue", ReminderKind.OVERDUE.name())
                .param("due", ReminderKind.DUE.name())
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getString("email").strip(),
                        rs.getString("name"),
                        ObligationKind.valueOf(rs.getString("kind")),
                        rs.getInt("year"),
                        rs.getObject("due_on", LocalDate.class),
                        ReminderKind.of(rs.getBoolean("overdue"))))
                .list();
    }

    /** Records a reminder as sent (once: a second record of the same is ignored). */
    void sent(long obligationId, ReminderKind kind) {
        jdbc.sql("insert into declaration_reminder (obligation_id, kind) values (?, ?) on conflict do nothing")
                .params(obligationId, kind.name())
                .update();
    }
}
