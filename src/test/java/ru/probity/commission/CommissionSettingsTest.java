package ru.probity.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The commission's settings default to the federal model (docs/legal-rules.md C10). */
class CommissionSettingsTest {

    private static CommissionSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("probity.commission", CommissionSettings.class);
    }

    @Test
    void withoutAMunicipalActATieFailsAndCasesWaitTwentyDays() {
        CommissionSettings settings = bind(Map.of());
        assertThat(settings.castingVote()).isFalse();
        assertThat(settings.considerWithinDays()).isEqualTo(20);
    }

    @Test
    void theMunicipalTermsDefaultToTheFederalModel() {
        CommissionSettings settings = bind(Map.of());
        assertThat(settings.scheduleWithinDays()).isEqualTo(10);
        assertThat(settings.consentWithinDays()).isEqualTo(7);
        assertThat(settings.considerWithinDays(CaseKind.FORMER_OFFICIAL_CONSENT))
                .isEqualTo(7);
        assertThat(settings.considerWithinDays(CaseKind.PERSONAL_INTEREST)).isEqualTo(20);
        assertThat(settings.consentNoticeWorkingDays()).isEqualTo(1);
        assertThat(settings.minutesToHeadDays()).isEqualTo(7);
        assertThat(settings.headAnswerMonths()).isEqualTo(1);
        assertThat(settings.lawEnforcementDays()).isEqualTo(3);
        assertThat(settings.registerWorkingDays()).isEqualTo(10);
        assertThat(settings).isEqualTo(CommissionSettings.FEDERAL);
    }

    @Test
    void theMunicipalActSetsItsOwnTerms() {
        CommissionSettings settings = bind(
                Map.of("probity.commission.schedule-within-days", "5", "probity.commission.minutes-to-head-days", "3"));
        assertThat(settings.scheduleWithinDays()).isEqualTo(5);
        assertThat(settings.minutesToHeadDays()).isEqualTo(3);
    }

    @Test
    void theMunicipalActMayGiveThePresidingMemberTheCastingVote() {
        assertThat(bind(Map.of("probity.commission.casting-vote", "true")).castingVote())
                .isTrue();
    }
}
