package ru.probity.platform;

import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The region's time zone as a bean, from the typed setting {@code probity.time-zone}. */
@Configuration(proxyBeanMethods = false)
class RegionTimeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RegionTimeConfiguration.class);

    @Bean
    RegionTime regionTime(ProbityProperties properties) {
        ZoneId zone = properties.timeZone();
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
}
