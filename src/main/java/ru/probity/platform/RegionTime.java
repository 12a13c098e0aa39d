package ru.probity.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.UnaryOperator;

/**
 * The region's time zone: every time a user sees — pages, documents, exports, statistics by day,
 * letters, the JSON of the API — is the region's local time, whatever the server's clock is set
 * to. One setting, {@code probity.time-zone} ({@code PROBITY_TIME_ZONE} in the environment,
 * {@value #DEFAULT} by default, as in {@code application.properties}).
 *
 * <p>It is read twice from the same sources, in the same order, by this class only: by
 * {@link #applyToJvm(String[])} in {@code main()} before Spring starts (the JVM's default zone is
 * what Thymeleaf's {@code #temporals}, {@code LocalDate.now()} and the JDBC driver's session time
 * zone follow), and by Spring as the bean of this class that the modules inject: SQL binds
 * {@link #id()} ({@code at time zone :zone}), Java code converts instants with {@link #zone()}.
 * Engines without Spring get the {@link ZoneId} as a parameter.
 */
public final class RegionTime {

    /** The setting's name. */
    public static final String PROPERTY = "probity.time-zone";

    /** The environment variable that sets it. */
    public static final String ENVIRONMENT = "PROBITY_TIME_ZONE";

    /** The zone when nothing is set: Moscow time (the demo region, Kaluga). */
    public static final String DEFAULT = "Europe/Moscow";

    private final ZoneId zone;

    public RegionTime(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The zone configured for this process: {@code --probity.time-zone=…} among the arguments, else
     * the system property {@code probity.time-zone}, else the environment variable
     * {@code PROBITY_TIME_ZONE}, else {@value #DEFAULT} — Spring's order of the same sources.
     *
     * @throws IllegalArgumentException when the configured value is no time zone
     */
    public static ZoneId configured(String[] args) {
        return resolve(args, System::getProperty, System::getenv);
    }

    /**
     * The zone from one source of settings that holds the property and the environment variable alike
     * (Spring's {@code Environment}: arguments, system properties, environment).
     */
    public static ZoneId fromSettings(UnaryOperator<String> settings) {
        return resolve(null, settings, settings);
    }

    /** {@link #configured(String[])} over given sources (the unit tests pass their own). */
    static ZoneId resolve(String[] args, UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        String value = null;
        String option = "--" + PROPERTY + "=";
        for (String arg : args == null ? new String[0] : args) {
            if (arg != null && arg.startsWith(option)) {
                value = arg.substring(option.length()); // the last one wins, as in Spring
            }
        }
        if (isBlank(value)) {
            value = systemProperties.apply(PROPERTY);
        }
        if (isBlank(value)) {
            value = environment.apply(ENVIRONMENT);
        }
        return parse(isBlank(value) ? DEFAULT : value);
    }

    /**
     * Sets the JVM's default time zone to the configured one; called by {@code main()} before
     * anything reads the clock.
     *
     * @return the zone set
     */
    public static ZoneId applyToJvm(String[] args) {
        ZoneId zone = configured(args);
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return zone;
    }

    /** A zone id as the setting holds it, e.g. {@code Asia/Yekaterinburg}. */
    public static ZoneId parse(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + id + "' in " + PROPERTY, e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The region's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The zone's id, to bind in SQL: {@code (t.at at time zone :zone)}. */
    public String id() {
        return zone.getId();
    }

    /** The region's date today. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The region's wall-clock time now. */
    public LocalDateTime now() {
        return LocalDateTime.now(zone);
    }

    /** An instant as the region's wall-clock time. */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** An instant in the region's zone. */
    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }

    /** The instant of a wall-clock time of the region. */
    public Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    @Override
    public String toString() {
        return zone.getId();
    }
}
