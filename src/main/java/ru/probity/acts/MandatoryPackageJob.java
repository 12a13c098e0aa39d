package ru.probity.acts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Asks newly hired or appointed employees for the mandatory package, on one instance at a time. */
@Component
class MandatoryPackageJob {

    private static final Logger log = LoggerFactory.getLogger(MandatoryPackageJob.class);
    private static final long LOCK = 0x41435453L; // "ACTS"

    private final Distributions distributions;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    MandatoryPackageJob(Distributions distributions, TransactionTemplate transaction, JdbcClient jdbc) {
        this.distributions = distributions;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${probity.acts.newcomers-interval:PT10M}", initialDelayString = "PT1M")
    void run() {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("select pg_try_advisory_xact_lock(?)")
                    .param(LOCK)
                    .query(Boolean.class)
                    .single()) {
                int asked = distributions.askNewcomers();
                if (asked > 0) {
                    log.info("Asked {} newly appointed employees for the mandatory package", asked);
                }
            }
        });
    }
}
