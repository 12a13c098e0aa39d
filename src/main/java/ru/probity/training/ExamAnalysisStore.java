package ru.probity.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.RegionTime;
import ru.probity.training.exam.ItemAnalysis;

/**
 * The results of a test over a period within a subtree, read from {@code test_assignment},
 * {@code test_attempt} and {@code attempt_answer}: per organization, per examinee, and the marks of
 * every examinee's first finished attempt for the item analysis. An attempt belongs to the period
 * by the day it was finished (an unfinished one by the day it was started) in the region's time.
 */
@Repository
class ExamAnalysisStore {

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    ExamAnalysisStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    // The examinees of the test within the scope: the active employees of the assigned subtrees
    // and whoever has attempts, with the figures of their attempts of the period.
    private static final String PEOPLE = """
            with assigned as (
                select distinct e.id as employee_id
                from test_assignment s join org_subtree st on st.ancestor_id = s.organization_id
                join employee e on e.organization_id = st.organization_id and e.active
                where s.test_id = :test and""" + TrainingSql.inSubtree("e.organization_id", ":scope") + """
            ), attempt as (
                select a.employee_id, a.finished_at, a.score, a.passed,
                       (coalesce(a.finished_at, a.started_at) at time zone :zone)::date as day
                from test_attempt a where a.test_id = :test
            ), taken as (
                select a.employee_id,
                       count(*) filter (where in_period) as attempts,
                       count(*) filter (where in_period and a.finished_at is not null) > 0 as finished,
                       coalesce(bool_or(a.passed) filter (where in_period), false) as passed,
                       max(a.score) filter (where in_period and a.finished_at is not null) as best,
                       max(a.finished_at) filter (where in_period) as finished_at
                from attempt a
                cross join lateral (select (cast(:from as date) is null or a.day >= :from)
                                       and (cast(:to as date) is null or a.day <= :to) as in_period) p
                group by a.employee_id
            ), person as (
                select coalesce(x.employee_id, t.employee_id) as employee_id, x.employee_id is not null as assigned,
                       coalesce(t.attempts, 0) as attempts, coalesce(t.finished, false) as finished,
                       coalesce(t.passed, false) as passed, t.best, t.finished_at
                from assigned x full join taken t on t.employee_id = x.employee_id
            )
            """;

    /**
     * Every organization of the scope (the scope's own included, at depth -1; its children at 0)
     * with the examinees of its subtree, in the order of the tree.
     */
    List<ExamAnalysis.ByOrganization> byOrganization(long testId, long scope, ExamAnalysis.Period period) {
        return jdbc.sql(PEOPLE + """
                select ao.id, ao.name,
                       anc.depth - (select max(depth) from org_subtree where organization_id = :scope) - 1 as depth,
                       count(*) filter (where p.assigned) as assigned,
                       count(*) filter (where p.attempts > 0) as started,
                       count(*) filter (where p.finished) as finished,
                       count(*) filter (where p.passed) as passed,
                       avg(p.best) as mean_best
                from person p join employee e on e.id = p.employee_id
                join org_subtree anc on anc.organization_id = e.organization_id
                join organization ao on ao.id = anc.ancestor_id
                where""" + TrainingSql.inSubtree("e.organization_id", ":scope") + "and"
                        + TrainingSql.inSubtree("ao.id", ":scope") + """
                group by ao.id, ao.name, ao.path, anc.depth
                having count(*) filter (where p.assigned or p.attempts > 0) > 0
                order by ao.path""")
                .params(params(testId, scope, period))
                .query((rs, n) -> new ExamAnalysis.ByOrganization(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getInt("depth"),
                        rs.getInt("assigned"),
                        rs.getInt("started"),
                        rs.getInt("finished"),
                        rs.getInt("passed"),
                        rs.getObject("mean_best") == null ? null : rs.getDouble("mean_best")))
                .list();
    }

    List<ExamAnalysis.Examinee> examinees(long testId, long scope, ExamAnalysis.Period period) {
        return jdbc.sql(PEOPLE + "select o.name as organization, " + TrainingSql.NAME + " as name," + """
                       e.post, p.*
                from person p join employee e on e.id = p.employee_id join organization o on o.id = e.organization_id
                where"""
                        + TrainingSql.inSubtree("e.organization_id", ":scope") + """
                and (p.assigned or p.attempts > 0)
                order by o.path, name""")
                .params(params(testId, scope, period))
                .query((rs, n) -> new ExamAnalysis.Examinee(
                        rs.getString("organization"),
                        rs.getString("name"),
                        rs.getString("post"),
                        rs.getBoolean("assigned"),
                        rs.getInt("attempts"),
                        rs.getBoolean("finished"),
                        rs.getObject("best") == null ? null : rs.getDouble("best"),
                        rs.getBoolean("passed"),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant()))
                .list();
    }

    /**
     * The first finished attempt of the period of every examinee of the scope, with its score and
     * the mark of every question drawn (a question not answered has the mark 0), in the order of the
     * attempts.
     */
    List<ItemAnalysis.Examinee> firstAttempts(long testId, long scope, ExamAnalysis.Period period) {
        Map<Long, Map<Long, Double>> marks = new LinkedHashMap<>();
        Map<Long, Double> totals = new LinkedHashMap<>();
        jdbc.sql("""
                with first as (
                    select distinct on (a.employee_id) a.id, a.score, a.questions
                    from test_attempt a join employee e on e.id = a.employee_id
                    where a.test_id = :test and a.finished_at is not null and""" + TrainingSql.inSubtree("e.organization_id", ":scope") + """
                      and (cast(:from as date) is null or (a.finished_at at time zone :zone)::date >= :from)
                      and (cast(:to as date) is null or (a.finished_at at time zone :zone)::date <= :to)
                    order by a.employee_id, a.number
                )
                select f.id, f.score, cast(q.value ->> 'id' as bigint) as question, coalesce(aa.mark, 0) as mark
                from first f cross join lateral jsonb_array_elements(f.questions) with ordinality as q(value, position)
                left join attempt_answer aa on aa.attempt_id = f.id and aa.position = q.position - 1
                order by f.id, q.position""")
                .params(params(testId, scope, period))
                .query((rs, n) -> {
                    long attempt = rs.getLong("id");
                    totals.put(attempt, rs.getDouble("score"));
                    return marks.computeIfAbsent(attempt, k -> new LinkedHashMap<>())
                            .put(rs.getLong("question"), rs.getDouble("mark"));
                })
                .list();
        return totals.entrySet().stream()
                .map(t -> new ItemAnalysis.Examinee(t.getValue(), marks.get(t.getKey())))
                .toList();
    }

    private Map<String, Object> params(long testId, long scope, ExamAnalysis.Period period) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("test", testId);
        params.put("scope", scope);
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("zone", regionTime.id());
        return params;
    }
}
