package ru.probity.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.platform.RegionTime;
import ru.probity.region.PeriodFigures;

/**
 * The testing figures of a reporting period (issue 20) equal the analysis of the tests: the
 * examinees assigned and those who passed in the period, of the organization's subtree, summed over
 * every test the officer sees (the demo's campaign).
 */
class TrainingPeriodFiguresTest extends IntegrationTest {

    @Autowired
    PeriodFigures periodFigures;

    @Autowired
    ExamAnalysis analysis;

    @Autowired
    Exams exams;

    @Autowired
    RegionTime regionTime;

    @Test
    void theAssignedAndPassedEqualTheAnalysisOfEveryTestSummed() {
        CurrentUser officer = ((CurrentUserHolder) users.loadUserByUsername("kaluga.officer")).currentUser();
        long kaluga = organizationId(KALUGA);
        LocalDate to = regionTime.today();
        LocalDate from = to.minusYears(3);
        Map<String, Long> f =
                periodFigures.figures(officer, Set.of(kaluga), from, to).get(kaluga);
        long assigned = 0;
        long passed = 0;
        for (Exams.Test test : exams.tests(officer)) {
            ExamAnalysis.ByOrganization total = analysis.analyse(officer, test.id(), new ExamAnalysis.Period(from, to))
                    .total();
            assigned += total.assigned();
            passed += total.passed();
        }
        assertThat(f.get("training.assigned")).isEqualTo(assigned).isPositive();
        assertThat(f.get("training.passed")).isEqualTo(passed);
    }
}
