package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private static BigDecimal contractLimit(String point, String date) {
        return Limits.inForce(point, LocalDate.parse(date)).contract();
    }

    @Test
    void theContractLimitIsTheEditionInForceOnTheDate() {
        assertThat(contractLimit("4", "2013-06-01")).isEqualByComparingTo("100000");
        assertThat(contractLimit("4", "2019-06-30")).isEqualByComparingTo("100000");
        assertThat(contractLimit("4", "2019-07-01")).isEqualByComparingTo("300000");
        assertThat(contractLimit("4", "2021-12-31")).isEqualByComparingTo("300000");
        assertThat(contractLimit("4", "2022-01-01")).isEqualByComparingTo("600000");
        assertThat(contractLimit("4", "2026-12-07")).isEqualByComparingTo("600000");
        assertThat(contractLimit("5", "2015-03-01")).isEqualByComparingTo("400000");
        assertThat(contractLimit("5", "2020-03-01")).isEqualByComparingTo("600000");
        assertThat(Limits.inForce("25", LocalDate.parse("2020-03-01"))).isNull();
        assertThat(Limits.inForce("4", null)).isNull();
    }

    @Test
    void theAnnualCapIsTheShareUpToTheCeilingOrTheFixedAllowanceWhenHigher() {
        Limits.Row p4 = Limits.inForce("4", LocalDate.parse("2023-01-01"));
        assertThat(p4.annualCap(new BigDecimal("5000000"))).isEqualByComparingTo("2000000");
        assertThat(p4.annualCap(new BigDecimal("100000000"))).isEqualByComparingTo("10000000");
        assertThat(p4.annualCap(new BigDecimal("1000000000"))).isEqualByComparingTo("50000000");
        Limits.Row p4in2014 = Limits.inForce("4", LocalDate.parse("2014-03-01"));
        assertThat(p4in2014.annualCap(new BigDecimal("5000000"))).isEqualByComparingTo("250000");
        Limits.Row p5 = Limits.inForce("5", LocalDate.parse("2023-01-01"));
        assertThat(p5.annualCap(new BigDecimal("100000000"))).isEqualByComparingTo("30000000");
    }

    @Test
    void everyRowNamesItsSource() {
        assertThat(Limits.ROWS).allSatisfy(row -> assertThat(row.source()).contains("ФЗ"));
    }
}
