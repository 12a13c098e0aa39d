package ru.probity.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events between modules whose listener failed or never ran (an instance stopped
 * in between): every {@code probity.events.retry-interval} (10 minutes), one instance of a cluster
 * resubmits the publications older than {@code probity.events.retry-after} (5 minutes). The
 * listeners are idempotent (a case is opened once per source), so a second delivery does no harm.
 */
@Component
class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);
    private static final long LOCK = 0x45565254L; // "EVRT"

    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final SingleInstance singleInstance;
    private final Duration after;

    EventRetries(
            ObjectProvider<IncompleteEventPublications> incomplete,
            SingleInstance singleInstance,
            ProbityProperties properties) {
        this.incomplete = incomplete;
        this.singleInstance = singleInstance;
        this.after = properties.events().retryAfter();
    }

    @Scheduled(fixedDelayString = "${probity.events.retry-interval:PT10M}", initialDelayString = "PT2M")
    void scheduled() {
        IncompleteEventPublications publications = incomplete.getIfAvailable();
        if (publications == null) {
            return;
        }
        singleInstance.run(LOCK, () -> {
            try {
                publications.resubmitIncompletePublicationsOlderThan(after);
            } catch (RuntimeException e) {
                log.warn("Resubmission of incomplete event publications failed: {}", e.getMessage());
            }
        });
    }
}
