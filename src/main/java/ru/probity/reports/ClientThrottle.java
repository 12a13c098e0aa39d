package ru.probity.reports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.reports.engine.Sealing;

/**
 * Limits per client and for everyone, in memory only: the client's address is turned into a keyed
 * hash that lives in this map for the window and is never written anywhere. Two limits: submissions
 * per client, and failed receipt look-ups per client and in total (guessing a receipt is slowed for
 * everyone once many fail, even across many addresses). Per instance: a cluster multiplies them.
 */
@Component
class ClientThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final byte[] salt = Sealing.randomBytes(32);
    private final Map<String, Deque<Long>> submissions = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final Deque<Long> allFailures = new ArrayDeque<>();
    private final int submissionsPerClient;
    private final int failuresPerClient;
    private final int failuresTotal;

    ClientThrottle(
            @Value("${probity.reports.submissions-per-client:10}") int submissionsPerClient,
            @Value("${probity.reports.receipt-failures-per-client:5}") int failuresPerClient,
            @Value("${probity.reports.receipt-failures-total:100}") int failuresTotal) {
        this.submissionsPerClient = submissionsPerClient;
        this.failuresPerClient = failuresPerClient;
        this.failuresTotal = failuresTotal;
    }

    String client(String remoteAddress) {
        return java.util.HexFormat.of()
                .formatHex(Sealing.hmac(salt, String.valueOf(remoteAddress).getBytes(StandardCharsets.UTF_8)));
    }

    /** Counts a submission; false when the client has sent too many in the window. */
    boolean trySubmit(String client) {
        return tryAdd(submissions.computeIfAbsent(client, c -> new ArrayDeque<>()), submissionsPerClient);
    }

    /** Whether the client (and everybody) may try a receipt now. */
    boolean mayLookUp(String client) {
        Deque<Long> own = failures.get(client);
        return count(own) < failuresPerClient && count(allFailures) < failuresTotal;
    }

    void failedLookUp(String client) {
        long now = System.nanoTime();
        Deque<Long> own = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (own) {
            own.addLast(now);
        }
        synchronized (allFailures) {
            allFailures.addLast(now);
        }
    }

    long minutesToWait() {
        return WINDOW.toMinutes();
    }

    private boolean tryAdd(Deque<Long> times, int limit) {
        synchronized (times) {
            prune(times);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(System.nanoTime());
            return true;
        }
    }

    private int count(Deque<Long> times) {
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private static void prune(Deque<Long> times) {
        long oldest = System.nanoTime() - WINDOW.toNanos();
        while (!times.isEmpty() && times.peekFirst() - oldest < 0) {
            times.pollFirst();
        }
    }

    @Scheduled(fixedDelay = 300_000)
    void forgetIdle() {
        submissions.values().removeIf(d -> count(d) == 0);
        failures.values().removeIf(d -> count(d) == 0);
    }

    /** For tests: forget everything. */
    void reset() {
        submissions.clear();
        failures.clear();
        synchronized (allFailures) {
            allFailures.clear();
        }
    }
}
