package ru.probity.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.training.bank.Question;
import ru.probity.training.exam.Scoring;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Knowledge tests and attempts. A test draws its questions at random per category and shows their
 * options shuffled; the time limit is kept by the server (answers are accepted until the deadline
 * plus a short grace for the network, then the attempt is finished whatever the browser does);
 * every answer is stored as it is given, so a reload or a lost connection loses nothing.
 */
@Service
@Transactional
public class Exams {

    static final Duration GRACE = Duration.ofSeconds(30);
    static final String ANSWER_KEY_HEADER = "X-Attempt-Key";
    private static final TypeReference<List<Drawn>> DRAWN = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Organizations organizations;
    private final QuestionBank bank;

    Exams(JdbcClient jdbc, JsonMapper json, Organizations organizations, QuestionBank bank) {
        this.jdbc = jdbc;
        this.json = json;
        this.organizations = organizations;
        this.bank = bank;
    }

    /** A question of an attempt and the order its options (or, for matching, its choices) are shown in. */
    public record Drawn(long id, List<Integer> order) {}

    public record Part(long categoryId, int questions) {}

    public record Test(
            long id,
            String title,
            int timeLimitMinutes,
            int passPercent,
            int attemptsAllowed,
            LocalDate opensOn,
            LocalDate closesOn,
            boolean reviewAllowed,
            int questions) {
        boolean open(LocalDate today) {
            return (opensOn == null || !today.isBefore(opensOn)) && (closesOn == null || !today.isAfter(closesOn));
        }
    }

    /** A test as an employee sees it: his attempts so far and whether he may start one. */
    public record Available(Test test, int attempts, Long unfinished, Double best, boolean passed, boolean mayStart) {}

    /** An attempt with its questions as shown and the answers given so far. */
    public record Sheet(
            long id,
            Test test,
            int number,
            Instant deadline,
            Instant finishedAt,
            Double score,
            Boolean passed,
            List<Shown> questions,
            String answerKey) {
        public boolean finished() {
            return finishedAt != null;
        }

        /** The htmx header that carries the attempt's answer key with every save. */
        public String answerHeaders() {
            return "{\"" + ANSWER_KEY_HEADER + "\": \"" + answerKey + "\"}";
        }

        public long secondsLeft() {
            return Math.max(0, Duration.between(Instant.now(), deadline).getSeconds());
        }
    }

    /** A question as shown: options in the attempt's order, with the indexes the answers use. */
    public record Shown(int position, Question question, List<Integer> order, Scoring.Answer answer, Double mark) {
        public Question.Option option(int index) {
            return question.options().get(index);
        }
    }

    /** What became of an answer sent. */
    public enum Saved {
        SAVED,
        /** The attempt is finished or its time, with the grace, is out. */
        TIME_OUT,
        /** No such attempt, or not with this key. */
        DENIED
    }

    public record Result(
            String employee, String organization, int attempt, Instant finishedAt, double score, boolean passed) {}

    // ---- tests and campaigns -----------------------------------------------------------------

    public long create(
            CurrentUser user,
            String title,
            int timeLimitMinutes,
            int passPercent,
            int attemptsAllowed,
            LocalDate opensOn,
            LocalDate closesOn,
            boolean reviewAllowed,
            List<Part> parts) {
        QuestionBank.requireKeeper(user);
        if (title == null
                || title.isBlank()
                || parts.stream().mapToInt(Part::questions).sum() == 0) {
            throw new IllegalArgumentException("training.error.test");
        }
        long id = jdbc.sql("""
                insert into knowledge_test (organization_id, title, time_limit_minutes, pass_percent, attempts_allowed,
                  opens_on, closes_on, review_allowed, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        user.organizationId(),
                        title.strip(),
                        Math.max(1, timeLimitMinutes),
                        Math.max(1, Math.min(100, passPercent)),
                        Math.max(1, attemptsAllowed),
                        opensOn,
                        closesOn,
                        reviewAllowed,
                        user.username())
                .query(Long.class)
                .single();
        for (Part part : parts) {
            if (part.questions() > 0) {
                jdbc.sql("insert into knowledge_test_part (test_id, category_id, questions) values (?, ?, ?)")
                        .params(id, part.categoryId(), part.questions())
                        .update();
            }
        }
        return id;
    }

    /** Assigns the test to every employee of the organizations' subtrees. */
    public int assign(CurrentUser user, long testId, List<Long> organizationIds) {
        QuestionBank.requireKeeper(user);
        test(user, testId);
        int added = 0;
        for (long organization : organizationIds) {
            organizations.get(user, organization);
            added += jdbc.sql("""
                    insert into test_assignment (test_id, organization_id, created_by) values (?, ?, ?)
                    on conflict do nothing""").params(testId, organization, user.username()).update();
        }
        return added;
    }

    @Transactional(readOnly = true)
    public List<Test> tests(CurrentUser user) {
        QuestionBank.requireReader(user);
        return jdbc.sql(TESTS + " where o.path like :scope || '%' or :scope like o.path || '%' order by t.id desc")
                .param("scope", organizations.scopePath(user))
                .query((rs, n) -> test(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Test test(CurrentUser user, long id) {
        return jdbc.sql(TESTS + " where t.id = :id and (o.path like :scope || '%' or :scope like o.path || '%')")
                .param("id", id)
                .param("scope", organizations.scopePath(user))
                .query((rs, n) -> test(rs))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("Test " + id + " is not visible to " + user.username()));
    }

    /** The organizations a test is assigned to. */
    @Transactional(readOnly = true)
    public List<String> assignedTo(CurrentUser user, long testId) {
        test(user, testId);
        return jdbc.sql("select o.name from test_assignment a join organization o on o.id = a.organization_id"
                        + " where a.test_id = ? order by o.path")
                .param(testId)
                .query(String.class)
                .list();
    }

    /** The best finished attempt of every examinee of the user's subtree. */
    @Transactional(readOnly = true)
    public List<Result> results(CurrentUser user, long testId) {
        test(user, testId);
        QuestionBank.requireReader(user);
        return jdbc.sql("""
                select distinct on (a.employee_id) e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as name,
                       o.name as organization, a.number, a.finished_at, a.score, a.passed
                from test_attempt a join employee e on e.id = a.employee_id join organization o on o.id = e.organization_id
                where a.test_id = ? and a.finished_at is not null and o.path like ? || '%'
                order by a.employee_id, a.score desc, a.finished_at""")
                .params(testId, organizations.scopePath(user))
                .query((rs, n) -> new Result(
                        rs.getString("name"),
                        rs.getString("organization"),
                        rs.getInt("number"),
                        rs.getTimestamp("finished_at").toInstant(),
                        rs.getDouble("score"),
                        rs.getBoolean("passed")))
                .list();
    }

    // ---- the examinee ------------------------------------------------------------------------

    /** The tests assigned to the employee's organization or to one above it. */
    @Transactional(readOnly = true)
    public List<Available> available(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        // the employee's attempts of each test in the same query (this is on the start's path)
        return jdbc.sql(TESTS.replace("from knowledge_test t", """
                        , st.attempts, st.best, st.passed_any, st.unfinished
                        from knowledge_test t
                        cross join lateral (select count(*) as attempts, max(score) as best,
                                coalesce(bool_or(passed), false) as passed_any,
                                max(id) filter (where finished_at is null) as unfinished
                            from test_attempt where test_id = t.id and employee_id = :employee) st""") + """
                 where exists (select 1 from test_assignment s join organization so on so.id = s.organization_id
                               join employee e on e.id = :employee join organization eo on eo.id = e.organization_id
                               where s.test_id = t.id and eo.path like so.path || '%')
                order by t.id desc""")
                .param("employee", user.employeeId())
                .query((rs, n) -> {
                    Test t = test(rs);
                    int attempts = rs.getInt("attempts");
                    Long unfinished = rs.getObject("unfinished", Long.class);
                    boolean passed = rs.getBoolean("passed_any");
                    Number best = (Number) rs.getObject("best");
                    return new Available(
                            t,
                            attempts,
                            unfinished,
                            best == null ? null : best.doubleValue(),
                            passed,
                            unfinished != null || (!passed && attempts < t.attemptsAllowed() && t.open(today)));
                })
                .list();
    }

    /** Starts an attempt, or returns the unfinished one (a reload or another device resumes it). */
    public long start(CurrentUser user, long testId) {
        Available available = available(user).stream()
                .filter(a -> a.test().id() == testId)
                .findFirst()
                .orElseThrow(
                        () -> new AccessDeniedException("Test " + testId + " is not assigned to " + user.username()));
        if (available.unfinished() != null) {
            return available.unfinished();
        }
        if (!available.mayStart()) {
            throw new IllegalStateException("training.error.noAttempts");
        }
        // every part drawn at random in one round trip
        List<Drawn> drawn = new ArrayList<>();
        for (long id : jdbc.sql("""
                        select q.id from knowledge_test_part p cross join lateral (
                          select id from question where category_id = p.category_id and active
                          order by random() limit p.questions) q
                        where p.test_id = ?""").param(testId).query(Long.class).list()) {
            drawn.add(new Drawn(id, List.of()));
        }
        Collections.shuffle(drawn);
        Map<Long, Question> questions = bank.byIds(drawn.stream().map(Drawn::id).toList());
        List<Drawn> shown = drawn.stream()
                .map(d -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < questions.get(d.id()).options().size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order);
                    return new Drawn(d.id(), order);
                })
                .toList();
        // a second start at the same moment (a double click, two tabs) resumes the first one
        return jdbc.sql("""
                insert into test_attempt (test_id, employee_id, number, deadline_at, questions)
                values (?, ?, ?, now() + make_interval(mins => ?), cast(? as jsonb))
                on conflict (test_id, employee_id, number) do update set number = excluded.number
                returning id""")
                .params(
                        testId,
                        user.employeeId(),
                        available.attempts() + 1,
                        available.test().timeLimitMinutes(),
                        json.writeValueAsString(shown))
                .query(Long.class)
                .single();
    }

    /** The attempt as its examinee sees it; one past its deadline is finished first. */
    public Sheet sheet(CurrentUser user, long attemptId) {
        Own own = own(user, attemptId);
        if (own.finishedAt() == null && Instant.now().isAfter(own.deadline().plus(GRACE))) {
            finish(user, attemptId);
            own = own(user, attemptId);
        }
        Map<Integer, Object[]> answers = new java.util.HashMap<>();
        jdbc.sql("select position, answer, mark from attempt_answer where attempt_id = ?")
                .param(attemptId)
                .query((rs, n) -> answers.put(
                        rs.getInt(1),
                        new Object[] {json.readValue(rs.getString(2), Scoring.Answer.class), rs.getObject(3)}))
                .list();
        Map<Long, Question> questions =
                bank.byIds(own.drawn().stream().map(Drawn::id).toList());
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < own.drawn().size(); i++) {
            Drawn d = own.drawn().get(i);
            Object[] a = answers.get(i);
            shown.add(new Shown(
                    i,
                    questions.get(d.id()),
                    d.order(),
                    a == null ? null : (Scoring.Answer) a[0],
                    a == null || a[1] == null ? null : ((Number) a[1]).doubleValue()));
        }
        return new Sheet(
                attemptId,
                own.test(),
                own.number(),
                own.deadline(),
                own.finishedAt(),
                own.score(),
                own.passed(),
                shown,
                own.answerKey());
    }

    /**
     * Stores one answer as it is given, for whoever holds the attempt's answer key (its examinee's
     * page); refused once the attempt is finished or its time, with the grace, is out. One
     * statement: this is what thousands of examinees send at once.
     */
    public Saved save(long attemptId, String answerKey, int position, Scoring.Answer answer) {
        java.util.UUID key;
        try {
            key = java.util.UUID.fromString(answerKey == null ? "" : answerKey);
        } catch (IllegalArgumentException e) {
            return Saved.DENIED;
        }
        int updated = jdbc.sql("""
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
                .param("grace", GRACE.toSeconds())
                .update();
        if (updated == 1) {
            return Saved.SAVED;
        }
        boolean known = jdbc.sql("select count(*) from test_attempt where id = ? and answer_key = ?")
                        .params(attemptId, key)
                        .query(Integer.class)
                        .single()
                > 0;
        return known ? Saved.TIME_OUT : Saved.DENIED;
    }

    /** Finishes the attempt: marks every answer and the score; a second call changes nothing. */
    public void finish(CurrentUser user, long attemptId) {
        Own own = own(user, attemptId);
        if (own.finishedAt() != null) {
            return;
        }
        Map<Long, Question> questions =
                bank.byIds(own.drawn().stream().map(Drawn::id).toList());
        Map<Integer, Scoring.Answer> answers = new java.util.HashMap<>();
        jdbc.sql("select position, answer from attempt_answer where attempt_id = ?")
                .param(attemptId)
                .query((rs, n) -> answers.put(rs.getInt(1), json.readValue(rs.getString(2), Scoring.Answer.class)))
                .list();
        double total = 0;
        for (int i = 0; i < own.drawn().size(); i++) {
            double mark = Scoring.mark(questions.get(own.drawn().get(i).id()), answers.get(i));
            total += mark;
            if (answers.containsKey(i)) {
                jdbc.sql("update attempt_answer set mark = ? where attempt_id = ? and position = ?")
                        .params(mark, attemptId, i)
                        .update();
            }
        }
        double score = own.drawn().isEmpty() ? 0 : total * 100 / own.drawn().size();
        jdbc.sql(
                        "update test_attempt set finished_at = now(), score = ?, passed = ? where id = ? and finished_at is null")
                .params(
                        BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP),
                        score >= own.test().passPercent(),
                        attemptId)
                .update();
    }

    private record Own(
            Test test,
            int number,
            Instant deadline,
            Instant finishedAt,
            Double score,
            Boolean passed,
            List<Drawn> drawn,
            String answerKey) {}

    private Own own(CurrentUser user, long attemptId) {
        return jdbc.sql(TESTS.replace(
                                        "from knowledge_test t",
                                        "from test_attempt a join knowledge_test t on t.id = a.test_id")
                                .replace(
                                        "select t.id,",
                                        "select a.number as attempt_number, a.deadline_at, a.finished_at, a.score,"
                                                + " a.passed, a.questions as drawn, a.answer_key, t.id,")
                        + " where a.id = ? and a.employee_id = ?")
                .params(attemptId, user.employeeId() == null ? -1 : user.employeeId())
                .query((rs, n) -> new Own(
                        test(rs),
                        rs.getInt("attempt_number"),
                        rs.getTimestamp("deadline_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        rs.getObject("score") == null ? null : rs.getDouble("score"),
                        (Boolean) rs.getObject("passed"),
                        json.readValue(rs.getString("drawn"), DRAWN),
                        rs.getString("answer_key")))
                .optional()
                .orElseThrow(
                        () -> new AccessDeniedException("Attempt " + attemptId + " is not " + user.username() + "'s"));
    }

    private static final String TESTS = """
            select t.id, t.title, t.time_limit_minutes, t.pass_percent, t.attempts_allowed, t.opens_on, t.closes_on,
                   t.review_allowed, (select coalesce(sum(questions), 0) from knowledge_test_part p where p.test_id = t.id) as questions
            from knowledge_test t join organization o on o.id = t.organization_id""";

    private static Test test(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Test(
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
}
