package ru.probity.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the monitoring forms, their indicators, reports and values for the consolidation and the
 * ratings; the reports and values always within a scope (an organization's subtree).
 */
@Repository
class ConsolidationStore {

    private static final String IN_SCOPE =
            " r.organization_id in (select organization_id from org_subtree where ancestor_id = :scope) ";

    private final JdbcClient jdbc;

    ConsolidationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A form's heading. */
    record FormRow(
            long id,
            long organizationId,
            String title,
            String periodKind,
            int periodYear,
            int periodNumber,
            LocalDate periodFrom,
            LocalDate periodTo,
            String status) {}

    /** An indicator of a form. */
    record IndicatorRow(String code, String section, int position, String name, String kind) {}

    /** A report of a form: its organization and status. */
    record ReportRow(long id, long organizationId, String organization, String shortName, String status) {}

    /** A value of an accepted report. */
    record ValueRow(
            long reportId,
            long organizationId,
            String code,
            BigDecimal number,
            Boolean flag,
            String text,
            String fileName) {}

    private static final String FORM_COLUMNS = """
            f.id, f.organization_id, f.title, f.period_kind, f.period_year, f.period_number, f.period_from,
            f.period_to, f.status""";

    Optional<FormRow> form(long id) {
        return jdbc.sql("select " + FORM_COLUMNS + " from monitoring_form f where f.id = ?")
                .param(id)
                .query(FormRow.class)
                .optional();
    }

    /** Whether the form has a report of an organization in the scope, or was defined in it. */
    boolean formInScope(long formId, long scope) {
        return jdbc.sql("""
                select exists (select 1 from monitoring_report r where r.form_id = :form and""" + IN_SCOPE + """
                ) or exists (select 1 from monitoring_form f where f.id = :form
                    and f.organization_id in (select organization_id from org_subtree where ancestor_id = :scope))""")
                .param("form", formId)
                .param("scope", scope)
                .query(Boolean.class)
                .single();
    }

    /** The forms sent out (not drafts) with a report in the scope, the latest period first. */
    List<FormRow> forms(long scope) {
        return jdbc.sql("select " + FORM_COLUMNS + """
                 from monitoring_form f where f.status <> 'DRAFT'
                and exists (select 1 from monitoring_report r where r.form_id = f.id and""" + IN_SCOPE + """
                ) order by f.period_from desc, f.id desc""")
                .param("scope", scope)
                .query(FormRow.class)
                .list();
    }

    /**
     * The form of the period before: the same defining organization, kind of period, the given year
     * and number, sent out; the latest if there are several.
     */
    Optional<FormRow> form(long organizationId, String kind, int year, int number) {
        return jdbc.sql("select " + FORM_COLUMNS + """
                 from monitoring_form f where f.organization_id = ? and f.period_kind = ?
                and f.period_year = ? and f.period_number = ? and f.status <> 'DRAFT'
                order by f.id desc limit 1""")
                .params(organizationId, kind, year, number)
                .query(FormRow.class)
                .optional();
    }

    List<IndicatorRow> indicators(long formId) {
        return jdbc.sql("""
                select code, section, position, name, kind from monitoring_indicator where form_id = ?
                order by position, id""").param(formId).query(IndicatorRow.class).list();
    }

    /** The reports of the form in the scope, by organization name. */
    List<ReportRow> reports(long formId, long scope) {
        return jdbc.sql("""
                select r.id, r.organization_id, o.name as organization, coalesce(o.short_name, o.name) as short_name,
                       r.status
                from monitoring_report r join organization o on o.id = r.organization_id
                where r.form_id = :form and""" + IN_SCOPE + " order by o.name, r.id")
                .param("form", formId)
                .param("scope", scope)
                .query(ReportRow.class)
                .list();
    }

    /** The values of the form's accepted reports in the scope. */
    List<ValueRow> acceptedValues(long formId, long scope) {
        return jdbc.sql("""
                select r.id as report_id, r.organization_id, i.code, v.number_value as number, v.flag_value as flag,
                       v.text_value as text, v.file_name
                from monitoring_value v
                join monitoring_report r on r.id = v.report_id
                join monitoring_indicator i on i.id = v.indicator_id
                where r.form_id = :form and r.status = 'ACCEPTED' and""" + IN_SCOPE)
                .param("form", formId)
                .param("scope", scope)
                .query(ValueRow.class)
                .list();
    }

    /**
     * The accepted reports of the form whose organization lies below another organization of the
     * scope with an accepted report of the form: that report's figures already count its whole subtree.
     */
    java.util.Set<Long> nestedAccepted(long formId, long scope) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select r.id from monitoring_report r
                        where r.form_id = :form and r.status = 'ACCEPTED' and exists (
                            select 1 from monitoring_report a
                            join org_subtree s on s.ancestor_id = a.organization_id
                            where a.form_id = :form and a.status = 'ACCEPTED'
                              and s.organization_id = r.organization_id and s.ancestor_id <> r.organization_id
                              and a.organization_id in (select organization_id from org_subtree where ancestor_id = :scope))""")
                .param("form", formId)
                .param("scope", scope)
                .query(Long.class)
                .list());
    }

    /** The name of every indicator code of the forms, from its latest form. */
    List<IndicatorRow> knownCodes() {
        return jdbc.sql("""
                select distinct on (code) code, section, position, name, kind from monitoring_indicator
                order by code, id desc""").query(IndicatorRow.class).list();
    }
}
