package ru.probity.platform;

import java.time.ZoneId;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The region's time zone as a bean, resolved by {@link RegionTime} from the same sources as {@code
 * main()} (arguments and system properties {@code probity.time-zone}, the environment's {@code
 * PROBITY_TIME_ZONE}, else the default), and the JSON of the API following it.
 */
@Configuration(proxyBeanMethods = false)
class RegionTimeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RegionTimeConfiguration.class);

    @Bean
    RegionTime regionTime(Environment environment) {
        ZoneId zone = RegionTime.fromSettings(environment::getProperty);
        if (!zone.equals(ZoneId.systemDefault())) {
            // main() sets the JVM's default from the same sources; a difference means Probity was not
            // started through its main class (tests) or the zone was set where main() does not look
            log.warn(
                    "The JVM's default time zone {} differs from {}={}: pages that format instants"
                            + " follow the JVM's default",
                    ZoneId.systemDefault().getId(),
                    RegionTime.PROPERTY,
                    zone.getId());
        }
        return new RegionTime(zone);
    }

    @Bean
    JsonMapperBuilderCustomizer regionTimeInJson(RegionTime region) {
        return builder -> builder.defaultTimeZone(TimeZone.getTimeZone(region.zone()));
    }
}
