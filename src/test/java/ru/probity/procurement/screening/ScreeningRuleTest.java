package ru.probity.procurement.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.probity.org.EmployeeCategory;

class ScreeningRuleTest {

    private static final String COMPANY = "ООО \"АПТРЕЙД\"";

    @Test
    void aMunicipalServantBreaksTheBanOf25FZ() {
        assertThat(ScreeningRule.of(EmployeeCategory.MUNICIPAL_SERVANT, Tie.ENTREPRENEUR, "ИВАНОВ ИВАН"))
                .isEqualTo(ScreeningRule.MUNICIPAL_SERVICE);
        assertThat(ScreeningRule.of(EmployeeCategory.MUNICIPAL_SERVANT, Tie.FOUNDER, COMPANY))
                .isEqualTo(ScreeningRule.MUNICIPAL_SERVICE);
        assertThat(ScreeningRule.MUNICIPAL_SERVICE.violation()).isTrue();
    }

    @Test
    void aRegionalCivilServantBreaksTheBanOf79FZNotOf25FZ() {
        assertThat(ScreeningRule.of(EmployeeCategory.REGIONAL_CIVIL_SERVANT, Tie.DIRECTOR, COMPANY))
                .isEqualTo(ScreeningRule.CIVIL_SERVICE);
        assertThat(ScreeningRule.CIVIL_SERVICE.violation()).isTrue();
    }

    @Test
    void personsHoldingMunicipalOrStatePostsBreakTheBanOf273FZArticle12_1() {
        assertThat(ScreeningRule.of(EmployeeCategory.MUNICIPAL_POST, Tie.DIRECTOR, COMPANY))
                .isEqualTo(ScreeningRule.PUBLIC_POST);
        assertThat(ScreeningRule.of(EmployeeCategory.REGIONAL_POST, Tie.ENTREPRENEUR, "ПЕТРОВ"))
                .isEqualTo(ScreeningRule.PUBLIC_POST);
        assertThat(ScreeningRule.PUBLIC_POST.violation()).isTrue();
    }

    @Test
    void institutionHeadsOtherStaffAndUnknownCategoriesAreForInformationOnly() {
        assertThat(ScreeningRule.of(EmployeeCategory.INSTITUTION_HEAD, Tie.DIRECTOR, COMPANY))
                .isEqualTo(ScreeningRule.INSTITUTION_HEAD);
        assertThat(ScreeningRule.of(EmployeeCategory.OTHER, Tie.ENTREPRENEUR, "ПЕТРОВ"))
                .isEqualTo(ScreeningRule.NONE);
        assertThat(ScreeningRule.of(null, Tie.FOUNDER, COMPANY)).isEqualTo(ScreeningRule.CATEGORY_UNKNOWN);
        assertThat(ScreeningRule.INSTITUTION_HEAD.violation()).isFalse();
        assertThat(ScreeningRule.NONE.violation()).isFalse();
        assertThat(ScreeningRule.CATEGORY_UNKNOWN.violation()).isFalse();
    }

    @Test
    void aNonProfitsManagementIsForInformationEvenForAServant() {
        assertThat(ScreeningRule.of(
                        EmployeeCategory.MUNICIPAL_SERVANT,
                        Tie.BOARD_MEMBER,
                        "АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ \"РАЗВИТИЕ\""))
                .isEqualTo(ScreeningRule.NON_PROFIT);
        assertThat(ScreeningRule.of(EmployeeCategory.MUNICIPAL_SERVANT, Tie.DIRECTOR, "ТСЖ \"ЛЕСНОЕ\""))
                .isEqualTo(ScreeningRule.NON_PROFIT);
        assertThat(ScreeningRule.nonProfit("ООО \"ФОНДОВЫЙ ДОМ\"")).isFalse();
        assertThat(ScreeningRule.nonProfit(COMPANY)).isFalse();
        // an entrepreneur's own name is never a non-profit
        assertThat(ScreeningRule.of(EmployeeCategory.MUNICIPAL_SERVANT, Tie.ENTREPRENEUR, "СОЮЗОВ ИВАН"))
                .isEqualTo(ScreeningRule.MUNICIPAL_SERVICE);
    }
}
