package ru.probity.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.monitoring.model.FormStatus;
import ru.probity.monitoring.model.PeriodKind;
import ru.probity.monitoring.model.ValueKind;

/**
 * The forms of the monitoring and their indicators ({@code monitoring_form}, {@code
 * monitoring_indicator}); reads {@code org_subtree} to keep to the user's subtree.
 */
@Repository
class MonitoringFormStore {

    private static final String FORM = """
            select f.id, f.organization_id, f.title, f.period_kind, f.period_year, f.period_number, f.period_from,
                   f.period_to, f.due_on, f.status, f.based_on_form_id, f.created_at,
                   coalesce((select u.full_name from app_user u where u.username = f.created_by), f.created_by) as created_by,
                   (select count(*) from monitoring_report r where r.form_id = f.id) as reports,
                   (select count(*) from monitoring_report r where r.form_id = f.id and r.status = 'SUBMITTED') as submitted
            from monitoring_form f
            """;

    private static final String INDICATOR = """
            select i.id, i.form_id, i.section, i.position, i.code, i.name, i.kind, i.definition, i.legal_basis,
                   i.source, i.required
            from monitoring_indicator i
            """;

    private final JdbcClient jdbc;

    MonitoringFormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The forms defined in the subtree of {@code organization}, the latest period first. */
    List<MonitoringForm> forms(long organization) {
        return jdbc.sql(FORM + """
                        where f.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = ?)
                        order by f.period_to desc, f.id desc""")
                .param(organization)
                .query(MonitoringFormStore::form)
                .list();
    }

    Optional<MonitoringForm> find(long id) {
        return jdbc.sql(FORM + " where f.id = ?")
                .param(id)
                .query(MonitoringFormStore::form)
                .optional();
    }

    long insert(
            long organization,
            String title,
            PeriodKind kind,
            int year,
            int number,
            LocalDate from,
            LocalDate to,
            LocalDate dueOn,
            Long basedOn,
            String by) {
        return jdbc.sql("""
                        insert into monitoring_form (organization_id, title, period_kind, period_year, period_number,
                            period_from, period_to, due_on, based_on_form_id, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organization, title, kind.name(), year, number, from, to, dueOn, basedOn, by, by)
                .query(Long.class)
                .single();
    }

    void updateHeader(long id, String title, LocalDate dueOn, String by) {
        jdbc.sql("""
                        update monitoring_form set title = ?, due_on = ?, updated_at = now(), updated_by = ?
                        where id = ?""").params(title, dueOn, by, id).update();
    }

    void setStatus(long id, FormStatus status, String by) {
        jdbc.sql("update monitoring_form set status = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(status.name(), by, id)
                .update();
    }

    List<MonitoringIndicator> indicators(long form) {
        return jdbc.sql(INDICATOR + " where i.form_id = ? order by i.position, i.id")
                .param(form)
                .query(MonitoringFormStore::indicator)
                .list();
    }

    Optional<MonitoringIndicator> indicator(long id) {
        return jdbc.sql(INDICATOR + " where i.id = ?")
                .param(id)
                .query(MonitoringFormStore::indicator)
                .optional();
    }

    boolean codeTaken(long form, String code, Long except) {
        return jdbc.sql("""
                        select exists (select 1 from monitoring_indicator
                                       where form_id = ? and code = ? and id <> coalesce(?, -1))""").params(form, code, except).query(Boolean.class).single();
    }

    /** Adds an indicator at the end of its section (or of the form when the section is new). */
    /**
     * The indicators of a new form in one statement, grouped by section in the order the sections
     * first appear (as one by one {@link #insertIndicator} would place them), positions 1 … n.
     */
    void insertIndicators(long form, List<IndicatorInput> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        Map<String, List<IndicatorInput>> bySection = new LinkedHashMap<>();
        indicators.forEach(i ->
                bySection.computeIfAbsent(i.section(), k -> new ArrayList<>()).add(i));
        List<IndicatorInput> ordered =
                bySection.values().stream().flatMap(List::stream).toList();
        jdbc.sql("""
                        insert into monitoring_indicator (form_id, section, position, code, name, kind, definition,
                            legal_basis, source, required)
                        select :form, t.section, t.ord::int, t.code, t.name, t.kind, t.definition, t.legal_basis,
                               t.source, coalesce(t.required, true)
                        from unnest(cast(:sections as text[]), cast(:codes as text[]), cast(:names as text[]),
                                    cast(:kinds as text[]), cast(:definitions as text[]), cast(:bases as text[]),
                                    cast(:sources as text[]), cast(:required as boolean[]))
                             with ordinality as t(section, code, name, kind, definition, legal_basis, source, required, ord)""")
                .param("form", form)
                .param("sections", ordered.stream().map(IndicatorInput::section).toArray(String[]::new))
                .param("codes", ordered.stream().map(IndicatorInput::code).toArray(String[]::new))
                .param("names", ordered.stream().map(IndicatorInput::name).toArray(String[]::new))
                .param("kinds", ordered.stream().map(i -> i.kind().name()).toArray(String[]::new))
                .param(
                        "definitions",
                        ordered.stream().map(IndicatorInput::definition).toArray(String[]::new))
                .param("bases", ordered.stream().map(IndicatorInput::legalBasis).toArray(String[]::new))
                .param("sources", ordered.stream().map(IndicatorInput::source).toArray(String[]::new))
                .param(
                        "required",
                        ordered.stream().map(IndicatorInput::required).toArray(Boolean[]::new))
                .update();
    }

    long insertIndicator(long form, IndicatorInput in) {
        int position = jdbc.sql("""
                        select coalesce((select max(position) from monitoring_indicator where form_id = :form and section = :section),
                                        (select max(position) from monitoring_indicator where form_id = :form), 0) + 1""")
                .param("form", form)
                .param("section", in.section())
                .query(Integer.class)
                .single();
        jdbc.sql("update monitoring_indicator set position = position + 1 where form_id = ? and position >= ?")
                .params(form, position)
                .update();
        return jdbc.sql("""
                        insert into monitoring_indicator (form_id, section, position, code, name, kind, definition,
                            legal_basis, source, required)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        form,
                        in.section(),
                        position,
                        in.code(),
                        in.name(),
                        in.kind().name(),
                        in.definition(),
                        in.legalBasis(),
                        in.source(),
                        in.required())
                .query(Long.class)
                .single();
    }

    void updateIndicator(long id, IndicatorInput in) {
        jdbc.sql("""
                        update monitoring_indicator set section = ?, code = ?, name = ?, kind = ?, definition = ?,
                            legal_basis = ?, source = ?, required = ?
                        where id = ?""")
                .params(
                        in.section(),
                        in.code(),
                        in.name(),
                        in.kind().name(),
                        in.definition(),
                        in.legalBasis(),
                        in.source(),
                        in.required(),
                        id)
                .update();
    }

    void deleteIndicator(long id) {
        jdbc.sql("delete from monitoring_indicator where id = ?").param(id).update();
    }

    private static MonitoringForm form(ResultSet rs, int n) throws SQLException {
        return new MonitoringForm(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("title"),
                PeriodKind.valueOf(rs.getString("period_kind")),
                rs.getInt("period_year"),
                rs.getInt("period_number"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                FormStatus.valueOf(rs.getString("status")),
                rs.getObject("based_on_form_id", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getInt("reports"),
                rs.getInt("submitted"));
    }

    private static MonitoringIndicator indicator(ResultSet rs, int n) throws SQLException {
        return new MonitoringIndicator(
                rs.getLong("id"),
                rs.getLong("form_id"),
                rs.getString("section"),
                rs.getInt("position"),
                rs.getString("code"),
                rs.getString("name"),
                ValueKind.valueOf(rs.getString("kind")),
                rs.getString("definition"),
                rs.getString("legal_basis"),
                rs.getString("source"),
                rs.getBoolean("required"));
    }

    static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
