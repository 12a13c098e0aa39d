package ru.probity.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrols the newly appointed into the mandatory onboarding events of their audience, on one
 * instance of a cluster at a time (a transaction-scoped PostgreSQL advisory lock); idempotent.
 */
@Component
class OnboardingJob {

    private static final Logger log = LoggerFactory.getLogger(OnboardingJob.class);
    private static final long LOCK = 0x54524E47L; // "TRNG"

    private final TrainingEvents events;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    OnboardingJob(TrainingEvents events, TransactionTemplate transaction, JdbcClient jdbc) {
        this.events = events;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${probity.training.onboarding-interval:PT10M}", initialDelayString = "PT1M")
    void run() {
        Integer enrolled = transaction.execute(status -> jdbc.sql("select pg_try_advisory_xact_lock(?)")
                        .param(LOCK)
                        .query(Boolean.class)
                        .single()
                ? events.enrolNewcomers()
                : 0);
        if (enrolled != null && enrolled > 0) {
            log.info("Enrolled {} newly appointed employees into mandatory onboarding events", enrolled);
        }
    }
}
