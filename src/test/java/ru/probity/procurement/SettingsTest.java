package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The documented names of procurement's settings, and their defaults. */
class SettingsTest {

    private static Binder binder(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties));
    }

    @Test
    void theDefaultsAreThreeYearsOfFormerTiesAndNoOfficialFeed() {
        Binder none = binder(Map.of());
        assertThat(none.bindOrCreate("probity.procurement", ProcurementSettings.class)
                        .formerTieYears())
                .isEqualTo(3);
        assertThat(none.bindOrCreate("probity.registers", RegisterSettings.class)
                        .officialFeeds())
                .isEmpty();
    }

    @Test
    void theSettingsAreReadByTheirDocumentedNames() {
        Binder set = binder(Map.of(
                "probity.procurement.former-tie-years", "5",
                "probity.registers.official-feed-accounts", " FNS.Feed , other,,"));
        assertThat(set.bindOrCreate("probity.procurement", ProcurementSettings.class)
                        .formerTieYears())
                .isEqualTo(5);
        assertThat(set.bindOrCreate("probity.registers", RegisterSettings.class).officialFeeds())
                .containsExactlyInAnyOrder("fns.feed", "other");
    }
}
