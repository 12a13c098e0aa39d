package ru.probity.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PostgreSQL's advisory locks, held by the scheduled jobs of {@link SingleInstance}. */
@Repository
class JobLockStore {

    private final JdbcClient jdbc;

    JobLockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock until the end of the current transaction; false when another session holds it. */
    boolean tryLockForTransaction(long lock) {
        return jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(lock)
                .query(Boolean.class)
                .single();
    }
}
