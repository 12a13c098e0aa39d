package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The region's time zone is read from the same sources, in the same order, by {@code main()} (for
 * the JVM's default zone) and by Spring (for the bean and Jackson): arguments, system property,
 * environment, the default.
 */
class RegionTimeTest {

    private static final UnaryOperator<String> NOTHING = name -> null;
    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");

    @Test
    void mainReadsTheArgumentThenTheSystemPropertyThenTheEnvironmentThenTheDefault() {
        UnaryOperator<String> property = Map.of("probity.time-zone", "Asia/Vladivostok")::get;
        UnaryOperator<String> environment = Map.of("PROBITY_TIME_ZONE", "Asia/Yekaterinburg")::get;

        assertThat(RegionTime.resolve(new String[0], NOTHING, NOTHING)).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(RegionTime.resolve(new String[0], NOTHING, environment)).isEqualTo(YEKATERINBURG);
        assertThat(RegionTime.resolve(new String[0], property, environment)).isEqualTo(ZoneId.of("Asia/Vladivostok"));
        assertThat(RegionTime.resolve(
                        new String[] {"--demo", "--probity.time-zone=Europe/Kaliningrad"}, property, environment))
                .isEqualTo(ZoneId.of("Europe/Kaliningrad"));
        // blank values count as not set
        assertThat(RegionTime.resolve(new String[0], name -> " ", environment)).isEqualTo(YEKATERINBURG);
        assertThat(RegionTime.resolve(null, NOTHING, name -> "")).isEqualTo(ZoneId.of(RegionTime.DEFAULT));
    }

    @Test
    void anUnknownZoneIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> RegionTime.resolve(new String[0], NOTHING, name -> "Asia/Atlantis"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Asia/Atlantis")
                .hasMessageContaining("probity.time-zone");
    }

    @Test
    void springsEnvironmentGivesTheSameSettingAsMain() throws IOException {
        StandardEnvironment environment = environment(Map.of("PROBITY_TIME_ZONE", "Asia/Yekaterinburg"), Map.of());
        assertThat(RegionTime.fromSettings(environment::getProperty)).isEqualTo(YEKATERINBURG);

        StandardEnvironment overridden = environment(
                Map.of("PROBITY_TIME_ZONE", "Asia/Yekaterinburg"), Map.of("probity.time-zone", "Asia/Omsk"));
        assertThat(RegionTime.fromSettings(overridden::getProperty)).isEqualTo(ZoneId.of("Asia/Omsk"));

        StandardEnvironment unset = environment(Map.of(), Map.of());
        assertThat(RegionTime.fromSettings(unset::getProperty)).isEqualTo(ZoneId.of(RegionTime.DEFAULT));
    }

    @Test
    void convertsInstantsToTheRegionsWallClockAndBack() {
        RegionTime region = new RegionTime(YEKATERINBURG);
        Instant instant = Instant.parse("2026-12-31T19:30:00Z");
        assertThat(region.local(instant)).isEqualTo(LocalDateTime.parse("2027-01-01T00:30:00"));
        assertThat(region.at(instant).toLocalDate()).isEqualTo(java.time.LocalDate.parse("2027-01-01"));
        assertThat(region.instant(LocalDateTime.parse("2027-01-01T00:30:00"))).isEqualTo(instant);
        assertThat(region.id()).isEqualTo("Asia/Yekaterinburg");
    }

    /** The product's application.properties over a given environment and system properties only. */
    private static StandardEnvironment environment(Map<String, Object> variables, Map<String, Object> properties)
            throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.replace(
                StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, properties));
        sources.replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        sources.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
