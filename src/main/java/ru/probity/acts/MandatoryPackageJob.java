package ru.probity.acts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.SingleInstance;

/** Asks newly hired or appointed employees for the mandatory package, on one instance at a time. */
@Component
class MandatoryPackageJob {

    private static final Logger log = LoggerFactory.getLogger(MandatoryPackageJob.class);
    private static final long LOCK = 0x41435453L; // "ACTS"

    private final Distributions distributions;
    private final SingleInstance singleInstance;

    MandatoryPackageJob(Distributions distributions, SingleInstance singleInstance) {
        this.distributions = distributions;
        this.singleInstance = singleInstance;
    }

    @Scheduled(fixedDelayString = "${probity.acts.newcomers-interval:PT10M}", initialDelayString = "PT1M")
    void run() {
        int asked = singleInstance.call(LOCK, distributions::askNewcomers).orElse(0);
        if (asked > 0) {
            log.info("Asked {} newly appointed employees for the mandatory package", asked);
        }
    }
}
