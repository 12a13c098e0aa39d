package ru.probity.accounts;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in attempts with growing delays, per typed username and client address, and per
 * client address alone (issue 14, item 8). An attempt for a username is reserved before the password
 * is checked, in one atomic statement, so concurrent guesses are counted one by one and never more
 * than the free ones reach the password check; a success forgets them. Nothing locks an account for
 * everybody: failures from one address never keep the owner out from another.
 *
 * <p>Failures are forgiven one per {@link Rule#decay()}, so an office behind one address that
 * mistypes now and then is never held back, while a burst of guesses is.
 */
@Service
class SignInThrottle {

    /** Usernames are at most 40 characters; what is typed is kept to this length (item 12). */
    static final int MAX_TYPED_USERNAME = 64;

    /** The free failures, the first delay (doubling with each failure beyond), its cap, the decay. */
    record Rule(int free, Duration firstDelay, Duration maxDelay, Duration decay) {

        /** The delay placed by the attempt with this number (1-based) within the window. */
        Optional<Duration> delayAfter(int attempt) {
            if (attempt < free) {
                return Optional.empty();
            }
            int doublings = Math.min(attempt - free, 20);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        }
    }

    static final Rule PER_ACCOUNT = new Rule(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(10));
    static final Rule PER_ADDRESS = new Rule(30, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(2));

    /**
     * Wrong codes of the second factor, per account from any address: whoever types them already has
     * the password, so the account's code step is held back for everybody (issue 14, item 14).
     */
    static final Rule SECOND_FACTOR =
            new Rule(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(10));

    private static final String SECOND_FACTOR_KEY = "2fa:";

    /** The row of the address alone. */
    private static final String ANY_ACCOUNT = "";

    /** What a reservation found: whether the attempt may go on, and whether it started a delay. */
    record Reservation(boolean allowed, int accountAttempt, boolean delayStarted) {}

    private final SignInThrottleStore store;

    SignInThrottle(SignInThrottleStore store) {
        this.store = store;
    }

    /** The typed username as it is counted and logged: trimmed to a sane length, lower case. */
    static String key(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.length() > MAX_TYPED_USERNAME) {
            name = name.substring(0, MAX_TYPED_USERNAME);
        }
        return name.replaceAll("\\p{Cntrl}", "?").toLowerCase(Locale.ROOT);
    }

    /**
     * Reserves an attempt for the username from the address: refused while the address or the
     * username from it is held back; otherwise counted against the username from this address until
     * {@link #succeeded} forgets it. The address alone counts real failures only ({@link #failed}),
     * so an office signing in thousands of people at once for a test is never held back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Reservation reserve(String account, String address) {
        if (store.heldBack(ANY_ACCOUNT, address)) {
            return new Reservation(false, 0, false);
        }
        Integer accountAttempt = store.take(account, address, PER_ACCOUNT.decay());
        if (accountAttempt == null) {
            return new Reservation(false, 0, false);
        }
        boolean started = holdBack(account, address, PER_ACCOUNT.delayAfter(accountAttempt));
        return new Reservation(true, accountAttempt, started);
    }

    /** The reserved attempt failed: the address alone counts it too; returns whether that held it back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String address) {
        Integer addressAttempt = store.take(ANY_ACCOUNT, address, PER_ADDRESS.decay());
        return addressAttempt != null && holdBack(ANY_ACCOUNT, address, PER_ADDRESS.delayAfter(addressAttempt));
    }

    /** The reserved attempt succeeded: the account's failures from this address are forgotten. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String account, String address) {
        store.delete(account, address);
    }

    /** Whether the account's second-factor codes are held back now. */
    boolean secondFactorHeldBack(String account) {
        return store.heldBack(SECOND_FACTOR_KEY + account, ANY_ACCOUNT);
    }

    /** Counts a wrong second-factor code of the account; returns whether that started a delay. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean secondFactorFailed(String account) {
        Integer attempt = store.take(SECOND_FACTOR_KEY + account, ANY_ACCOUNT, SECOND_FACTOR.decay());
        return attempt != null && holdBack(SECOND_FACTOR_KEY + account, ANY_ACCOUNT, SECOND_FACTOR.delayAfter(attempt));
    }

    /** A good code: the account's wrong codes are forgotten. */
    void secondFactorPassed(String account) {
        store.delete(SECOND_FACTOR_KEY + account, ANY_ACCOUNT);
    }

    /**
     * An administrator's or the command line's unlock: the account's failed sign-ins from every
     * address and its wrong second-factor codes are forgotten.
     */
    void forget(String account) {
        store.deleteAll(account, SECOND_FACTOR_KEY + account);
    }

    /** Rows with nothing held back and nothing left to remember are removed hourly. */
    @Scheduled(fixedDelay = 60 * 60 * 1000, initialDelay = 10 * 60 * 1000)
    public void purge() {
        store.purge();
    }

    private boolean holdBack(String account, String address, Optional<Duration> delay) {
        delay.ifPresent(d -> store.holdBack(account, address, d));
        return delay.isPresent();
    }
}
