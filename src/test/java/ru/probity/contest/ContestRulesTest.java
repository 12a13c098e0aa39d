package ru.probity.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.probity.contest.model.ApplicationStatus;
import ru.probity.contest.model.ContestStatus;
import ru.probity.contest.model.JurorTies;
import ru.probity.contest.model.Participant;
import ru.probity.contest.model.Ranking;
import ru.probity.contest.model.Scoring;
import ru.probity.contest.model.WorkKind;
import ru.probity.platform.Refusal;

/** The pure rules of the contests: ranking with shared places, ages and consent, scores, ties, links, lifecycle. */
class ContestRulesTest {

    private static Ranking.Work work(long id, long nomination, long group, Integer... totals) {
        return new Ranking.Work(id, nomination, group, List.of(totals));
    }

    @Test
    void theMeanOfTheJurorsTotalsRanksEachNominationAndAgeGroupApartAndTiesShareAPlace() {
        List<Ranking.Result> results = Ranking.rank(List.of(
                work(1, 10, 1, 27, 25, 26), // 26.00
                work(2, 10, 1, 28, 24), // 26.00: shares the first place
                work(3, 10, 1, 20, 21), // 20.50: third, not second
                work(4, 10, 1), // no complete score: no place
                work(5, 10, 2, 10), // another age group: first there
                work(6, 11, 1, 5, 6))); // another nomination: first there
        assertThat(results).extracting(Ranking.Result::place).containsExactly(1, 1, 3, null, 1, 1);
        assertThat(results.get(0).mean()).isEqualByComparingTo(new BigDecimal("26.00"));
        assertThat(results.get(2).mean()).isEqualByComparingTo(new BigDecimal("20.50"));
        assertThat(results.get(3).mean()).isNull();
        assertThat(results.get(3).jurors()).isZero();
        assertThat(results.get(2).winner()).isTrue();
    }

    @Test
    void meansAreComparedRoundedToHundredths() {
        // 10/3 = 3.333… and 10/3 again: equal; 3.34 is higher
        List<Ranking.Result> results = Ranking.rank(
                List.of(work(1, 1, 1, 3, 3, 4), work(2, 1, 1, 4, 3, 3), work(3, 1, 1, 4, 3, 3, 4, 3, 3, 4)));
        assertThat(results)
                .extracting(Ranking.Result::mean)
                .containsExactly(new BigDecimal("3.33"), new BigDecimal("3.33"), new BigDecimal("3.43"));
        assertThat(results).extracting(Ranking.Result::place).containsExactly(2, 2, 1);
        assertThat(Ranking.rank(List.of(work(1, 1, 1, 1), work(2, 1, 1, 1), work(3, 1, 1, 1), work(4, 1, 1, 0))))
                .extracting(Ranking.Result::place, Ranking.Result::winner)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, true),
                        org.assertj.core.groups.Tuple.tuple(1, true),
                        org.assertj.core.groups.Tuple.tuple(1, true),
                        org.assertj.core.groups.Tuple.tuple(4, false));
    }

    @Test
    void theAgeOnTheDayOfTheApplicationGivesTheGroupAndAMinorNeedsConsent() {
        var groups = List.of(new Participant.AgeGroup(1, 14, 17), new Participant.AgeGroup(2, 18, 25));
        LocalDate on = LocalDate.of(2026, 12, 7);
        assertThat(Participant.group(groups, LocalDate.of(2008, 12, 8), on))
                .map(Participant.AgeGroup::id)
                .contains(1L);
        assertThat(Participant.minor(LocalDate.of(2008, 12, 8), on)).isTrue(); // 18 tomorrow
        assertThat(Participant.group(groups, LocalDate.of(2008, 12, 7), on))
                .map(Participant.AgeGroup::id)
                .contains(2L);
        assertThat(Participant.minor(LocalDate.of(2008, 12, 7), on)).isFalse(); // 18 today
        assertThat(Participant.group(groups, LocalDate.of(2013, 1, 1), on)).isEmpty(); // 13
        assertThat(Participant.group(groups, LocalDate.of(2000, 1, 1), on)).isEmpty(); // 26
    }

    @Test
    void everyCriterionIsScoredWithinItsRange() {
        var criteria = List.of(new Scoring.Criterion(1, "Тема", 10), new Scoring.Criterion(2, "Оригинальность", 5));
        assertThat(Scoring.check(criteria, Map.of(1L, "10", 2L, " 0 ")))
                .containsEntry(1L, 10)
                .containsEntry(2L, 0);
        assertThatThrownBy(() -> Scoring.check(criteria, Map.of(1L, "11", 2L, "-1")))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).fields()).containsOnlyKeys("score-1", "score-2"));
        assertThatThrownBy(() -> Scoring.check(criteria, Map.of(1L, "5"))).isInstanceOf(Refusal.class);
        assertThat(Scoring.total(criteria, Map.of(1L, 7, 2L, 3))).isEqualTo(10);
        assertThat(Scoring.total(criteria, Map.of(1L, 7))).isNull();
    }

    @Test
    void aRelativeFromTheRegistryIsATieButASharedSurnameIsNot() {
        var self = new JurorTies.Person("Орлов", "Пётр", "Ильич", LocalDate.of(1975, 3, 1));
        var son = new JurorTies.Relative(
                new JurorTies.Person("Орлов", "Глеб", "Петрович", LocalDate.of(2010, 5, 5)), "CHILD");
        var wife = new JurorTies.Relative(new JurorTies.Person("Орлова", "Анна", "Сергеевна", null), "SPOUSE");
        var relatives = List.of(son, wife);

        // the son himself (ё and case do not matter)
        assertThat(JurorTies.find(
                        self,
                        relatives,
                        new JurorTies.Person("орлов", "Глеб", "Петрович", LocalDate.of(2010, 5, 5)),
                        null))
                .map(JurorTies.Tie::reasonKey)
                .contains("contest.tie.participant");
        // a namesake born on another day is somebody else
        assertThat(JurorTies.find(
                        self,
                        relatives,
                        new JurorTies.Person("Орлов", "Глеб", "Петрович", LocalDate.of(2011, 5, 5)),
                        "Иванова Мария Петровна"))
                .isEmpty();
        // the same surname only: no tie
        assertThat(JurorTies.find(
                        self,
                        relatives,
                        new JurorTies.Person("Орлова", "Варвара", "Денисовна", LocalDate.of(2010, 1, 1)),
                        "Орлова Ольга Викторовна"))
                .isEmpty();
        // the parent named is the juror's wife
        assertThat(JurorTies.find(
                        self,
                        relatives,
                        new JurorTies.Person("Орлова", "Варвара", "Петровна", LocalDate.of(2010, 1, 1)),
                        "Орлова  Анна Сергеевна"))
                .map(JurorTies.Tie::reasonKey)
                .contains("contest.tie.parent");
        // a patronymic missing on one side does not tell two people apart (Hole57)
        var daughter = new JurorTies.Relative(new JurorTies.Person("Орлова", "Мила", null, null), "CHILD");
        assertThat(JurorTies.find(
                        self,
                        List.of(daughter, wife),
                        new JurorTies.Person("Орлова", "Мила", "Петровна", LocalDate.of(2012, 2, 2)),
                        null))
                .map(JurorTies.Tie::reasonKey)
                .contains("contest.tie.participant");
        assertThat(JurorTies.find(
                        self,
                        relatives,
                        new JurorTies.Person("Ёлкина", "Вера", null, LocalDate.of(2012, 2, 2)),
                        "ОРЛОВА анна"))
                .map(JurorTies.Tie::reasonKey)
                .contains("contest.tie.parent");
        assertThat(JurorTies.find(
                        self,
                        relatives,
                        new JurorTies.Person("Ёлкина", "Вера", null, LocalDate.of(2012, 2, 2)),
                        "Орлова Анна Ивановна"))
                .isEmpty();
        // the parent named is the juror himself
        assertThat(JurorTies.find(
                        self,
                        List.of(),
                        new JurorTies.Person("Орлов", "Лев", "Петрович", LocalDate.of(2010, 1, 1)),
                        "Орлов Петр Ильич"))
                .map(JurorTies.Tie::reasonKey)
                .contains("contest.tie.self");
        // a juror without a card has no known ties
        assertThat(JurorTies.find(
                        null, List.of(), new JurorTies.Person("Орлов", "Глеб", "Петрович", null), "Орлов Пётр Ильич"))
                .isEmpty();
    }

    @Test
    void aVideoIsAnHttpsLinkAndFilesMapToKinds() {
        assertThat(WorkKind.videoLink(" https://rutube.ru/video/abc/ ")).isEqualTo("https://rutube.ru/video/abc/");
        assertThat(WorkKind.videoLink("")).isNull();
        for (String bad : List.of(
                "http://rutube.ru/v",
                "javascript:alert(1)",
                "https://localhost/x",
                "https://user:pw@vk.com/v",
                "rutube.ru/v")) {
            assertThatThrownBy(() -> WorkKind.videoLink(bad)).as(bad).isInstanceOf(Refusal.class);
        }
        assertThat(WorkKind.ofFileType("PNG")).isEqualTo(WorkKind.IMAGE);
        assertThat(WorkKind.ofFileType("TXT")).isNull();
        assertThat(WorkKind.parse("IMAGE, pdf")).containsExactlyInAnyOrder(WorkKind.IMAGE, WorkKind.PDF);
        assertThatThrownBy(() -> WorkKind.parse("EXE")).isInstanceOf(Refusal.class);
    }

    @Test
    void theLifecycleGoesOneStepAtATime() {
        assertThat(ContestStatus.DRAFT.canMoveTo(ContestStatus.ANNOUNCED)).isTrue();
        assertThat(ContestStatus.DRAFT.canMoveTo(ContestStatus.JUDGING_CLOSED)).isFalse();
        assertThat(ContestStatus.ANNOUNCED.canMoveTo(ContestStatus.JUDGING_CLOSED))
                .isTrue();
        assertThat(ContestStatus.JUDGING_CLOSED.canMoveTo(ContestStatus.ANNOUNCED))
                .isFalse();
        assertThat(ContestStatus.ANNOUNCED.scoresOpen()).isFalse();
        assertThat(ContestStatus.JUDGING_CLOSED.scoresOpen()).isTrue();
        LocalDate d = LocalDate.of(2026, 12, 7);
        assertThat(ContestStatus.ANNOUNCED.acceptsApplications(d, d, d)).isTrue();
        assertThat(ContestStatus.ANNOUNCED.acceptsApplications(d, d.plusDays(1), d.plusDays(2)))
                .isFalse();
        assertThat(ContestStatus.DRAFT.acceptsApplications(d, d, d)).isFalse();
        assertThat(ApplicationStatus.SUBMITTED.canMoveTo(ApplicationStatus.ADMITTED))
                .isTrue();
        assertThat(ApplicationStatus.ADMITTED.canMoveTo(ApplicationStatus.REJECTED))
                .isFalse();
    }
}
