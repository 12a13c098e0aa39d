package ru.probity.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;

/**
 * Password reset by e-mail link (issue 16, item 1; docs/security.md). A link carries 256 random bits;
 * only their SHA-256 is stored. It works once, for {@code link-validity} (an hour), and a newer link of
 * the account ends the older ones. It goes only to the e-mail the registry knows — the person card's,
 * or a technical account's own — never to an address the requester types in. Setting the password
 * through it follows the password policy, ends every session of the account and forgets its sign-in
 * failures; the second factor still guards the sign-in.
 */
@Service
@Transactional
class PasswordResets {

    static final String FORGOTTEN = "forgotten";
    static final String WELCOME = "welcome";
    private static final String USER = "USER";
    private static final int MAX_ACCOUNTS_PER_REQUEST = 5;

    private final PasswordResetStore store;
    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final AccessLog accessLog;
    private final Messages messages;
    private final Mailer mailer;
    private final PasswordResetSettings settings;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(
            PasswordResetStore store,
            AccountStore accounts,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            AccessLog accessLog,
            Messages messages,
            Mailer mailer,
            PasswordResetSettings settings) {
        this.store = store;
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.accessLog = accessLog;
        this.messages = messages;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** A letter to send once the links are stored. */
    record Letter(String to, String subject, String text, String what) {}

    /** Records a request from the address; false when the address asked too often this hour. */
    boolean admit(String address) {
        return store.request(address == null ? "" : address, Instant.now().minus(Duration.ofHours(1)))
                <= settings.perAddress();
    }

    /**
     * Links for the accounts a login or an e-mail names (at most five: one address may serve a few
     * accounts), each within its hourly limit; the letters to send. Nothing tells the caller whether an
     * account was found.
     */
    List<Letter> issue(String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > 254) {
            return List.of();
        }
        List<Letter> letters = new ArrayList<>();
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        for (PasswordResetStore.Recipient r : store.recipients(key, MAX_ACCOUNTS_PER_REQUEST)) {
            if (store.linksSince(r.id(), hourAgo) >= settings.perAccount()) {
                continue;
            }
            String token = newToken(r.id(), settings.linkValidity(), FORGOTTEN);
            accessLog.recordAs(
                    r.username(), AccessAction.UPDATE, USER, r.id(), r.organizationId(), "password reset link sent");
            letters.add(new Letter(
                    r.email(),
                    messages.text("reset.mail.subject"),
                    messages.text(
                            "reset.mail.text",
                            r.fullName(),
                            r.username(),
                            mailer.link("/login/reset/" + token),
                            settings.linkValidity().toMinutes()),
                    "password reset of account " + r.id()));
        }
        return letters;
    }

    /**
     * A new account's letter (provisioning, when asked): a link to set the first password, valid for
     * {@code welcome-link-validity}; empty when the account has no e-mail the registry knows.
     */
    Optional<Letter> welcome(long userId) {
        return store.recipient(userId).map(r -> {
            String token = newToken(r.id(), settings.welcomeLinkValidity(), WELCOME);
            return new Letter(
                    r.email(),
                    messages.text("reset.welcome.subject"),
                    messages.text(
                            "reset.welcome.text",
                            r.fullName(),
                            r.username(),
                            mailer.link("/login/reset/" + token),
                            settings.welcomeLinkValidity().toDays()),
                    "new account " + r.id());
        });
    }

    /** The account of a working link: its login and name for the page. */
    Optional<PasswordResetStore.Recipient> check(String token) {
        return token == null || token.length() > 100 ? Optional.empty() : store.valid(hash(token));
    }

    /**
     * Sets the password through the link; the problem's message key, if any ({@code reset.invalid} when
     * the link does not work).
     */
    Optional<String> reset(String token, String password, String repeat) {
        Optional<PasswordResetStore.Recipient> found = check(token);
        if (found.isEmpty()) {
            return Optional.of("reset.invalid");
        }
        PasswordResetStore.Recipient account = found.get();
        if (password == null || !password.equals(repeat)) {
            return Optional.of("password.error.repeat");
        }
        Optional<String> weak = PasswordPolicy.weakness(password, account.username(), account.fullName());
        if (weak.isPresent()) {
            return weak;
        }
        if (!store.use(hash(token), account.id())) {
            return Optional.of("reset.invalid");
        }
        accounts.updatePassword(account.id(), encoder.encode(password), false);
        throttle.forget(SignInThrottle.key(account.username()));
        int ended = accounts.endSessions(account.username(), null);
        accessLog.recordAs(
                account.username(),
                AccessAction.PASSWORD_CHANGED,
                USER,
                account.id(),
                account.organizationId(),
                "set by e-mail link, sessions ended: " + ended);
        return Optional.empty();
    }

    private String newToken(long userId, Duration validity, String purpose) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.issue(userId, hash(token), Instant.now().plus(validity), purpose);
        return token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
