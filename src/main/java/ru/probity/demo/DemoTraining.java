package ru.probity.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.training.Exams;
import ru.probity.training.QuestionBank;
import ru.probity.training.TrainingHistory;
import ru.probity.training.bank.Question;
import ru.probity.training.exam.Scoring;
import ru.probity.training.model.EventKind;

/**
 * Two training events of the demo region: the region's video conference for every municipality,
 * and Kaluga's mandatory onboarding course for the newly appointed (the onboarding job enrols them).
 * Written through {@link TrainingHistory}.
 */
final class DemoTraining {

    private static final String AUTHOR = "demo";

    private DemoTraining() {}

    /** The events; their sessions at the region's local hours ({@code zone}). */
    static void load(TrainingHistory training, DemoLookupStore lookup, ZoneId zone) {
        Long region = lookup.root().orElse(null);
        Long kaluga = lookup.organization(DemoRegionGenerator.KALUGA).orElse(region);
        if (region == null) {
            return;
        }
        long conference = training.event(
                region,
                EventKind.WEBINAR,
                "Декларационная кампания: изменения законодательства и типичные ошибки",
                "Видеоконференция для ответственных за профилактику коррупционных правонарушений и"
                        + " служащих, представляющих сведения о доходах. Разбор типичных ошибок, ответы на вопросы.",
                null,
                null,
                List.of(region),
                AUTHOR);
        training.session(
                conference,
                LocalDate.now(zone).plusDays(10).atTime(10, 0),
                120,
                "Зал заседаний Правительства",
                "https://vks.example.ru/probity",
                AUTHOR);
        long onboarding = training.event(
                kaluga,
                EventKind.COURSE,
                "Антикоррупционный минимум для вновь назначенных",
                "Обязательный курс: ограничения и запреты, уведомления, конфликт интересов, подарки,"
                        + " сведения о доходах.",
                60,
                30,
                List.of(kaluga),
                AUTHOR);
        for (int days : new int[] {14, 21}) {
            training.session(
                    onboarding,
                    LocalDate.now(zone).plusDays(days).atTime(14, 0),
                    90,
                    "Управление кадров, каб. 305",
                    null,
                    AUTHOR);
        }
    }

    /** How many of the staff of УГХ and of Kaluga's Управа have taken the region's annual test. */
    static final int EXAMINEES = 20;

    /**
     * The region's annual knowledge test from the starter bank, assigned to Kaluga and Obninsk two
     * weeks ago, and the attempts of the staff of УГХ and the Управа: each answers every question right with his own
     * chance, so some pass and some have a second attempt left. Through the training module's
     * services, as the examinees would.
     */
    static void exam(QuestionBank bank, Exams exams, DemoLookupStore lookup, LocalDate today) {
        var region = lookup.officer("region.admin");
        var kaluga = lookup.organization(DemoRegionGenerator.KALUGA);
        var obninsk = lookup.organization(DemoRegionGenerator.OBNINSK);
        var ugh = lookup.organization(DemoRegionGenerator.UGH);
        var uprava = lookup.organization(DemoRegionGenerator.UPRAVA);
        if (region.isEmpty() || kaluga.isEmpty() || obninsk.isEmpty() || ugh.isEmpty() || uprava.isEmpty()) {
            return;
        }
        bank.importStarter(region.get());
        List<Exams.Part> parts = bank.categories(region.get()).stream()
                .filter(c -> c.questions() > 0)
                .map(c -> new Exams.Part(c.id(), Math.min(2, c.questions())))
                .toList();
        long test = exams.create(
                region.get(),
                "Ежегодное тестирование знания антикоррупционного законодательства",
                30,
                70,
                2,
                today.minusDays(14),
                today.plusDays(16),
                true,
                parts);
        exams.assign(region.get(), test, List.of(kaluga.get(), obninsk.get()));

        Random random = new Random(DemoRegionGenerator.DEFAULT_SEED);
        List<CurrentUser> examinees = new ArrayList<>();
        for (long organization : List.of(ugh.get(), uprava.get())) {
            for (DemoLookupStore.Person person : lookup.staffWithoutAccounts(organization)) {
                if (examinees.size() < EXAMINEES) {
                    examinees.add(
                            new CurrentUser(-person.id(), "", person.name(), Role.EMPLOYEE, organization, person.id()));
                }
            }
        }
        for (CurrentUser examinee : examinees) {
            double chance = 0.5 + random.nextDouble() / 2;
            long attempt = exams.start(examinee, test);
            Exams.Sheet sheet = exams.sheet(examinee, attempt);
            for (Exams.Shown shown : sheet.questions()) {
                Scoring.Answer answer =
                        random.nextDouble() < chance ? right(shown.question()) : wrong(shown.question());
                if (answer != null) {
                    exams.save(attempt, sheet.answerKey().toString(), shown.position(), answer);
                }
            }
            exams.finish(examinee, attempt);
        }
    }

    /** The right answer to the question, in its own option order. */
    private static Scoring.Answer right(Question q) {
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

    /** A wrong answer where one can be given by choosing (a wrong option), none otherwise. */
    private static Scoring.Answer wrong(Question q) {
        if (q.kind() == Question.Kind.SINGLE || q.kind() == Question.Kind.MULTIPLE) {
            for (int i = 0; i < q.options().size(); i++) {
                if (!q.options().get(i).right()) {
                    return Scoring.Answer.choice(Set.of(i));
                }
            }
        }
        return null;
    }
}
