package ru.probity.monitoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.monitoring.model.PeriodKind;
import ru.probity.monitoring.model.ReportStatus;

/**
 * The reports of the monitoring, their values and steps ({@code monitoring_report}, {@code
 * monitoring_value}, {@code monitoring_report_event}); reads {@code monitoring_form}, the published
 * {@code organization}, {@code app_user} and {@code org_subtree}.
 */
@Repository
class MonitoringReportStore {

    private static final String REPORT = """
            select r.id, r.form_id, f.title as form_title, f.organization_id as form_organization_id, f.period_kind,
                   f.period_year, f.period_number, f.period_from, f.period_to, r.organization_id,
                   o.name as organization_name, r.status, r.version, r.due_on, r.submitted_at,
                   coalesce((select u.full_name from app_user u where u.username = r.submitted_by), r.submitted_by) as submitted_by,
                   r.reviewed_at,
                   coalesce((select u.full_name from app_user u where u.username = r.reviewed_by), r.reviewed_by) as reviewed_by,
                   r.remark, r.assigned_at,
                   coalesce((select u.full_name from app_user u where u.username = r.assigned_by), r.assigned_by) as assigned_by
            from monitoring_report r
            join monitoring_form f on f.id = r.form_id
            join organization o on o.id = r.organization_id
            """;

    private static final String VALUE = """
            select v.indicator_id, v.number_value, v.flag_value, v.text_value, v.file_name, v.file_content_type,
                   v.prefilled, v.prefilled_link, v.prefilled_at, v.reason, v.changed_at,
                   coalesce((select u.full_name from app_user u where u.username = v.changed_by), v.changed_by) as changed_by
            from monitoring_value v
            """;

    private final JdbcClient jdbc;

    MonitoringReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the report of each organization that has none on the form, with its «assigned» event:
     * new report id → its organization. Two statements whatever the number of organizations.
     */
    Map<Long, Long> insertReports(long form, Collection<Long> organizations, LocalDate dueOn, String by) {
        Map<Long, Long> created = new LinkedHashMap<>();
        if (organizations.isEmpty()) {
            return created;
        }
        jdbc.sql("""
                        insert into monitoring_report (form_id, organization_id, due_on, assigned_by)
                        select ?, o.id, ?, ? from unnest(cast(? as bigint[])) with ordinality as o(id, n) order by o.n
                        on conflict (form_id, organization_id) do nothing returning id, organization_id""")
                .params(form, dueOn, by, organizations.toArray(Long[]::new))
                .query(rs -> {
                    created.put(rs.getLong(1), rs.getLong(2));
                });
        if (!created.isEmpty()) {
            jdbc.sql("""
                            insert into monitoring_report_event (report_id, version, kind, by_login)
                            select unnest(cast(? as bigint[])), 0, 'ASSIGNED', ?""").params(created.keySet().toArray(Long[]::new), by).update();
        }
        return created;
    }

    Optional<MonitoringReport> find(long id) {
        return jdbc.sql(REPORT + " where r.id = ?")
                .param(id)
                .query(MonitoringReportStore::report)
                .optional();
    }

    /** The reports of a form whose organization lies in the subtree of {@code organization}, by organization name. */
    List<MonitoringReport> ofForm(long form, long organization) {
        return jdbc.sql(REPORT + """
                        where r.form_id = ?
                          and r.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = ?)
                        order by o.name, r.id""")
                .params(form, organization)
                .query(MonitoringReportStore::report)
                .list();
    }

    /** The reports of the organizations of the subtree of {@code organization}, the latest period first. */
    List<MonitoringReport> within(long organization) {
        return jdbc.sql(REPORT + """
                        where r.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = ?)
                        order by f.period_to desc, f.id desc, o.name""")
                .param(organization)
                .query(MonitoringReportStore::report)
                .list();
    }

    /** The reports of the subtree of {@code organization} in one of {@code statuses}. */
    List<MonitoringReport> within(long organization, Collection<ReportStatus> statuses) {
        return jdbc.sql(REPORT + """
                        where r.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)
                          and r.status in (:statuses)
                        order by r.due_on nulls last, o.name""")
                .param("org", organization)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(MonitoringReportStore::report)
                .list();
    }

    /** A form with reports waiting for the region's review. */
    record Waiting(long formId, String title, int count) {}

    /** The submitted reports on forms defined in the subtree of {@code organization}: per form, how many. */
    List<Waiting> submittedPerForm(long organization) {
        return jdbc.sql("""
                        select f.id, f.title, count(*) from monitoring_report r
                        join monitoring_form f on f.id = r.form_id
                        where r.status = 'SUBMITTED'
                          and f.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = ?)
                        group by f.id, f.title order by f.id""")
                .param(organization)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    List<ReportValue> values(long report) {
        return jdbc.sql(VALUE + " where v.report_id = ?")
                .param(report)
                .query(MonitoringReportStore::value)
                .list();
    }

    /** A figure Probity's data gave an indicator of a report, with the link to the statistics behind it. */
    record Prefilled(long report, long indicator, BigDecimal figure, String link) {}

    /**
     * Stores what Probity's data gave as the values and their pre-fill (a new report, or a refresh
     * of the uncorrected values): one statement for all of them.
     */
    void prefill(List<Prefilled> values) {
        if (values.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into monitoring_value (report_id, indicator_id, number_value, prefilled, prefilled_link, prefilled_at)
                        select t.r, t.i, cast(t.n as numeric), cast(t.n as numeric), t.l, now()
                        from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[])) as t(r, i, n, l)
                        on conflict (report_id, indicator_id) do update
                        set number_value = excluded.number_value, prefilled = excluded.prefilled,
                            prefilled_link = excluded.prefilled_link, prefilled_at = excluded.prefilled_at, reason = null""")
                .params(
                        values.stream().map(Prefilled::report).toArray(Long[]::new),
                        values.stream().map(Prefilled::indicator).toArray(Long[]::new),
                        values.stream().map(v -> v.figure().toPlainString()).toArray(String[]::new),
                        values.stream().map(Prefilled::link).toArray(String[]::new))
                .update();
    }

    /** A value the reporter typed for an indicator (its reason when it corrects the pre-filled figure). */
    record Typed(long indicator, BigDecimal number, Boolean flag, String text, String reason) {}

    /**
     * Saves the typed values of a report in one statement; a value that did not change keeps the
     * time and the author of its last change.
     */
    void saveValues(long report, List<Typed> values, String by) {
        if (values.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into monitoring_value (report_id, indicator_id, number_value, flag_value, text_value, reason,
                            changed_at, changed_by)
                        select ?, t.i, cast(t.n as numeric), cast(t.f as boolean), t.t, t.r, now(), ?
                        from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                                    cast(? as text[])) as t(i, n, f, t, r)
                        on conflict (report_id, indicator_id) do update
                        set number_value = excluded.number_value, flag_value = excluded.flag_value,
                            text_value = excluded.text_value, reason = excluded.reason,
                            changed_at = case when monitoring_value.number_value is not distinct from excluded.number_value
                                               and monitoring_value.flag_value is not distinct from excluded.flag_value
                                               and monitoring_value.text_value is not distinct from excluded.text_value
                                               and monitoring_value.reason is not distinct from excluded.reason
                                              then monitoring_value.changed_at else excluded.changed_at end,
                            changed_by = case when monitoring_value.number_value is not distinct from excluded.number_value
                                               and monitoring_value.flag_value is not distinct from excluded.flag_value
                                               and monitoring_value.text_value is not distinct from excluded.text_value
                                               and monitoring_value.reason is not distinct from excluded.reason
                                              then monitoring_value.changed_by else excluded.changed_by end""")
                .params(
                        report,
                        by,
                        values.stream().map(Typed::indicator).toArray(Long[]::new),
                        values.stream()
                                .map(v -> v.number() == null ? null : v.number().toPlainString())
                                .toArray(String[]::new),
                        values.stream()
                                .map(v -> v.flag() == null ? null : v.flag().toString())
                                .toArray(String[]::new),
                        values.stream().map(Typed::text).toArray(String[]::new),
                        values.stream().map(Typed::reason).toArray(String[]::new))
                .update();
    }

    void saveFile(long report, long indicator, String name, String contentType, byte[] content, String by) {
        jdbc.sql("""
                        insert into monitoring_value (report_id, indicator_id, file_name, file_content_type, file_content,
                            changed_at, changed_by)
                        values (?, ?, ?, ?, ?, now(), ?)
                        on conflict (report_id, indicator_id) do update
                        set file_name = excluded.file_name, file_content_type = excluded.file_content_type,
                            file_content = excluded.file_content, changed_at = excluded.changed_at,
                            changed_by = excluded.changed_by""").params(report, indicator, name, contentType, content, by).update();
    }

    Optional<byte[]> file(long report, long indicator) {
        return jdbc.sql("select file_content from monitoring_value where report_id = ? and indicator_id = ?"
                        + " and file_content is not null")
                .params(report, indicator)
                .query(byte[].class)
                .optional();
    }

    void markDraft(long report) {
        jdbc.sql("update monitoring_report set status = 'DRAFT' where id = ? and status = 'ASSIGNED'")
                .param(report)
                .update();
    }

    /**
     * The next version submitted, if the report is still to be filled in (a concurrent submission
     * or review wins otherwise); returns its number.
     */
    Optional<Integer> submit(long report, String by) {
        return jdbc.sql("""
                        update monitoring_report set status = 'SUBMITTED', version = version + 1, submitted_at = now(),
                            submitted_by = ?
                        where id = ? and status in ('ASSIGNED', 'DRAFT', 'RETURNED') returning version""").params(by, report).query(Integer.class).optional();
    }

    /** Returns or accepts a report still waiting for review; false when another review came first. */
    boolean review(long report, ReportStatus status, String remark, String by) {
        return jdbc.sql("""
                        update monitoring_report set status = ?, remark = ?, reviewed_at = now(), reviewed_by = ?
                        where id = ? and status = 'SUBMITTED'""").params(status.name(), remark, by, report).update() == 1;
    }

    void event(long report, int version, String kind, String remark, String snapshot, String by) {
        jdbc.sql("""
                        insert into monitoring_report_event (report_id, version, kind, remark, snapshot, by_login)
                        values (?, ?, ?, ?, cast(? as jsonb), ?)""").params(report, version, kind, remark, snapshot, by).update();
    }

    /** The steps of a report, in their order, with the snapshot as JSON text. */
    record StoredEvent(
            long id, int version, String kind, String remark, java.time.Instant at, String by, String snapshot) {}

    List<StoredEvent> events(long report) {
        return jdbc.sql("""
                        select e.id, e.version, e.kind, e.remark, e.at,
                               coalesce((select u.full_name from app_user u where u.username = e.by_login), e.by_login),
                               e.snapshot::text
                        from monitoring_report_event e where e.report_id = ? order by e.at, e.id""")
                .param(report)
                .query((rs, n) -> new StoredEvent(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    private static MonitoringReport report(ResultSet rs, int n) throws SQLException {
        return new MonitoringReport(
                rs.getLong("id"),
                rs.getLong("form_id"),
                rs.getString("form_title"),
                rs.getLong("form_organization_id"),
                PeriodKind.valueOf(rs.getString("period_kind")),
                rs.getInt("period_year"),
                rs.getInt("period_number"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getObject("due_on", LocalDate.class),
                MonitoringFormStore.instant(rs.getTimestamp("submitted_at")),
                rs.getString("submitted_by"),
                MonitoringFormStore.instant(rs.getTimestamp("reviewed_at")),
                rs.getString("reviewed_by"),
                rs.getString("remark"),
                rs.getTimestamp("assigned_at").toInstant(),
                rs.getString("assigned_by"));
    }

    private static ReportValue value(ResultSet rs, int n) throws SQLException {
        return new ReportValue(
                rs.getLong("indicator_id"),
                rs.getBigDecimal("number_value"),
                (Boolean) rs.getObject("flag_value"),
                rs.getString("text_value"),
                rs.getString("file_name"),
                rs.getString("file_content_type"),
                rs.getBigDecimal("prefilled"),
                rs.getString("prefilled_link"),
                MonitoringFormStore.instant(rs.getTimestamp("prefilled_at")),
                rs.getString("reason"),
                MonitoringFormStore.instant(rs.getTimestamp("changed_at")),
                rs.getString("changed_by"));
    }
}
