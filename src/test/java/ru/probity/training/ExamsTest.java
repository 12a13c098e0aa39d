package ru.probity.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.training.bank.Question;
import ru.probity.training.exam.Scoring;

class ExamsTest extends IntegrationTest {

    @Autowired
    Exams exams;

    @Autowired
    QuestionBank bank;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private CurrentUser user(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }

    /** The right answer to a question, in the question's own option indexes. */
    static Scoring.Answer rightAnswer(Question q) {
        return switch (q.kind()) {
            case SINGLE, MULTIPLE -> {
                Set<Integer> chosen = new HashSet<>();
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).right()) {
                        chosen.add(i);
                    }
                }
                yield Scoring.Answer.choice(chosen);
            }
            case MATCHING -> {
                List<Integer> matches = new ArrayList<>();
                for (int i = 0; i < q.options().size(); i++) {
                    matches.add(i);
                }
                yield Scoring.Answer.matching(matches);
            }
            case SHORT -> Scoring.Answer.text(q.options().getFirst().text());
        };
    }

    private long newTest(String title, int minutes) {
        CurrentUser admin = user("region.admin");
        if (bank.categories(admin).stream().noneMatch(c -> c.name().equals("Уведомления и подарки"))) {
            bank.importStarter(admin);
        }
        List<Exams.Part> parts = bank.categories(admin).stream()
                .filter(c ->
                        c.name().equals("Уведомления и подарки") || c.name().equals("Декларации о доходах"))
                .map(c -> new Exams.Part(c.id(), 3))
                .toList();
        long test = exams.create(
                admin, title, minutes, 80, 2, LocalDate.now(), LocalDate.now().plusDays(30), true, parts);
        exams.assign(admin, test, List.of(organizationId(KALUGA), organizationId(OBNINSK)));
        return test;
    }

    @Test
    void anEmployeeTakesTheTestAnswersSurviveAReloadAndAllRightAnswersPass() {
        long test = newTest("Проверка знаний: уведомления и декларации", 30);
        CurrentUser employee = user("ugh.employee");
        assertThat(exams.available(employee)).anySatisfy(a -> {
            assertThat(a.test().id()).isEqualTo(test);
            assertThat(a.mayStart()).isTrue();
        });

        long attempt = exams.start(employee, test);
        Exams.Sheet sheet = exams.sheet(employee, attempt);
        assertThat(sheet.questions()).hasSize(6);
        for (Exams.Shown shown : sheet.questions()) {
            assertThat(exams.save(employee, attempt, shown.position(), rightAnswer(shown.question())))
                    .isTrue();
        }
        // a reload, or starting again, resumes the same attempt with every answer
        assertThat(exams.start(employee, test)).isEqualTo(attempt);
        assertThat(exams.sheet(employee, attempt).questions())
                .allSatisfy(s -> assertThat(s.answer()).isNotNull());
        // another employee cannot write into it
        assertThat(exams.save(user("kaluga.officer"), attempt, 0, Scoring.Answer.text("x")))
                .isFalse();

        exams.finish(employee, attempt);
        Exams.Sheet done = exams.sheet(employee, attempt);
        assertThat(done.score()).isEqualTo(100.0);
        assertThat(done.passed()).isTrue();
        assertThat(exams.save(employee, attempt, 0, Scoring.Answer.text("late")))
                .isFalse();
        assertThat(exams.results(user("kaluga.officer"), test))
                .singleElement()
                .satisfies(r -> assertThat(r.passed()).isTrue());
        // Obninsk's officer sees no result of Kaluga's employee
        assertThat(exams.results(user("obninsk.officer"), test)).isEmpty();
    }

    @Test
    void theServerKeepsTheTimeAnswersAfterTheDeadlineAndGraceAreRefusedAndTheAttemptFinishes() {
        long test = newTest("Проверка на время", 1);
        CurrentUser employee = user("ugh.employee");
        long attempt = exams.start(employee, test);
        assertThat(exams.save(employee, attempt, 0, Scoring.Answer.text("ответ")))
                .isTrue();

        jdbc.sql("update test_attempt set deadline_at = now() - interval '31 seconds' where id = ?")
                .param(attempt)
                .update();

        assertThat(exams.save(employee, attempt, 1, Scoring.Answer.text("поздно")))
                .isFalse();
        Exams.Sheet sheet = exams.sheet(employee, attempt);
        assertThat(sheet.finished()).isTrue();
        assertThat(sheet.passed()).isFalse();
        assertThat(sheet.questions().get(0).answer()).isNotNull();
        assertThat(sheet.questions().get(1).answer()).isNull();
    }
}
