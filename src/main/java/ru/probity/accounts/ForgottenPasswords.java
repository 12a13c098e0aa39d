package ru.probity.accounts;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.probity.platform.Mailer;

/**
 * «Забыли пароль?» (issue 16, item 1): the request is counted against its client address at once, and
 * the search for the account, its link and the letter happen afterwards on a worker thread — so the
 * answer is the same, and takes the same time, whether an account was found or not. Letters of new
 * accounts (provisioning) go out on the same worker after their transaction committed.
 */
@Component
class ForgottenPasswords {

    private static final Logger log = LoggerFactory.getLogger(ForgottenPasswords.class);

    private final PasswordResets resets;
    private final Mailer mailer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("probity-password-mail").daemon().factory());

    ForgottenPasswords(PasswordResets resets, Mailer mailer) {
        this.resets = resets;
        this.mailer = mailer;
    }

    /** Handles a request; nothing about the account reaches the caller. */
    void request(String typed, String address) {
        if (!resets.admit(address)) {
            log.warn("Password reset requests from {} held back: over the hourly limit", address);
            return;
        }
        worker.execute(() -> {
            try {
                send(resets.issue(typed));
            } catch (RuntimeException e) {
                log.warn("Password reset request failed: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** Sends letters on the worker (after the caller's transaction, if it registers so). */
    void sendLater(List<PasswordResets.Letter> letters) {
        if (!letters.isEmpty()) {
            worker.execute(() -> send(letters));
        }
    }

    private void send(List<PasswordResets.Letter> letters) {
        for (PasswordResets.Letter letter : letters) {
            mailer.send(letter.to(), letter.subject(), letter.text(), letter.what());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
