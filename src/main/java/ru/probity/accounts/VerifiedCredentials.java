package ru.probity.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Passwords verified in the last {@link #TTL}, held only as an HMAC under a key that lives in this
 * process's memory and the stored hash they matched: an API client sending HTTP Basic with every
 * call costs one Argon2 verification per ten minutes, not one per call (issue 14, item 13). A
 * changed password has another stored hash, so it is never recognised by the old entry.
 */
@Component
class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Long> entries = new ConcurrentHashMap<>();
    private final Map<String, Boolean> usernames = new ConcurrentHashMap<>();

    VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether an entry for this username may exist (no database look-up for others). */
    boolean mayHold(String username) {
        return usernames.containsKey(username.toLowerCase(Locale.ROOT));
    }

    boolean holds(String username, String password, String storedHash) {
        Long expires = entries.get(fingerprint(username, password, storedHash));
        return expires != null && expires > System.nanoTime();
    }

    void remember(String username, String password, String storedHash) {
        if (storedHash == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(expires -> expires <= now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
                usernames.clear();
            }
        }
        usernames.put(username.toLowerCase(Locale.ROOT), Boolean.TRUE);
        entries.put(fingerprint(username, password, storedHash), System.nanoTime() + TTL.toNanos());
    }

    private String fingerprint(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
