package ru.probity.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.web.context.WebApplicationContext;

/**
 * Warms a document engine (POI, PDFBox and their fonts) off the request path once the web
 * application is ready, so that the first download of a DOCX, PDF or XLSX does not pay for loading
 * and compiling the engine's classes: issue 16, item 10 (the first acknowledgement sheet took 3.2 s
 * as DOCX and 1.8 s as PDF, the first people export 2.5 s; docs/benchmarks.md, «First documents»).
 *
 * <p>The work runs on a daemon thread of low priority, so it never holds the start or the exit; a
 * failure is logged and otherwise ignored: the real download would then pay the cost, nothing else.
 * The jar's batch commands (no web application) skip it.
 */
public final class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    /** A tiny generation of a document into nowhere. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private WarmUp() {}

    /** Runs the work in the background when the event is a web application's start. */
    public static void inBackground(ApplicationReadyEvent event, String what, Work work) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
            return;
        }
        Thread thread = Thread.ofPlatform()
                .name("warm-up-" + what)
                .daemon(true)
                .priority(Thread.MIN_PRIORITY)
                .unstarted(() -> run(what, work));
        thread.start();
    }

    static void run(String what, Work work) {
        long start = System.nanoTime();
        try {
            work.run();
            log.debug("Warmed {} in {}", what, Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception | LinkageError e) {
            log.warn("Warming {} failed (its first download will be slower): {}", what, e.toString());
        }
    }
}
