package ru.probity.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that one instance of a cluster does at a time (the scheduled jobs): it runs in one
 * transaction holding a PostgreSQL advisory lock, and is skipped when another instance holds it.
 */
@Component
public class SingleInstance {

    private final JobLockStore locks;
    private final TransactionTemplate transaction;

    SingleInstance(JobLockStore locks, TransactionTemplate transaction) {
        this.locks = locks;
        this.transaction = transaction;
    }

    /** The work's result, or empty when another instance is doing it now. */
    public <T> Optional<T> call(long lock, Supplier<T> work) {
        return transaction.execute(
                status -> locks.tryLockForTransaction(lock) ? Optional.ofNullable(work.get()) : Optional.empty());
    }

    /** Runs the work unless another instance is doing it now. */
    public void run(long lock, Runnable work) {
        call(lock, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }
}
