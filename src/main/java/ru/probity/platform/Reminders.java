package ru.probity.platform;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The skeleton every reminder job shares (acknowledgements, declarations, reports' terms, training
 * events): it runs on one instance of a cluster at a time ({@link SingleInstance}'s advisory lock,
 * held for the run's transaction), sends nothing without a mail server, and records each letter as
 * sent right after the server took it — so none goes twice, and one the server refused is tried
 * again on the next run. The module keeps what is its own: which reminders are due and where it
 * records them.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final SingleInstance singleInstance;
    private final Mailer mailer;

    Reminders(SingleInstance singleInstance, Mailer mailer) {
        this.singleInstance = singleInstance;
        this.mailer = mailer;
    }

    /** One letter: to whom, its subject and text, and what it is about (for the log). */
    public record Letter(String to, String subject, String text, String about) {}

    /** What a reminder job does on one run. */
    public interface Job<T> {

        /** The reminders due now, not sent yet. */
        Collection<T> due();

        /** The letter of one reminder. */
        Letter letter(T reminder);

        /** Records that the reminder was sent (in the run's transaction). */
        void sent(T reminder);
    }

    /**
     * Runs the job under the lock {@code lock} (a constant of the module, unique in the
     * application) unless another instance is running it; returns how many letters went out.
     */
    public <T> int run(long lock, String what, Job<T> job) {
        if (!mailer.configured()) {
            return 0;
        }
        return singleInstance.call(lock, () -> send(what, job)).orElse(0);
    }

    /** The same without the lock, for a caller that holds one already. */
    public <T> int send(String what, Job<T> job) {
        if (!mailer.configured()) {
            return 0;
        }
        int sent = 0;
        for (T reminder : job.due()) {
            Letter letter = job.letter(reminder);
            if (letter == null || letter.to() == null || letter.to().isBlank()) {
                continue;
            }
            if (mailer.send(letter.to(), letter.subject(), letter.text(), letter.about())) {
                job.sent(reminder);
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Sent {} {}", sent, what);
        }
        return sent;
    }

    /** A job from three functions. */
    public static <T> Job<T> job(
            java.util.function.Supplier<? extends Collection<T>> due, Function<T, Letter> letter, Consumer<T> sent) {
        return new Job<>() {
            @Override
            public Collection<T> due() {
                return due.get();
            }

            @Override
            public Letter letter(T reminder) {
                return letter.apply(reminder);
            }

            @Override
            public void sent(T reminder) {
                sent.accept(reminder);
            }
        };
    }
}
