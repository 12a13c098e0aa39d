package ru.probity.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Monitoring forms, indicators, reports and values written straight into the tables, for the tests
 * of the consolidation and the ratings (the forms' own services are another part of issue 20).
 *
 * <p>{@link #scenario(int)} makes two quarterly forms of the region — Q4 of {@code year − 1} and Q1
 * of {@code year} — with the same indicators, assigned to Kaluga and Obninsk (accepted) and to a
 * third municipality (submitted, not accepted, in the current period only).
 */
public final class ConsolidationFixture {

    private final JdbcClient jdbc;

    public ConsolidationFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The two forms of a scenario and the organizations. */
    public record Scenario(long previous, long current, long kaluga, long obninsk, long third) {}

    public long root() {
        return jdbc.sql("select id from organization where parent_id is null order by id limit 1")
                .query(Long.class)
                .single();
    }

    public long organization(String name) {
        return jdbc.sql("select id from organization where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    public long form(String title, String kind, int year, int number, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                insert into monitoring_form (organization_id, title, period_kind, period_year, period_number,
                    period_from, period_to, status, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', 'test', 'test') returning id""")
                .params(root(), title, kind, year, number, from, to)
                .query(Long.class)
                .single();
    }

    public void indicator(long form, String section, int position, String code, String name, String kind) {
        jdbc.sql("""
                insert into monitoring_indicator (form_id, section, position, code, name, kind)
                values (?, ?, ?, ?, ?, ?)""").params(form, section, position, code, name, kind).update();
    }

    public long report(long form, long organization, String status) {
        return jdbc.sql("""
                insert into monitoring_report (form_id, organization_id, status, assigned_by)
                values (?, ?, ?, 'test') returning id""")
                .params(form, organization, status)
                .query(Long.class)
                .single();
    }

    /** A value: a number, a Boolean or a text by the type of {@code value}. */
    public void value(long report, String code, Object value) {
        long indicator = jdbc.sql("""
                select i.id from monitoring_indicator i join monitoring_report r on r.form_id = i.form_id
                where r.id = ? and i.code = ?""").params(report, code).query(Long.class).single();
        jdbc.sql("""
                insert into monitoring_value (report_id, indicator_id, number_value, flag_value, text_value)
                values (?, ?, ?, ?, ?)""")
                .params(
                        report,
                        indicator,
                        value instanceof Number n ? new BigDecimal(n.toString()) : null,
                        value instanceof Boolean b ? b : null,
                        value instanceof String s ? s : null)
                .update();
    }

    private void indicators(long form) {
        indicator(form, "Закупки", 1, "procurement.contracts", "Заключено контрактов", "NUMBER");
        indicator(form, "Закупки", 2, "procurement.checked", "Проверено контрактов на аффилированность", "NUMBER");
        indicator(form, "Комиссия", 3, "commission.meetings", "Проведено заседаний комиссии", "NUMBER");
        indicator(form, "План", 4, "plan.adopted", "План противодействия коррупции утверждён", "YES_NO");
        indicator(form, "План", 5, "plan.notes", "Проведённые мероприятия", "TEXT");
    }

    public Scenario scenario(int year) {
        long kaluga = organization("Городской округ «Город Калуга»");
        long obninsk = organization("Городской округ «Город Обнинск»");
        long third =
                jdbc.sql("""
                select id from organization where parent_id = ? and id not in (?, ?) order by name limit 1""").params(root(), kaluga, obninsk).query(Long.class).single();

        long previous = form(
                "Мониторинг " + (year - 1),
                "QUARTER",
                year - 1,
                4,
                LocalDate.of(year - 1, 10, 1),
                LocalDate.of(year - 1, 12, 31));
        indicators(previous);
        long r = report(previous, kaluga, "ACCEPTED");
        value(r, "procurement.contracts", 12);
        value(r, "procurement.checked", 6);
        value(r, "commission.meetings", 1);
        value(r, "plan.adopted", false);
        r = report(previous, obninsk, "ACCEPTED");
        value(r, "procurement.contracts", 8);
        value(r, "procurement.checked", 8);
        value(r, "commission.meetings", 1);
        value(r, "plan.adopted", true);

        long current =
                form("Мониторинг " + year, "QUARTER", year, 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
        indicators(current);
        r = report(current, kaluga, "ACCEPTED");
        value(r, "procurement.contracts", 20);
        value(r, "procurement.checked", 17);
        value(r, "commission.meetings", 2);
        value(r, "plan.adopted", true);
        value(r, "plan.notes", "Проведён семинар для муниципальных служащих");
        r = report(current, obninsk, "ACCEPTED");
        value(r, "procurement.contracts", 10);
        value(r, "procurement.checked", 5);
        value(r, "commission.meetings", 0);
        value(r, "plan.adopted", false);
        r = report(current, third, "SUBMITTED");
        value(r, "procurement.contracts", 100);
        value(r, "procurement.checked", 100);
        return new Scenario(previous, current, kaluga, obninsk, third);
    }
}
