package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Procedure;

class ShortSubmissionPeriodTest {

    private static LocalDateTime at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0);
    }

    @Test
    void firesOnAnAuctionOfFiveDaysWhereTheLawAsksSeven() {
        Dataset data = Dataset.builder()
                .notice(notice(
                        "P1", Procedure.ELECTRONIC_AUCTION, "1000000", at(2024, 2, 1), at(2024, 2, 6), List.of()))
                .contract(contract("C1", "P1", "4027111111", "990000"))
                .build();

        assertThat(run(new ShortSubmissionPeriod(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isEqualTo(5);
            assertThat(flag.threshold()).isEqualTo(7);
            assertThat(flag.explanation())
                    .contains(
                            "электронный аукцион",
                            "01.02.2024",
                            "06.02.2024",
                            "5 дн.",
                            "минимуме 7 дн.",
                            "ст.42 ч.3 п.2");
        });
    }

    @Test
    void firesOnAQuotationRequestOfOneWorkingDay() {
        Dataset data = Dataset.builder()
                .notice(notice("P1", Procedure.QUOTATION_REQUEST, "400000", at(2023, 3, 3), at(2023, 3, 6), List.of()))
                .contract(contract("C1", "P1", "4027111111", "390000"))
                .build();

        assertThat(run(new ShortSubmissionPeriod(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isEqualTo(1);
            assertThat(flag.threshold()).isEqualTo(3);
            assertThat(flag.explanation()).contains("запрос котировок", "1 рабочих дн.");
        });
    }

    @Test
    void silentOnSevenDaysAndWhenAChangeOfTheNoticeExtendedTheDeadline() {
        Notice change = new Notice(
                "P2",
                "fcsNotificationEFDateChange",
                "8.1",
                null,
                null,
                null,
                null,
                at(2024, 2, 3),
                at(2024, 2, 9),
                null,
                null,
                List.of(),
                null);
        Dataset data = Dataset.builder()
                .notice(notice(
                        "P1", Procedure.ELECTRONIC_AUCTION, "1000000", at(2024, 2, 1), at(2024, 2, 8), List.of()))
                .contract(contract("C1", "P1", "4027111111", "990000"))
                .notice(notice(
                        "P2", Procedure.ELECTRONIC_AUCTION, "1000000", at(2024, 2, 1), at(2024, 2, 5), List.of()))
                .notice(change)
                .contract(contract("C2", "P2", "4027111111", "990000"))
                .build();

        assertThat(run(new ShortSubmissionPeriod(), data)).isEmpty();
    }

    @Test
    void aConstructionAuctionOfHalfABillionNeedsSevenDaysAnotherAuctionFifteen() {
        Dataset data = Dataset.builder()
                .notice(notice(
                        "P1",
                        Procedure.ELECTRONIC_AUCTION,
                        "500000000",
                        at(2020, 6, 1),
                        at(2020, 6, 9),
                        List.of("41.20.40.000")))
                .contract(contract("C1", "P1", "4027111111", "490000000"))
                .notice(notice(
                        "P2",
                        Procedure.ELECTRONIC_AUCTION,
                        "500000000",
                        at(2020, 6, 1),
                        at(2020, 6, 9),
                        List.of("26.20.11.110")))
                .contract(contract("C2", "P2", "4027111111", "490000000"))
                .build();

        assertThat(run(new ShortSubmissionPeriod(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.contract()).isEqualTo("C2");
            assertThat(flag.threshold()).isEqualTo(15);
        });
    }

    @Test
    void theTableFollowsTheEditionsOfTheLaw() {
        assertThat(SubmissionPeriods.minimum(
                                Procedure.ELECTRONIC_AUCTION,
                                LocalDate.of(2017, 5, 1),
                                new BigDecimal("5000000"),
                                false)
                        .days())
                .isEqualTo(15);
        assertThat(SubmissionPeriods.minimum(
                                Procedure.ELECTRONIC_AUCTION,
                                LocalDate.of(2020, 5, 1),
                                new BigDecimal("5000000"),
                                false)
                        .days())
                .isEqualTo(7);
        assertThat(SubmissionPeriods.minimum(Procedure.OPEN_TENDER, LocalDate.of(2015, 5, 1), null, false)
                        .days())
                .isEqualTo(20);
        assertThat(SubmissionPeriods.minimum(Procedure.QUOTATION_REQUEST, LocalDate.of(2016, 5, 1), null, false))
                .satisfies(row -> {
                    assertThat(row.days()).isEqualTo(7);
                    assertThat(row.workingDays()).isTrue();
                    assertThat(row.source()).contains("ст.74");
                });
        assertThat(SubmissionPeriods.minimum(Procedure.PROPOSAL_REQUEST, LocalDate.of(2023, 5, 1), null, false))
                .isNull();
        assertThat(SubmissionPeriods.minimum(Procedure.SINGLE_SUPPLIER, LocalDate.of(2023, 5, 1), null, false))
                .isNull();
        assertThat(SubmissionPeriods.ROWS)
                .allSatisfy(row -> assertThat(row.source()).startsWith("44-ФЗ ст."));
    }
}
