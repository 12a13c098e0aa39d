package ru.probity.visits.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycles of a visit and a recommendation, and the default checklist shipped as a resource. */
class VisitRulesTest {

    @Test
    void aPlannedVisitIsHeldOrCancelledOnceAndStaysSo() {
        assertThat(VisitStatus.PLANNED.canMoveTo(VisitStatus.HELD)).isTrue();
        assertThat(VisitStatus.PLANNED.canMoveTo(VisitStatus.CANCELLED)).isTrue();
        assertThat(VisitStatus.HELD.canMoveTo(VisitStatus.CANCELLED)).isFalse();
        assertThat(VisitStatus.CANCELLED.canMoveTo(VisitStatus.HELD)).isFalse();
    }

    @Test
    void aReportIsAcceptedOrReturnedAndAReturnedOneIsReportedAgain() {
        assertThat(RecommendationStatus.OPEN.canMoveTo(RecommendationStatus.REPORTED))
                .isTrue();
        assertThat(RecommendationStatus.OPEN.canMoveTo(RecommendationStatus.ACCEPTED))
                .isFalse();
        assertThat(RecommendationStatus.REPORTED.canMoveTo(RecommendationStatus.ACCEPTED))
                .isTrue();
        assertThat(RecommendationStatus.REPORTED.canMoveTo(RecommendationStatus.RETURNED))
                .isTrue();
        assertThat(RecommendationStatus.RETURNED.canMoveTo(RecommendationStatus.REPORTED))
                .isTrue();
        assertThat(RecommendationStatus.ACCEPTED.canMoveTo(RecommendationStatus.RETURNED))
                .isFalse();
    }

    @Test
    void onlyARecommendationWaitingOnAReportAfterItsTermIsOverdue() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        LocalDate yesterday = today.minusDays(1);
        assertThat(RecommendationStatus.OPEN.overdue(yesterday, today)).isTrue();
        assertThat(RecommendationStatus.RETURNED.overdue(yesterday, today)).isTrue();
        assertThat(RecommendationStatus.OPEN.overdue(today, today)).isFalse();
        assertThat(RecommendationStatus.REPORTED.overdue(yesterday, today)).isFalse();
        assertThat(RecommendationStatus.ACCEPTED.overdue(yesterday, today)).isFalse();
    }

    @Test
    void theDefaultChecklistCoversTheTypicalChecksEachWithItsLegalBasis() {
        List<ChecklistText.Item> items = ChecklistText.defaults();
        assertThat(items).hasSizeGreaterThanOrEqualTo(15);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.section()).isNotBlank();
            assertThat(item.legalBasis()).isNotBlank();
        });
        String bases = String.join(
                " ", items.stream().map(ChecklistText.Item::legalBasis).toList());
        assertThat(bases)
                .contains("№530н", "Указ Президента РФ от 01.07.2010 №821", "273-ФЗ ст.9", "172-ФЗ", "273-ФЗ ст.8");
        assertThat(items.stream().map(ChecklistText.Item::section).distinct())
                .contains("Комиссия", "Сведения о доходах", "Уведомления", "Официальный сайт", "Обучение");
    }
}
