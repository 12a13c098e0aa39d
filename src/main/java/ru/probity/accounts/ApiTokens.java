package ru.probity.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
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
@Repository
@Transactional
class ApiTokens {

    static final String PREFIX = "prb_";
    static final int MAX_PER_USER = 20;

    record Token(long id, String name, String shownPrefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    ApiTokens(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /** Makes a token for the user; returns it (to be shown once), or empty when he has too many. */
    Optional<String> create(CurrentUser user, String name, int days) {
        int live = jdbc.sql(
                        "select count(*) from api_token where user_id = ? and revoked_at is null and expires_at > now()")
                .param(user.userId())
                .query(Integer.class)
                .single();
        if (live >= MAX_PER_USER) {
            return Optional.empty();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, shown_prefix, expires_at)
                values (?, ?, ?, ?, now() + make_interval(days => ?)) returning id""")
                .params(user.userId(), name, hash(token), token.substring(0, PREFIX.length() + 6), days)
                .query(Long.class)
                .single();
        accessLog.record(AccessAction.CREATE, "API_TOKEN", id, user.organizationId(), name + ", " + days + " days");
        return Optional.of(token);
    }

    List<Token> list(CurrentUser user) {
        return jdbc.sql("""
                select id, name, shown_prefix, created_at, expires_at, last_used_at from api_token
                where user_id = ? and revoked_at is null and expires_at > now() order by created_at desc""")
                .param(user.userId())
                .query((rs, n) -> new Token(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("shown_prefix"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    /** Revokes one of the user's own tokens. */
    boolean revoke(CurrentUser user, long id) {
        boolean revoked =
                jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                                .params(id, user.userId())
                                .update()
                        == 1;
        if (revoked) {
            accessLog.record(AccessAction.UPDATE, "API_TOKEN", id, user.organizationId(), "revoked");
        }
        return revoked;
    }

    /** Revokes every token of the account (the console's reset). */
    int revokeAll(long userId) {
        return jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
                .param(userId)
                .update();
    }

    /** The username of a live token's enabled account; the use is stamped at most once a minute. */
    Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<String> username =
                jdbc.sql("""
                select u.username from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > now() and u.enabled""").param(hash(token)).query(String.class).optional();
        if (username.isPresent()) {
            jdbc.sql("""
                    update api_token set last_used_at = now()
                    where token_hash = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param(hash(token)).update();
        }
        return username;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
