package ru.probity.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.SingleInstance;

/**
 * Enrols the newly appointed into the mandatory onboarding events of their audience, on one
 * instance of a cluster at a time (a transaction-scoped PostgreSQL advisory lock); idempotent.
 */
@Component
class OnboardingJob {

    private static final Logger log = LoggerFactory.getLogger(OnboardingJob.class);
    private static final long LOCK = 0x54524E47L; // "TRNG"

    private final Onboarding onboarding;
    private final SingleInstance singleInstance;

    OnboardingJob(Onboarding onboarding, SingleInstance singleInstance) {
        this.onboarding = onboarding;
        this.singleInstance = singleInstance;
    }

    @Scheduled(fixedDelayString = "${probity.training.onboarding-interval:PT10M}", initialDelayString = "PT1M")
    void run() {
        int enrolled = singleInstance.call(LOCK, onboarding::enrolNewcomers).orElse(0);
        if (enrolled > 0) {
            log.info("Enrolled {} newly appointed employees into mandatory onboarding events", enrolled);
        }
    }
}
