package ru.probity.plans;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.plans.model.ExecutionStatus;
import ru.probity.plans.model.TermKind;
import ru.probity.platform.AttachedFile;
import ru.probity.region.Figure;

/**
 * The plans, their measures, the measures' due dates and the reports on their execution
 * ({@code anticorruption_plan}, {@code plan_measure}, {@code plan_measure_due}, {@code plan_execution}).
 * A due date is overdue when it is before today and no report says the measure was executed.
 */
@Repository
class PlanStore {

    /** A due date of the plans of the subtree of {@code :root} falling in {@code :from} … {@code :to}. */
    private static final String COUNTS = """
            count(u.due_on) filter (where u.due_on between :from and :to) as due,
            count(u.due_on) filter (where u.due_on between :from and :to and x.status = 'EXECUTED') as done,
            count(u.due_on) filter (where u.due_on between :from and :to and u.due_on < :today
                                    and coalesce(x.status, '') <> 'EXECUTED') as overdue,
            count(u.due_on) filter (where u.due_on < :today and coalesce(x.status, '') <> 'EXECUTED') as overdue_now
            """;

    private static final String DUES = """
            left join plan_measure m on m.plan_id = p.id
            left join plan_measure_due u on u.measure_id = m.id
            left join plan_execution x on x.measure_id = u.measure_id and x.due_on = u.due_on
            """;

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long createPlan(
            long organizationId, String title, LocalDate from, LocalDate to, String approvedBy, String username) {
        return jdbc.sql("""
                insert into anticorruption_plan (organization_id, title, period_from, period_to, approved_by, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, title, from, to, approvedBy, username)
                .query(Long.class)
                .single();
    }

    Optional<Plans.Plan> plan(long id) {
        return jdbc.sql("""
                select p.id, p.organization_id, o.name, p.title, p.period_from, p.period_to, p.approved_by
                from anticorruption_plan p join organization o on o.id = p.organization_id where p.id = ?""")
                .param(id)
                .query((rs, n) -> new Plans.Plan(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .optional();
    }

    /** The plans of the subtree of {@code root}, with their due dates in the period and overdue now. */
    List<Plans.PlanRow> plans(long root, LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql("select p.id, p.organization_id, o.name, p.title, p.period_from, p.period_to,"
                        + " count(distinct m.id) as measures, " + COUNTS
                        + " from anticorruption_plan p join organization o on o.id = p.organization_id " + DUES
                        + " where p.organization_id in (select organization_id from org_subtree where ancestor_id = :root)"
                        + " group by p.id, p.organization_id, o.name, o.path, p.title, p.period_from, p.period_to"
                        + " order by o.path, p.period_from desc, p.id")
                .param("root", root)
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query((rs, n) -> new Plans.PlanRow(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class),
                        rs.getInt("measures"),
                        rs.getInt("due"),
                        rs.getInt("done"),
                        rs.getInt("overdue"),
                        rs.getInt("overdue_now")))
                .list();
    }

    long addMeasure(long planId, Plans.MeasureForm f, TermKind kind, LocalDate termDate, List<LocalDate> dues) {
        long id = jdbc.sql("""
                insert into plan_measure (plan_id, section, number, text, executor_organization_id, executor_person,
                                          term_kind, term_date, expected_result, legal_basis, position)
                values (:plan, :section, :number, :text, :executorOrg, :executorPerson, :kind, :termDate,
                        :expected, :basis,
                        (select coalesce(max(position), 0) + 1 from plan_measure where plan_id = :plan))
                returning id""")
                .param("plan", planId)
                .param("section", f.section())
                .param("number", f.number())
                .param("text", f.text())
                .param("executorOrg", f.executorOrganization())
                .param("executorPerson", f.executorPerson())
                .param("kind", kind.name())
                .param("termDate", termDate)
                .param("expected", f.expectedResult())
                .param("basis", f.legalBasis())
                .query(Long.class)
                .single();
        jdbc.sql("insert into plan_measure_due (measure_id, due_on) select ?, unnest(cast(? as date[]))")
                .params(id, dues.stream().map(Date::valueOf).toArray(Date[]::new))
                .update();
        return id;
    }

    boolean deleteMeasure(long planId, long measureId) {
        return jdbc.sql("delete from plan_measure where id = ? and plan_id = ?")
                        .params(measureId, planId)
                        .update()
                == 1;
    }

    /** Whether {@code dueOn} is a due date of the measure of the plan. */
    boolean isDue(long planId, long measureId, LocalDate dueOn) {
        return jdbc.sql("""
                select exists (select 1 from plan_measure_due u join plan_measure m on m.id = u.measure_id
                               where m.plan_id = ? and m.id = ? and u.due_on = ?)""")
                .params(planId, measureId, dueOn)
                .query(Boolean.class)
                .single();
    }

    /** The report of a due date, replacing an earlier one (its file kept when no new one comes). */
    void report(
            long measureId,
            LocalDate dueOn,
            ExecutionStatus status,
            String text,
            LocalDate reportedOn,
            AttachedFile file,
            String username) {
        jdbc.sql("""
                insert into plan_execution (measure_id, due_on, status, text, reported_on, file_name, file_type,
                                            file_content, reported_by)
                values (:measure, :due, :status, :text, :reportedOn, :fileName, :fileType, :content, :by)
                on conflict (measure_id, due_on) do update set
                    status = excluded.status, text = excluded.text, reported_on = excluded.reported_on,
                    file_name = coalesce(excluded.file_name, plan_execution.file_name),
                    file_type = coalesce(excluded.file_type, plan_execution.file_type),
                    file_content = coalesce(excluded.file_content, plan_execution.file_content),
                    reported_by = excluded.reported_by, reported_at = now()""")
                .param("measure", measureId)
                .param("due", dueOn)
                .param("status", status.name())
                .param("text", text)
                .param("reportedOn", reportedOn)
                .param("fileName", file == null ? null : file.name())
                .param("fileType", file == null ? null : file.type().contentType())
                .param("content", file == null ? null : file.content())
                .param("by", username)
                .update();
    }

    /** The measures of a plan in order, each with its due dates and their reports. */
    List<Plans.Measure> measures(long planId, LocalDate today) {
        Map<Long, Plans.Measure> measures = new LinkedHashMap<>();
        jdbc.sql("""
                select m.id, m.section, m.number, m.text, m.executor_organization_id, eo.name as executor_org,
                       m.executor_person, m.term_kind, m.term_date, m.expected_result, m.legal_basis
                from plan_measure m left join organization eo on eo.id = m.executor_organization_id
                where m.plan_id = ? order by m.position, m.id""").param(planId).query(rs -> {
            measures.put(
                    rs.getLong("id"),
                    new Plans.Measure(
                            rs.getLong("id"),
                            rs.getString("section"),
                            rs.getString("number"),
                            rs.getString("text"),
                            (Long) rs.getObject("executor_organization_id"),
                            rs.getString("executor_org"),
                            rs.getString("executor_person"),
                            TermKind.valueOf(rs.getString("term_kind")),
                            rs.getObject("term_date", LocalDate.class),
                            rs.getString("expected_result"),
                            rs.getString("legal_basis"),
                            new ArrayList<>()));
        });
        jdbc.sql("""
                select u.measure_id, u.due_on, x.id, x.status, x.text, x.reported_on, x.file_name, x.reported_by
                from plan_measure_due u join plan_measure m on m.id = u.measure_id
                left join plan_execution x on x.measure_id = u.measure_id and x.due_on = u.due_on
                where m.plan_id = ? order by u.measure_id, u.due_on""").param(planId).query(rs -> {
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            Plans.Execution execution = rs.getObject("id") == null
                    ? null
                    : new Plans.Execution(
                            rs.getLong("id"),
                            ExecutionStatus.valueOf(rs.getString("status")),
                            rs.getString("text"),
                            rs.getObject("reported_on", LocalDate.class),
                            rs.getString("file_name"),
                            rs.getString("reported_by"));
            boolean overdue =
                    due.isBefore(today) && (execution == null || execution.status() != ExecutionStatus.EXECUTED);
            measures.get(rs.getLong("measure_id")).dues().add(new Plans.Due(due, execution, overdue));
        });
        return List.copyOf(measures.values());
    }

    /** The file of a report of the plan: name, content type, bytes. */
    Optional<Plans.File> file(long planId, long executionId) {
        return jdbc.sql("""
                select x.file_name, x.file_type, x.file_content
                from plan_execution x join plan_measure m on m.id = x.measure_id
                where m.plan_id = ? and x.id = ? and x.file_content is not null""")
                .params(planId, executionId)
                .query((rs, n) -> new Plans.File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Per plan of the organization: the due dates passed and not executed, and the earliest of them. */
    List<Plans.Overdue> overdue(long organizationId, LocalDate today) {
        return jdbc.sql("""
                select p.id, p.title, count(*) as overdue, min(u.due_on) as since
                from anticorruption_plan p join plan_measure m on m.plan_id = p.id
                join plan_measure_due u on u.measure_id = m.id
                left join plan_execution x on x.measure_id = u.measure_id and x.due_on = u.due_on
                where p.organization_id = ? and u.due_on < ? and coalesce(x.status, '') <> 'EXECUTED'
                group by p.id, p.title order by since""")
                .params(organizationId, today)
                .query((rs, n) -> new Plans.Overdue(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getInt("overdue"),
                        rs.getObject("since", LocalDate.class)))
                .list();
    }

    /**
     * The period figures of the monitoring reports: per organization's subtree, the due dates of the
     * plans' measures falling in the period, those reported executed, and those overdue (before today,
     * not executed) — as the list of plans counts them for the organization and period. One statement.
     */
    List<Figure> period(Long[] organizations, LocalDate from, LocalDate to, LocalDate today) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("select s.ancestor_id, " + COUNTS + """
                from anticorruption_plan p join org_subtree s on s.organization_id = p.organization_id
                """ + DUES + """
                where s.ancestor_id = any(:roots)
                group by s.ancestor_id""")
                .param("roots", organizations)
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query(rs -> {
                    long root = rs.getLong(1);
                    figures.add(new Figure(root, PlanIndicators.MEASURES, rs.getLong("due")));
                    figures.add(new Figure(root, PlanIndicators.DONE, rs.getLong("done")));
                    figures.add(new Figure(root, PlanIndicators.OVERDUE, rs.getLong("overdue")));
                });
        return figures;
    }
}
