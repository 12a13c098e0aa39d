package ru.probity.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The links of password reset by e-mail (only a SHA-256 of each token) and the requests per client
 * address ({@code password_reset}, {@code password_reset_request}), with what a link needs of the
 * account: its name and the e-mail it is sent to (the person card's, or a technical account's own).
 */
@Repository
class PasswordResetStore {

    private final JdbcClient jdbc;

    PasswordResetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account a link may be sent to: enabled, not the directory's, its person current, with an e-mail. */
    record Recipient(long id, String username, String fullName, long organizationId, String email) {}

    private static final String RECIPIENTS = """
            select u.id, u.username, u.full_name, u.organization_id, coalesce(e.email, u.email) as email
            from app_user u left join employee e on e.id = u.employee_id
            where u.enabled and not u.directory
              and (u.employee_id is null or (e.active and (e.dismissed_on is null or e.dismissed_on > current_date)))
              and coalesce(e.email, u.email) like '%@%'""";

    /** The accounts named by a login or an e-mail (lower case), at most {@code limit}. */
    List<Recipient> recipients(String typed, int limit) {
        return jdbc.sql(RECIPIENTS + """
                  and (lower(u.username) = :typed or lower(coalesce(e.email, u.email)) = :typed)
                order by u.id limit :limit""")
                .param("typed", typed)
                .param("limit", limit)
                .query((rs, n) -> new Recipient(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getLong("organization_id"),
                        rs.getString("email")))
                .list();
    }

    Optional<Recipient> recipient(long userId) {
        return jdbc.sql(RECIPIENTS + " and u.id = ?")
                .param(userId)
                .query((rs, n) -> new Recipient(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getLong("organization_id"),
                        rs.getString("email")))
                .optional();
    }

    /** Links created for the account since the instant. */
    int linksSince(long userId, Instant since) {
        return jdbc.sql("select count(*) from password_reset where user_id = ? and created_at > ?")
                .params(userId, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** A new link of the account; its older unused links end (a newer one replaces them). */
    void issue(long userId, String tokenHash, Instant expiresAt, String purpose) {
        jdbc.sql("update password_reset set used_at = now() where user_id = ? and used_at is null")
                .param(userId)
                .update();
        jdbc.sql("insert into password_reset (user_id, token_hash, expires_at, purpose) values (?, ?, ?, ?)")
                .params(userId, tokenHash, Timestamp.from(expiresAt), purpose)
                .update();
    }

    /** The account of a link that is unused and not expired. */
    Optional<Recipient> valid(String tokenHash) {
        return jdbc.sql("""
                select u.id, u.username, u.full_name, u.organization_id, null as email
                from password_reset r join app_user u on u.id = r.user_id
                where r.token_hash = ? and r.used_at is null and r.expires_at > now() and u.enabled""")
                .param(tokenHash)
                .query((rs, n) -> new Recipient(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getLong("organization_id"),
                        null))
                .optional();
    }

    /**
     * Uses the link: true only for the one caller that marked it (a second use of the same link, even a
     * concurrent one, gets false); every other unused link of the account ends too.
     */
    boolean use(String tokenHash, long userId) {
        int marked = jdbc.sql("""
                update password_reset set used_at = now()
                where token_hash = ? and used_at is null and expires_at > now()""").param(tokenHash).update();
        jdbc.sql("update password_reset set used_at = now() where user_id = ? and used_at is null")
                .param(userId)
                .update();
        return marked == 1;
    }

    /** Records a request from the address and returns how many it made since the instant (this one too). */
    int request(String address, Instant since) {
        jdbc.sql("delete from password_reset_request where requested_at < now() - interval '1 day'")
                .update();
        jdbc.sql("insert into password_reset_request (address) values (?)")
                .param(address)
                .update();
        return jdbc.sql("select count(*) from password_reset_request where address = ? and requested_at > ?")
                .params(address, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }
}
