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
    void theMunicipalActMayGiveThePresidingMemberTheCastingVote() {
        assertThat(bind(Map.of("probity.commission.casting-vote", "true")).castingVote())
                .isTrue();
    }
}
