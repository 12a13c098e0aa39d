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
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Refusal;
import ru.probity.training.bank.Question;
import ru.probity.training.exam.Scoring;

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

    private final TestStore tests;
    private final AttemptStore attempts;
    private final Organizations organizations;
    private final QuestionBank bank;

    Exams(TestStore tests, AttemptStore attempts, Organizations organizations, QuestionBank bank) {
        this.tests = tests;
        this.attempts = attempts;
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
            throw Refusal.invalid("training.error.test");
        }
        long id = tests.insert(
                user.organizationId(),
                title.strip(),
                Math.max(1, timeLimitMinutes),
                Math.max(1, Math.min(100, passPercent)),
                Math.max(1, attemptsAllowed),
                opensOn,
                closesOn,
                reviewAllowed,
                user.username());
        for (Part part : parts) {
            if (part.questions() > 0) {
                tests.insertPart(id, part.categoryId(), part.questions());
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
            added += tests.assign(testId, organization, user.username());
        }
        return added;
    }

    @Transactional(readOnly = true)
    public List<Test> tests(CurrentUser user) {
        QuestionBank.requireReader(user);
        return tests.visible(user.organizationId());
    }

    @Transactional(readOnly = true)
    public Test test(CurrentUser user, long id) {
        return tests.visible(id, user.organizationId())
                .orElseThrow(() -> new AccessDeniedException("Test " + id + " is not visible to " + user.username()));
    }

    /** The organizations a test is assigned to. */
    @Transactional(readOnly = true)
    public List<String> assignedTo(CurrentUser user, long testId) {
        test(user, testId);
        return tests.assignedTo(testId);
    }

    /** The best finished attempt of every examinee of the user's subtree. */
    @Transactional(readOnly = true)
    public List<Result> results(CurrentUser user, long testId) {
        test(user, testId);
        QuestionBank.requireReader(user);
        return attempts.results(testId, user.organizationId());
    }

    // ---- the examinee ------------------------------------------------------------------------

    /** The tests assigned to the employee's organization or to one above it. */
    @Transactional(readOnly = true)
    public List<Available> available(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        return tests.standings(user.employeeId()).stream()
                .map(s -> new Available(
                        s.test(),
                        s.attempts(),
                        s.unfinished(),
                        s.best(),
                        s.passed(),
                        s.unfinished() != null
                                || (!s.passed()
                                        && s.attempts() < s.test().attemptsAllowed()
                                        && s.test().open(today))))
                .toList();
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
            throw Refusal.conflict("training.error.noAttempts");
        }
        // every part drawn at random in one round trip
        List<Long> drawn = new ArrayList<>(tests.draw(testId));
        Collections.shuffle(drawn);
        Map<Long, Question> questions = bank.byIds(drawn);
        List<Drawn> shown = drawn.stream()
                .map(id -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < questions.get(id).options().size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order);
                    return new Drawn(id, order);
                })
                .toList();
        return attempts.insert(
                testId,
                user.employeeId(),
                available.attempts() + 1,
                available.test().timeLimitMinutes(),
                shown);
    }

    /** The attempt as its examinee sees it; one past its deadline is finished first. */
    public Sheet sheet(CurrentUser user, long attemptId) {
        AttemptStore.Own own = own(user, attemptId);
        if (own.finishedAt() == null && Instant.now().isAfter(own.deadline().plus(GRACE))) {
            finish(user, attemptId);
            own = own(user, attemptId);
        }
        Map<Integer, AttemptStore.Given> answers = attempts.answers(attemptId);
        Map<Long, Question> questions =
                bank.byIds(own.drawn().stream().map(Drawn::id).toList());
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < own.drawn().size(); i++) {
            Drawn d = own.drawn().get(i);
            AttemptStore.Given a = answers.get(i);
            shown.add(new Shown(
                    i, questions.get(d.id()), d.order(), a == null ? null : a.answer(), a == null ? null : a.mark()));
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
        UUID key;
        try {
            key = UUID.fromString(answerKey == null ? "" : answerKey);
        } catch (IllegalArgumentException e) {
            return Saved.DENIED;
        }
        if (attempts.save(attemptId, key, position, answer, GRACE)) {
            return Saved.SAVED;
        }
        return attempts.known(attemptId, key) ? Saved.TIME_OUT : Saved.DENIED;
    }

    /** Finishes the attempt: marks every answer and the score; a second call changes nothing. */
    public void finish(CurrentUser user, long attemptId) {
        AttemptStore.Own own = own(user, attemptId);
        if (own.finishedAt() != null) {
            return;
        }
        Map<Long, Question> questions =
                bank.byIds(own.drawn().stream().map(Drawn::id).toList());
        Map<Integer, AttemptStore.Given> answers = attempts.answers(attemptId);
        double total = 0;
        for (int i = 0; i < own.drawn().size(); i++) {
            AttemptStore.Given given = answers.get(i);
            double mark = Scoring.mark(questions.get(own.drawn().get(i).id()), given == null ? null : given.answer());
            total += mark;
            if (given != null) {
                attempts.mark(attemptId, i, mark);
            }
        }
        double score = Scoring.percent(total, own.drawn().size());
        attempts.finish(
                attemptId,
                BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP),
                score >= own.test().passPercent());
    }

    private AttemptStore.Own own(CurrentUser user, long attemptId) {
        return attempts.own(attemptId, user.employeeId() == null ? -1 : user.employeeId())
                .orElseThrow(
                        () -> new AccessDeniedException("Attempt " + attemptId + " is not " + user.username() + "'s"));
    }
}
