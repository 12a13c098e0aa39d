package ru.probity.accounts;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code sign_in_throttle}: one per key (a typed username or a code step) and address. */
@Repository
class SignInThrottleStore {

    private final JdbcClient jdbc;

    SignInThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the key is held back now from this address. */
    boolean heldBack(String account, String address) {
        return jdbc.sql("""
                        select exists (select 1 from sign_in_throttle
                                       where account = ? and address = ? and blocked_until > now())""").params(account, address).query(Boolean.class).single();
    }

    /**
     * Counts one more attempt of the key from the address, forgiving one per {@code decay} since the
     * last, in one atomic statement; returns its number, or null while the key is held back.
     */
    Integer take(String account, String address, Duration decay) {
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
                .param("decay", decay.toSeconds())
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    void holdBack(String account, String address, Duration delay) {
        jdbc.sql("""
                update sign_in_throttle set blocked_until = now() + make_interval(secs => ?)
                where account = ? and address = ?""").params(delay.toSeconds(), account, address).update();
    }

    void delete(String account, String address) {
        jdbc.sql("delete from sign_in_throttle where account = ? and address = ?")
                .params(account, address)
                .update();
    }

    /** Forgets the keys from every address. */
    void deleteAll(String... accounts) {
        jdbc.sql("delete from sign_in_throttle where account = any(?)")
                .param(accounts)
                .update();
    }

    /** Rows with nothing held back and nothing left to remember. */
    void purge() {
        jdbc.sql("""
                delete from sign_in_throttle
                where (blocked_until is null or blocked_until < now()) and last_failure_at < now() - interval '1 day'""").update();
    }
}
