package ru.probity.reports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.sealing.Sealing;

/**
 * Limits per client, in memory only: the client's address is turned into a keyed hash that lives in
 * this map for the window and is never written anywhere. Submissions: a number per client and
 * window. Receipt look-ups (issue 14, item 7): every look-up costs a proof of work; a client's
 * failed look-ups are counted, and once they reach the limit each further look-up from that client
 * needs a harder proof of work (two more zero bits per failure, at most {@link #MAX_EXTRA_BITS} more).
 * Nothing is counted for everybody: other clients' failures never refuse or slow a look-up. Every
 * check-and-count is one atomic step on the client's entry ({@link ConcurrentHashMap#compute}), and a
 * look-up is counted before it runs, so concurrent guesses cannot slip past the limit. Per instance:
 * a cluster multiplies the limits.
 */
@Component
class ClientThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    /** The most the look-up's difficulty rises for one client: 2^8 times the work. */
    static final int MAX_EXTRA_BITS = 8;

    private final byte[] salt = Sealing.randomBytes(32);
    private final Map<String, Deque<Long>> submissions = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final int submissionsPerClient;
    private final int failuresPerClient;

    ClientThrottle(ReportSettings settings) {
        this.submissionsPerClient = settings.submissionsPerClient();
        this.failuresPerClient = settings.receiptFailuresPerClient();
    }

    String client(String remoteAddress) {
        return java.util.HexFormat.of()
                .formatHex(Sealing.hmac(salt, String.valueOf(remoteAddress).getBytes(StandardCharsets.UTF_8)));
    }

    /** Counts a submission; false when the client has sent too many in the window. */
    boolean trySubmit(String client) {
        boolean[] allowed = {false};
        submissions.compute(client, (k, times) -> {
            Deque<Long> d = times == null ? new ArrayDeque<>() : times;
            prune(d);
            if (d.size() < submissionsPerClient) {
                d.addLast(System.nanoTime());
                allowed[0] = true;
            }
            return d.isEmpty() ? null : d;
        });
        return allowed[0];
    }

    /** The extra zero bits a look-up from a client with this many failures needs. */
    int extraBits(int failed) {
        return failed < failuresPerClient ? 0 : Math.min(MAX_EXTRA_BITS, 2 * (failed - failuresPerClient + 1));
    }

    /** The extra zero bits the client's next look-up needs now. */
    int extraBits(String client) {
        int[] failed = {0};
        failures.computeIfPresent(client, (k, d) -> {
            prune(d);
            failed[0] = d.size();
            return d.isEmpty() ? null : d;
        });
        return extraBits(failed[0]);
    }

    /** A look-up let through and counted as a failure until {@link #found} says otherwise. */
    record LookUp(String client, long at) {}

    /**
     * Lets a look-up through if the work done ({@code extraBitsDone} above the base difficulty) is
     * enough for the client's failures so far, counting it at once; null if not.
     */
    LookUp tryLookUp(String client, int extraBitsDone) {
        long[] at = {0};
        boolean[] allowed = {false};
        failures.compute(client, (k, times) -> {
            Deque<Long> d = times == null ? new ArrayDeque<>() : times;
            prune(d);
            if (extraBitsDone >= extraBits(d.size())) {
                at[0] = System.nanoTime();
                d.addLast(at[0]);
                allowed[0] = true;
            }
            return d.isEmpty() ? null : d;
        });
        return allowed[0] ? new LookUp(client, at[0]) : null;
    }

    /** The look-up found its report: it is not a failure. */
    void found(LookUp lookUp) {
        failures.computeIfPresent(lookUp.client(), (k, d) -> {
            d.removeFirstOccurrence(lookUp.at());
            return d.isEmpty() ? null : d;
        });
    }

    long minutesToWait() {
        return WINDOW.toMinutes();
    }

    private static void prune(Deque<Long> times) {
        long oldest = System.nanoTime() - WINDOW.toNanos();
        while (!times.isEmpty() && times.peekFirst() - oldest < 0) {
            times.pollFirst();
        }
    }

    @Scheduled(fixedDelay = 300_000)
    void forgetIdle() {
        for (Map<String, Deque<Long>> map : java.util.List.of(submissions, failures)) {
            for (String client : map.keySet()) {
                map.computeIfPresent(client, (k, d) -> {
                    prune(d);
                    return d.isEmpty() ? null : d;
                });
            }
        }
    }

    /** For tests: forget everything. */
    void reset() {
        submissions.clear();
        failures.clear();
    }
}
