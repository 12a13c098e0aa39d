package ru.probity.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.RegionTime;
import ru.probity.region.Figure;
import ru.probity.training.model.EnrolmentSource;
import ru.probity.training.model.EnrolmentStatus;
import ru.probity.training.model.EventKind;

/**
 * The figures of training by organization of a subtree, read from {@code training_participation}:
 * participation in the events of a period (by their first session, in the region's time zone),
 * and the coverage of the newly appointed by the mandatory onboarding events.
 */
@Repository
class EventStatisticsStore {

    private static final String ENROLLED = EnrolmentStatus.ENROLLED.name();

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    EventStatisticsStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    /**
     * An organization of the subtree: its place in the tree ({@code path}, for the order only) and
     * its level below the viewer's organization (0: his own).
     */
    record Place(long id, String name, String path, int level) {}

    /** The participation in the period of the employees of one organization. */
    record Participation(Place place, int enrolled, int attended, int completed, int certificates) {}

    /** The newly appointed of one organization in the onboarding events' audiences. */
    record Newcomers(Place place, int newcomers, int enrolled, int completed) {}

    List<Participation> participation(long scope, LocalDate from, LocalDate to) {
        return jdbc.sql("select o.id, o.name, o.path, " + LEVEL + """
                       , count(*) filter (where p.status = :enrolled) as enrolled,
                       count(*) filter (where p.status = :enrolled and p.attended > 0) as attended,
                       count(*) filter (where p.completed) as completed,
                       count(*) filter (where p.certificate_issued_at is not null) as certificates
                """ + PERIOD + " group by o.id, o.name, o.path")
                .param("scope", scope)
                .param("enrolled", ENROLLED)
                .param("from", from)
                .param("to", to)
                .param("zone", regionTime.id())
                .query((rs, n) -> new Participation(
                        place(rs),
                        rs.getInt("enrolled"),
                        rs.getInt("attended"),
                        rs.getInt("completed"),
                        rs.getInt("certificates")))
                .list();
    }

    List<Newcomers> newcomers(long scope) {
        return jdbc.sql("""
                with newcomer as (
                    select e.id, e.organization_id,
                           bool_or(coalesce(p.status = :enrolled, false)) as enrolled,
                           bool_or(coalesce(p.completed, false)) as completed
                    from training_event ev
                    join employee e on e.active and e.appointed_on >= current_date - ev.onboarding_days
                    left join training_participation p on p.event_id = ev.id and p.employee_id = e.id
                    where ev.onboarding_days is not null and not ev.cancelled and""" + TrainingSql.inSubtree("e.organization_id", ":scope") + "and" + TrainingSql.AUDIENCE + """
                    group by e.id, e.organization_id)
                select o.id, o.name, o.path,"""
                        + LEVEL + """
                       , count(*) as newcomers, count(*) filter (where n.enrolled) as enrolled,
                       count(*) filter (where n.completed) as completed
                from newcomer n join organization o on o.id = n.organization_id
                group by o.id, o.name, o.path""")
                .param("scope", scope)
                .param("enrolled", ENROLLED)
                .query((rs, n) ->
                        new Newcomers(place(rs), rs.getInt("newcomers"), rs.getInt("enrolled"), rs.getInt("completed")))
                .list();
    }

    /** Every participant of the subtree in the events of the period. */
    List<TrainingEventStatistics.Line> register(long scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select ev.title, ev.kind, f.first_start, o.name as organization,
                       """ + TrainingSql.NAME + """
                 as employee, e.post,
                       p.status, p.source, p.sessions, p.attended, p.test_passed, p.completed,
                       p.certificate_issued_at is not null as certificate
                """ + PERIOD + " order by f.first_start, ev.id, o.path, employee")
                .param("scope", scope)
                .param("from", from)
                .param("to", to)
                .param("zone", regionTime.id())
                .query((rs, n) -> new TrainingEventStatistics.Line(
                        rs.getString("title"),
                        EventKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("first_start") == null
                                ? null
                                : regionTime.local(
                                        rs.getTimestamp("first_start").toInstant()),
                        rs.getString("organization"),
                        rs.getString("employee"),
                        rs.getString("post"),
                        EnrolmentStatus.valueOf(rs.getString("status")),
                        EnrolmentSource.valueOf(rs.getString("source")),
                        rs.getInt("sessions"),
                        rs.getInt("attended"),
                        rs.getBoolean("test_passed"),
                        rs.getBoolean("completed"),
                        rs.getBoolean("certificate")))
                .list();
    }

    /**
     * The period figures of the monitoring reports, per organization's subtree, over every test and
     * event: the (test, active employee) pairs a test's assignment covers and the (test, employee)
     * pairs passed in the period — as the analysis of each test counts «Назначено» and «Сдали»,
     * summed over the tests — and the participations attended in the events of the period, as the
     * statistics of training count «Присутствовали». One statement.
     */
    List<Figure> period(Long[] organizations, LocalDate from, LocalDate to) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                with assigned as (
                    select distinct a.test_id, e.id as employee_id, e.organization_id
                    from test_assignment a join org_subtree u on u.ancestor_id = a.organization_id
                    join employee e on e.organization_id = u.organization_id and e.active),
                passed as (
                    select distinct t.test_id, t.employee_id, e.organization_id
                    from test_attempt t join employee e on e.id = t.employee_id
                    where t.passed
                      and (coalesce(t.finished_at, t.started_at) at time zone :zone)::date between :from and :to),
                trained as (
                    select e.organization_id
                    from training_participation p join training_event ev on ev.id = p.event_id
                    join employee e on e.id = p.employee_id
                    cross join lateral (select min(s.starts_at) as first_start from training_session s
                                        where s.event_id = ev.id) f
                    where not ev.cancelled and p.status = :enrolled and p.attended > 0
                      and (f.first_start at time zone :zone)::date between :from and :to),
                counted as (
                    select organization_id, 'assigned' as what from assigned
                    union all select organization_id, 'passed' from passed
                    union all select organization_id, 'trained' from trained)
                select s.ancestor_id, c.what, count(*)
                from counted c join org_subtree s on s.organization_id = c.organization_id
                where s.ancestor_id = any(:roots)
                group by s.ancestor_id, c.what""")
                .param("roots", organizations)
                .param("from", from)
                .param("to", to)
                .param("zone", regionTime.id())
                .param("enrolled", ENROLLED)
                .query(rs -> {
                    String indicator = switch (rs.getString(2)) {
                        case "assigned" -> TrainingIndicators.ASSIGNED;
                        case "passed" -> TrainingIndicators.PASSED;
                        default -> TrainingIndicators.TRAINED;
                    };
                    figures.add(new Figure(rs.getLong(1), indicator, rs.getLong(3)));
                });
        return figures;
    }

    /** The level of the organization {@code o} below the viewer's {@code :scope}. */
    private static final String LEVEL = """
             (select max(depth) from org_subtree where organization_id = o.id)
               - (select max(depth) from org_subtree where organization_id = :scope) as level""";

    /** The participations of the subtree's employees in the events (not cancelled) of the period. */
    private static final String PERIOD = """
            from training_participation p join training_event ev on ev.id = p.event_id
            join employee e on e.id = p.employee_id join organization o on o.id = e.organization_id
            cross join lateral (select min(s.starts_at) as first_start from training_session s where s.event_id = ev.id) f
            where""" + TrainingSql.inSubtree("e.organization_id", ":scope") + """
            and not ev.cancelled
              and (cast(:from as date) is null or (f.first_start at time zone :zone)::date >= :from)
              and (cast(:to as date) is null or (f.first_start at time zone :zone)::date <= :to)
            """;

    private static Place place(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Place(rs.getLong("id"), rs.getString("name"), rs.getString("path"), rs.getInt("level"));
    }
}
