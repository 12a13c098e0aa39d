package ru.probity.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code api_token}: only a hash of each token. */
@Repository
class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int live(long userId) {
        return jdbc.sql(
                        "select count(*) from api_token where user_id = ? and revoked_at is null and expires_at > now()")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    long insert(long userId, String name, String hash, String shownPrefix, int days) {
        return jdbc.sql("""
                insert into api_token (user_id, name, token_hash, shown_prefix, expires_at)
                values (?, ?, ?, ?, now() + make_interval(days => ?)) returning id""")
                .params(userId, name, hash, shownPrefix, days)
                .query(Long.class)
                .single();
    }

    List<ApiTokens.Token> list(long userId) {
        return jdbc.sql("""
                select id, name, shown_prefix, created_at, expires_at, last_used_at from api_token
                where user_id = ? and revoked_at is null and expires_at > now() order by created_at desc""")
                .param(userId)
                .query((rs, n) -> new ApiTokens.Token(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("shown_prefix"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    /** Revokes the token if it is the user's and still live; whether it was. */
    boolean revoke(long userId, long id) {
        return jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                        .params(id, userId)
                        .update()
                == 1;
    }

    int revokeAll(long userId) {
        return jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
                .param(userId)
                .update();
    }

    /** The username of the live token's enabled account; its use is stamped at most once a minute. */
    Optional<String> owner(String hash) {
        record Owner(String username, boolean stale) {}
        Optional<Owner> owner = jdbc.sql("""
                select u.username, (t.last_used_at is null or t.last_used_at < now() - interval '1 minute') as stale
                from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > now() and u.enabled""")
                .param(hash)
                .query((rs, n) -> new Owner(rs.getString(1), rs.getBoolean(2)))
                .optional();
        if (owner.isPresent() && owner.get().stale()) {
            jdbc.sql("update api_token set last_used_at = now() where token_hash = ?")
                    .param(hash)
                    .update();
        }
        return owner.map(Owner::username);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
