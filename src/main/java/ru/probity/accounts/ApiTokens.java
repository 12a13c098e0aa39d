package ru.probity.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;

/**
 * Personal API tokens (issue 14, item 13): {@code Authorization: Bearer prb_…}. 256 random bits,
 * shown once; only their SHA-256 is stored (a token is random, so a fast hash is enough and a call
 * costs one indexed look-up instead of an Argon2 verification). A token works while it is neither
 * revoked nor expired and its account is enabled; it is made by a fully signed-in user (password,
 * second factor, changed password), so it also gives the API to accounts with a second factor.
 */
@Service
@Transactional
class ApiTokens {

    static final String PREFIX = "prb_";
    static final int MAX_PER_USER = 20;

    record Token(long id, String name, String shownPrefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    private final ApiTokenStore store;
    private final AccessLog accessLog;

    ApiTokens(ApiTokenStore store, AccessLog accessLog) {
        this.store = store;
        this.accessLog = accessLog;
    }

    /** Makes a token for the user; returns it (to be shown once), or empty when he has too many. */
    Optional<String> create(CurrentUser user, String name, int days) {
        if (store.live(user.userId()) >= MAX_PER_USER) {
            return Optional.empty();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = store.insert(user.userId(), name, hash(token), token.substring(0, PREFIX.length() + 6), days);
        accessLog.record(AccessAction.CREATE, "API_TOKEN", id, user.organizationId(), name + ", " + days + " days");
        return Optional.of(token);
    }

    List<Token> list(CurrentUser user) {
        return store.list(user.userId());
    }

    /** Revokes one of the user's own tokens. */
    boolean revoke(CurrentUser user, long id) {
        boolean revoked = store.revoke(user.userId(), id);
        if (revoked) {
            accessLog.record(AccessAction.UPDATE, "API_TOKEN", id, user.organizationId(), "revoked");
        }
        return revoked;
    }

    /** Revokes every token of the account (the console's reset). */
    int revokeAll(long userId) {
        return store.revokeAll(userId);
    }

    /** The username of a live token's enabled account. */
    Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return store.owner(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
