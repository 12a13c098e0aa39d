package ru.probity.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;

@Repository
class AccountRepository {

    static final int MAX_FAILED_ATTEMPTS = 5;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("""
                select id, username, full_name, role, organization_id, employee_id, password_hash, enabled, locked_until
                from app_user where lower(username) = lower(?)""")
                .param(username)
                .query((rs, n) -> new UserAccount(
                        currentUser(rs),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        instant(rs.getTimestamp("locked_until"))))
                .optional();
    }

    Optional<Account> find(long id) {
        return jdbc.sql(SELECT_ACCOUNT + " where u.id = ?")
                .param(id)
                .query(this::account)
                .optional();
    }

    /** Accounts of the organizations in the subtree whose path is given. */
    List<Account> listWithin(String scopePath) {
        return jdbc.sql(SELECT_ACCOUNT + " where o.path like ? || '%' order by o.path, u.username")
                .param(scopePath)
                .query(this::account)
                .list();
    }

    String passwordHash(long userId) {
        return jdbc.sql("select password_hash from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    void updatePassword(long userId, String hash) {
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = now() where id = ?")
                .params(hash, userId)
                .update();
    }

    long create(NewAccount account, String hash, String createdBy) {
        return jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        account.username(),
                        hash,
                        account.fullName(),
                        account.role().name(),
                        account.organizationId(),
                        account.employeeId(),
                        createdBy)
                .query(Long.class)
                .single();
    }

    int count() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)")
                        .param(username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void setEnabled(long userId, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?")
                .params(enabled, userId)
                .update();
    }

    void unlock(long userId) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = ?")
                .param(userId)
                .update();
    }

    /** Counts a failed sign-in; returns true when this failure locked the account. */
    boolean registerFailure(String username, int lockMinutes) {
        return jdbc.sql("""
                        update app_user set
                          failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
                          locked_until = case when failed_attempts + 1 >= ? then now() + make_interval(mins => ?)
                                              else locked_until end
                        where lower(username) = lower(?)
                        returning locked_until is not null and locked_until > now()""")
                .params(MAX_FAILED_ATTEMPTS, MAX_FAILED_ATTEMPTS, lockMinutes, username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void clearFailures(long userId) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null"
                        + " where id = ? and (failed_attempts > 0 or locked_until is not null)")
                .param(userId)
                .update();
    }

    void registerSignIn(long userId) {
        jdbc.sql("update app_user set last_login_at = now() where id = ?")
                .param(userId)
                .update();
    }

    private static final String SELECT_ACCOUNT = """
            select u.id, u.username, u.full_name, u.role, u.organization_id, u.employee_id, u.enabled,
                   u.locked_until, u.last_login_at, o.name as organization_name
            from app_user u join organization o on o.id = u.organization_id""";

    private Account account(ResultSet rs, int n) throws SQLException {
        Instant lockedUntil = instant(rs.getTimestamp("locked_until"));
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getBoolean("enabled"),
                lockedUntil != null && lockedUntil.isAfter(Instant.now()),
                instant(rs.getTimestamp("last_login_at")));
    }

    private static CurrentUser currentUser(ResultSet rs) throws SQLException {
        long employee = rs.getLong("employee_id");
        Long employeeId = rs.wasNull() ? null : employee;
        return new CurrentUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                rs.getLong("organization_id"),
                employeeId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
