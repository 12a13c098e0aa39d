package ru.probity.redflags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.SingleInstance;

/**
 * Recomputes the red flags when the stored purchases (the facts' version) or the thresholds changed,
 * on one instance at a time.
 */
@Component
class RedFlagsJob {

    private static final Logger log = LoggerFactory.getLogger(RedFlagsJob.class);
    static final long LOCK = 0x5245444641L; // "REDFA"

    private final RedFlagsComputation computation;
    private final SingleInstance singleInstance;

    RedFlagsJob(RedFlagsComputation computation, SingleInstance singleInstance) {
        this.computation = computation;
        this.singleInstance = singleInstance;
    }

    @Scheduled(fixedDelayString = "${probity.redflags.interval:PT10M}", initialDelayString = "PT30S")
    void run() {
        singleInstance
                .call(LOCK, computation::recomputeIfChanged)
                .flatMap(run -> run)
                .ifPresent(run -> log.info("Red flags recomputed on version {}: {} flags", run.version(), run.flags()));
    }
}
