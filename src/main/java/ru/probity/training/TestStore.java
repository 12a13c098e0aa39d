package ru.probity.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.region.Figure;

/**
 * The rows of {@code knowledge_test}, its parts ({@code knowledge_test_part}: how many questions of
 * which category) and its campaigns ({@code test_assignment}: the organizations whose subtrees take
 * it). A test is seen by the subtree of the organization that keeps it and by its ancestors.
 */
@Repository
class TestStore {

    private final JdbcClient jdbc;

    TestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A test as an employee stands with it: his attempts so far, the unfinished one, the best score. */
    record Standing(Exams.Test test, int attempts, Long unfinished, Double best, boolean passed) {}

    long insert(
            long organizationId,
            String title,
            int timeLimitMinutes,
            int passPercent,
            int attemptsAllowed,
            LocalDate opensOn,
            LocalDate closesOn,
            boolean reviewAllowed,
            String actor) {
        return jdbc.sql("""
                insert into knowledge_test (organization_id, title, time_limit_minutes, pass_percent, attempts_allowed,
                  opens_on, closes_on, review_allowed, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        organizationId,
                        title,
                        timeLimitMinutes,
                        passPercent,
                        attemptsAllowed,
                        opensOn,
                        closesOn,
                        reviewAllowed,
                        actor)
                .query(Long.class)
                .single();
    }

    void insertPart(long testId, long categoryId, int questions) {
        jdbc.sql("insert into knowledge_test_part (test_id, category_id, questions) values (?, ?, ?)")
                .params(testId, categoryId, questions)
                .update();
    }

    /** Assigns the test to the organization's subtree; 0 when it was assigned already. */
    int assign(long testId, long organizationId, String actor) {
        return jdbc.sql("""
                insert into test_assignment (test_id, organization_id, created_by) values (?, ?, ?)
                on conflict do nothing""").params(testId, organizationId, actor).update();
    }

    /** The tests kept in the subtree of the organization or by one of its ancestors, the newest first. */
    List<Exams.Test> visible(long organizationId) {
        return jdbc.sql(TESTS + " where " + VISIBLE + " order by t.id desc")
                .param("org", organizationId)
                .query((rs, n) -> test(rs))
                .list();
    }

    Optional<Exams.Test> visible(long testId, long organizationId) {
        return jdbc.sql(TESTS + " where t.id = :id and " + VISIBLE)
                .param("id", testId)
                .param("org", organizationId)
                .query((rs, n) -> test(rs))
                .optional();
    }

    /** The names of the organizations the test is assigned to. */
    List<String> assignedTo(long testId) {
        return jdbc.sql("select o.name from test_assignment a join organization o on o.id = a.organization_id"
                        + " where a.test_id = ? order by o.path")
                .param(testId)
                .query(String.class)
                .list();
    }

    /**
     * The tests assigned to the employee's organization or to one above it, each with his attempts
     * (read in the same query: this is on the path of every start).
     */
    List<Standing> standings(long employeeId) {
        return jdbc.sql(TESTS.replace("from knowledge_test t", """
                        , st.attempts, st.best, st.passed_any, st.unfinished
                        from knowledge_test t
                        cross join lateral (select count(*) as attempts, max(score) as best,
                                coalesce(bool_or(passed), false) as passed_any,
                                max(id) filter (where finished_at is null) as unfinished
                            from test_attempt where test_id = t.id and employee_id = :employee) st""") + """
                 where exists (select 1 from test_assignment s join employee e on e.id = :employee
                               where s.test_id = t.id and s.organization_id in (
                                 select ancestor_id from org_subtree where organization_id = e.organization_id))
                order by t.id desc""")
                .param("employee", employeeId)
                .query((rs, n) -> {
                    Number best = (Number) rs.getObject("best");
                    return new Standing(
                            test(rs),
                            rs.getInt("attempts"),
                            rs.getObject("unfinished", Long.class),
                            best == null ? null : best.doubleValue(),
                            rs.getBoolean("passed_any"));
                })
                .list();
    }

    /** The questions of an attempt: of every part as many active questions of its category, at random. */
    List<Long> draw(long testId) {
        return jdbc.sql("""
                select q.id from knowledge_test_part p cross join lateral (
                  select id from question where category_id = p.category_id and active
                  order by random() limit p.questions) q
                where p.test_id = ?""").param(testId).query(Long.class).list();
    }

    /** Tests {@code t} with their number of questions. */
    static final String TESTS = """
            select t.id, t.title, t.time_limit_minutes, t.pass_percent, t.attempts_allowed, t.opens_on, t.closes_on,
                   t.review_allowed, (select coalesce(sum(questions), 0) from knowledge_test_part p where p.test_id = t.id) as questions
            from knowledge_test t""";

    /** The test {@code t} is kept in the subtree of {@code :org} or by one of its ancestors. */
    private static final String VISIBLE = "(" + TrainingSql.inSubtree("t.organization_id", ":org") + """
            or t.organization_id in (select ancestor_id from org_subtree where organization_id = :org))""";

    static Exams.Test test(ResultSet rs) throws SQLException {
        return new Exams.Test(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getInt("time_limit_minutes"),
                rs.getInt("pass_percent"),
                rs.getInt("attempts_allowed"),
                rs.getDate("opens_on") == null ? null : rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on") == null ? null : rs.getDate("closes_on").toLocalDate(),
                rs.getBoolean("review_allowed"),
                rs.getInt("questions"));
    }

    /**
     * The region's dashboard: per organization's subtree, the (test, active employee) pairs a
     * campaign assigns and those with a passed attempt.
     */
    List<Figure> indicators(Long[] organizations) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                with assigned as (
                  select distinct a.test_id, e.id as employee_id, e.organization_id
                  from test_assignment a
                  join org_subtree u on u.ancestor_id = a.organization_id
                  join employee e on e.organization_id = u.organization_id and e.active)
                select s.ancestor_id, count(*) as assigned,
                       count(*) filter (where exists (select 1 from test_attempt t where t.test_id = x.test_id
                                                      and t.employee_id = x.employee_id and t.passed)) as passed
                from assigned x join org_subtree s on s.organization_id = x.organization_id
                where s.ancestor_id = any(:roots)
                group by s.ancestor_id""").param("roots", organizations).query(rs -> {
            long root = rs.getLong(1);
            figures.add(new Figure(root, TrainingIndicators.ASSIGNED, rs.getLong("assigned")));
            figures.add(new Figure(root, TrainingIndicators.PASSED, rs.getLong("passed")));
        });
        return figures;
    }
}
