package ru.probity.training;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.training.exam.Scoring;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of {@code test_attempt} (the questions drawn, in order, with the order of their options;
 * the deadline; the score) and {@code attempt_answer} (every answer as it was given, then its mark).
 */
@Repository
class AttemptStore {

    private static final TypeReference<List<Exams.Drawn>> DRAWN = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AttemptStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An attempt as its examinee's: the test, the questions drawn, the time, the result, the key. */
    record Own(
            Exams.Test test,
            int number,
            Instant deadline,
            Instant finishedAt,
            Double score,
            Boolean passed,
            List<Exams.Drawn> drawn,
            String answerKey) {}

    /** An answer given: as given, and its mark once the attempt is finished. */
    record Given(Scoring.Answer answer, Double mark) {}

    /**
     * Inserts the attempt numbered {@code number}; a second start at the same moment (a double
     * click, two tabs) gets the first one. Returns its id.
     */
    long insert(long testId, long employeeId, int number, int minutes, List<Exams.Drawn> drawn) {
        return jdbc.sql("""
                insert into test_attempt (test_id, employee_id, number, deadline_at, questions)
                values (?, ?, ?, now() + make_interval(mins => ?), cast(? as jsonb))
                on conflict (test_id, employee_id, number) do update set number = excluded.number
                returning id""")
                .params(testId, employeeId, number, minutes, json.writeValueAsString(drawn))
                .query(Long.class)
                .single();
    }

    Optional<Own> own(long attemptId, long employeeId) {
        return jdbc.sql(TestStore.TESTS
                                .replace(
                                        "from knowledge_test t",
                                        "from test_attempt a join knowledge_test t on t.id = a.test_id")
                                .replace(
                                        "select t.id,",
                                        "select a.number as attempt_number, a.deadline_at, a.finished_at, a.score,"
                                                + " a.passed, a.questions as drawn, a.answer_key, t.id,")
                        + " where a.id = ? and a.employee_id = ?")
                .params(attemptId, employeeId)
                .query((rs, n) -> new Own(
                        TestStore.test(rs),
                        rs.getInt("attempt_number"),
                        rs.getTimestamp("deadline_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        rs.getObject("score") == null ? null : rs.getDouble("score"),
                        (Boolean) rs.getObject("passed"),
                        json.readValue(rs.getString("drawn"), DRAWN),
                        rs.getString("answer_key")))
                .optional();
    }

    /** The answers given, by position. */
    Map<Integer, Given> answers(long attemptId) {
        Map<Integer, Given> answers = new HashMap<>();
        jdbc.sql("select position, answer, mark from attempt_answer where attempt_id = ?")
                .param(attemptId)
                .query((rs, n) -> answers.put(
                        rs.getInt(1),
                        new Given(
                                json.readValue(rs.getString(2), Scoring.Answer.class),
                                rs.getObject(3) == null ? null : ((Number) rs.getObject(3)).doubleValue())))
                .list();
        return answers;
    }

    /**
     * Stores an answer for whoever holds the attempt's key, while the attempt is not finished and
     * its time with the grace is not out, in one statement; whether it was stored.
     */
    boolean save(long attemptId, UUID key, int position, Scoring.Answer answer, Duration grace) {
        return jdbc.sql("""
                        insert into attempt_answer (attempt_id, position, answer)
                        select a.id, :position, cast(:answer as jsonb) from test_attempt a
                        where a.id = :attempt and a.answer_key = :key and a.finished_at is null
                          and now() <= a.deadline_at + make_interval(secs => :grace)
                          and :position >= 0 and :position < jsonb_array_length(a.questions)
                        on conflict (attempt_id, position) do update set answer = excluded.answer, saved_at = now()""")
                        .param("position", position)
                        .param("answer", json.writeValueAsString(answer))
                        .param("attempt", attemptId)
                        .param("key", key)
                        .param("grace", grace.toSeconds())
                        .update()
                == 1;
    }

    /** Whether the attempt exists with this key. */
    boolean known(long attemptId, UUID key) {
        return jdbc.sql("select count(*) from test_attempt where id = ? and answer_key = ?")
                        .params(attemptId, key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void mark(long attemptId, int position, double mark) {
        jdbc.sql("update attempt_answer set mark = ? where attempt_id = ? and position = ?")
                .params(mark, attemptId, position)
                .update();
    }

    /** Finishes the attempt with its score, unless it is finished already. */
    void finish(long attemptId, BigDecimal score, boolean passed) {
        jdbc.sql(
                        "update test_attempt set finished_at = now(), score = ?, passed = ? where id = ? and finished_at is null")
                .params(score, passed, attemptId)
                .update();
    }

    /** The best finished attempt of every examinee of the subtree of {@code scope}. */
    List<Exams.Result> results(long testId, long scope) {
        return jdbc.sql("""
                select distinct on (a.employee_id)""" + " " + TrainingSql.NAME + """
                 as name,
                       o.name as organization, a.number, a.finished_at, a.score, a.passed
                from test_attempt a join employee e on e.id = a.employee_id join organization o on o.id = e.organization_id
                where a.test_id = :test and a.finished_at is not null and""" + TrainingSql.inSubtree("e.organization_id", ":scope") + """
                order by a.employee_id, a.score desc, a.finished_at""")
                .param("test", testId)
                .param("scope", scope)
                .query((rs, n) -> new Exams.Result(
                        rs.getString("name"),
                        rs.getString("organization"),
                        rs.getInt("number"),
                        rs.getTimestamp("finished_at").toInstant(),
                        rs.getDouble("score"),
                        rs.getBoolean("passed")))
                .list();
    }
}
