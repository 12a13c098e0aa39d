package ru.probity.accounts;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
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
@Repository
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

    private final JdbcClient jdbc;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
     * {@link #succeeded} gives it back. The address alone counts real failures only ({@link #failed}),
     * so an office signing in thousands of people at once for a test is never held back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Reservation reserve(String account, String address) {
        boolean addressHeldBack =
                jdbc.sql("""
                        select exists (select 1 from sign_in_throttle
                                       where account = '' and address = ? and blocked_until > now())""").param(address).query(Boolean.class).single();
        if (addressHeldBack) {
            return new Reservation(false, 0, false);
        }
        Integer accountAttempt = take(account, address, PER_ACCOUNT);
        if (accountAttempt == null) {
            return new Reservation(false, 0, false);
        }
        boolean started = holdBack(account, address, PER_ACCOUNT.delayAfter(accountAttempt));
        return new Reservation(true, accountAttempt, started);
    }

    /** The reserved attempt failed: the address alone counts it too; returns whether that held it back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String address) {
        Integer addressAttempt = take(ANY_ACCOUNT, address, PER_ADDRESS);
        return addressAttempt != null && holdBack(ANY_ACCOUNT, address, PER_ADDRESS.delayAfter(addressAttempt));
    }

    /** The reserved attempt succeeded: the account's failures from this address are forgotten. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String account, String address) {
        jdbc.sql("delete from sign_in_throttle where account = ? and address = ?")
                .params(account, address)
                .update();
    }

    /** Whether the account's second-factor codes are held back now. */
    boolean secondFactorHeldBack(String account) {
        return jdbc.sql("""
                        select exists (select 1 from sign_in_throttle
                                       where account = ? and address = '' and blocked_until > now())""")
                .param(SECOND_FACTOR_KEY + account)
                .query(Boolean.class)
                .single();
    }

    /** Counts a wrong second-factor code of the account; returns whether that started a delay. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean secondFactorFailed(String account) {
        Integer attempt = take(SECOND_FACTOR_KEY + account, ANY_ACCOUNT, SECOND_FACTOR);
        return attempt != null && holdBack(SECOND_FACTOR_KEY + account, ANY_ACCOUNT, SECOND_FACTOR.delayAfter(attempt));
    }

    /** A good code: the account's wrong codes are forgotten. */
    void secondFactorPassed(String account) {
        jdbc.sql("delete from sign_in_throttle where account = ? and address = ''")
                .param(SECOND_FACTOR_KEY + account)
                .update();
    }

    /** Whether attempts for the account are held back from some address now (shown to administrators). */
    boolean heldBack(String account) {
        return jdbc.sql("select exists (select 1 from sign_in_throttle where account = ? and blocked_until > now())")
                .param(account)
                .query(Boolean.class)
                .single();
    }

    /** An administrator's or the command line's unlock: the account's failures are forgotten everywhere. */
    void forget(String account) {
        jdbc.sql("delete from sign_in_throttle where account = ?")
                .param(account)
                .update();
    }

    /** Rows with nothing held back and nothing left to remember are removed hourly. */
    @Scheduled(fixedDelay = 60 * 60 * 1000, initialDelay = 10 * 60 * 1000)
    public void purge() {
        jdbc.sql("""
                delete from sign_in_throttle
                where (blocked_until is null or blocked_until < now()) and last_failure_at < now() - interval '1 day'""").update();
    }

    /** Counts one more attempt unless the key is held back; returns its number, or null when held back. */
    private Integer take(String account, String address, Rule rule) {
        return jdbc.sql("""
                insert into sign_in_throttle as t (account, address, failures, blocked_until, last_failure_at)
                values (:account, :address, 1, null, now())
                on conflict (account, address) do update set
                  failures = greatest(0, t.failures
                      - floor(extract(epoch from now() - t.last_failure_at) / :decay)::int) + 1,
                  last_failure_at = now()
                where t.blocked_until is null or t.blocked_until <= now()
                returning failures""")
                .param("account", account)
                .param("address", address)
                .param("decay", rule.decay().toSeconds())
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    private boolean holdBack(String account, String address, Optional<Duration> delay) {
        delay.ifPresent(
                d -> jdbc.sql("""
                        update sign_in_throttle set blocked_until = now() + make_interval(secs => ?)
                        where account = ? and address = ?""").params(d.toSeconds(), account, address).update());
        return delay.isPresent();
    }
}
