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

/**
 * The table {@code app_user} (with the sign-in throttle's and the second factor's flags an account
 * carries) and the account's sessions in Spring Session's table.
 */
@Repository
class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("""
                select u.id, u.username, u.full_name, u.role, u.organization_id, u.employee_id, u.password_hash,
                       u.enabled and (u.employee_id is null or exists (
                         select 1 from employee e where e.id = u.employee_id and e.active
                           and (e.dismissed_on is null or e.dismissed_on > current_date))) as enabled,
                       u.must_change_password,
                       exists (select 1 from two_factor f where f.user_id = u.id) as enrolled,
                       exists (select 1 from two_factor_policy p where p.role = u.role) as required
                from app_user u where lower(u.username) = lower(?)""")
                .param(username)
                .query((rs, n) -> new UserAccount(
                        currentUser(rs),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"),
                        rs.getBoolean("enrolled"),
                        rs.getBoolean("required") && !rs.getBoolean("enrolled")))
                .optional();
    }

    Optional<Account> find(long id) {
        return jdbc.sql(SELECT_ACCOUNT + " where u.id = ?")
                .param(id)
                .query(this::account)
                .optional();
    }

    /** Accounts of the organizations in the subtree of the given one. */
    List<Account> listWithin(long organizationId) {
        return jdbc.sql(SELECT_ACCOUNT
                        + " where u.organization_id in (select organization_id from org_subtree where ancestor_id = ?)"
                        + " order by o.path, u.username")
                .param(organizationId)
                .query(this::account)
                .list();
    }

    String passwordHash(long userId) {
        return jdbc.sql("select password_hash from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    /**
     * Sets a password; {@code mustChange} when someone else chose it (one-time, administrator-set). A
     * directory account given a password (a reset) signs in with it too.
     */
    void updatePassword(long userId, String hash, boolean mustChange) {
        jdbc.sql("""
                update app_user set password_hash = ?, password_changed_at = now(), must_change_password = ?,
                                    directory = false
                where id = ?""").params(hash, mustChange, userId).update();
    }

    /** The account of this username, whatever the case. */
    Optional<Account> findByName(String username) {
        return jdbc.sql(SELECT_ACCOUNT + " where lower(u.username) = lower(?)")
                .param(username)
                .query(this::account)
                .optional();
    }

    /** The username of the account already linked to the employee, if any. */
    Optional<String> accountOfEmployee(long employeeId) {
        return jdbc.sql("select username from app_user where employee_id = ?")
                .param(employeeId)
                .query(String.class)
                .optional();
    }

    /**
     * Ends the account's sessions (Spring Session's table, indexed by the principal's name), but
     * the one whose id is given, if any.
     */
    int endSessions(String username, String keptSessionId) {
        return jdbc.sql("delete from spring_session where principal_name = ? and session_id is distinct from ?")
                .params(username, keptSessionId)
                .update();
    }

    long create(NewAccount account, String hash, String createdBy) {
        return jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by,
                                      must_change_password, technical)
                values (?, ?, ?, ?, ?, ?, ?, true, ?) returning id""")
                .params(
                        account.username(),
                        hash,
                        account.fullName(),
                        account.role().name(),
                        account.organizationId(),
                        account.employeeId(),
                        createdBy,
                        account.employeeId() == null)
                .query(Long.class)
                .single();
    }

    /** An account loaded as it is (the demo's): the password set, nothing to change at sign-in. */
    void insertLoaded(AccountLoad.Loaded account, String hash, String createdBy) {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by,
                                      technical)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        account.username(),
                        hash,
                        account.fullName(),
                        account.role().name(),
                        account.organizationId(),
                        account.employeeId(),
                        createdBy,
                        account.employeeId() == null)
                .update();
    }

    /**
     * Disables the enabled account linked to the employee (dismissed or deactivated), if any;
     * returns it as it was.
     */
    Optional<Account> disableOfEmployee(long employeeId) {
        Optional<Account> account = jdbc.sql(SELECT_ACCOUNT + " where u.employee_id = ? and u.enabled")
                .param(employeeId)
                .query(this::account)
                .optional();
        account.ifPresent(a -> setEnabled(a.id(), false));
        return account;
    }

    /** Every username in lower case (for the logins of provisioning: each must be new). */
    java.util.Set<String> usernames() {
        return new java.util.HashSet<>(jdbc.sql("select lower(username) from app_user")
                .query(String.class)
                .list());
    }

    /**
     * The active employees of a subtree who are not dismissed (provisioning), with the account each
     * already has: those whose post contains {@code post} (case-insensitive), if given, and those with
     * a procurement role (44-ФЗ ст.31 ч.1 п.9), if asked.
     */
    List<Provisioning.Candidate> candidates(long organizationId, String post, boolean procurementOnly) {
        return jdbc.sql("""
                select e.id, e.last_name, e.first_name, e.middle_name, e.post, e.organization_id,
                       o.name as organization_name, u.username
                from employee e join organization o on o.id = e.organization_id
                left join app_user u on u.employee_id = e.id
                where e.organization_id in (select organization_id from org_subtree where ancestor_id = :org)
                  and e.active and (e.dismissed_on is null or e.dismissed_on > current_date)
                  and (:post = '' or strpos(lower(coalesce(e.post, '')), lower(:post)) > 0)
                  and (not :procurement or e.head_of_customer or e.contract_service_head or e.contract_manager
                       or e.procurement_commission_member)
                order by o.path, e.last_name, e.first_name, e.middle_name, e.id""")
                .param("org", organizationId)
                .param("post", post == null ? "" : post.strip())
                .param("procurement", procurementOnly)
                .query((rs, n) -> new Provisioning.Candidate(
                        rs.getLong("id"),
                        rs.getString("last_name"),
                        rs.getString("first_name"),
                        rs.getString("middle_name"),
                        rs.getString("post"),
                        rs.getLong("organization_id"),
                        rs.getString("organization_name"),
                        rs.getString("username")))
                .list();
    }

    /** The active employees of exactly this organization without an account (the user form's choice). */
    List<Provisioning.Candidate> withoutAccount(long organizationId, String name) {
        return jdbc.sql("""
                select e.id, e.last_name, e.first_name, e.middle_name, e.post, e.organization_id,
                       o.name as organization_name, null as username
                from employee e join organization o on o.id = e.organization_id
                where e.organization_id = ? and e.active and (e.dismissed_on is null or e.dismissed_on > current_date)
                  and not exists (select 1 from app_user u where u.employee_id = e.id)
                  and strpos(replace(lower(e.last_name || ' ' || e.first_name || ' ' || coalesce(e.middle_name, '')),
                                     'ё', 'е'), replace(lower(?), 'ё', 'е')) > 0
                order by e.last_name, e.first_name, e.middle_name, e.id""")
                .params(organizationId, name == null ? "" : name.strip())
                .query((rs, n) -> new Provisioning.Candidate(
                        rs.getLong("id"),
                        rs.getString("last_name"),
                        rs.getString("first_name"),
                        rs.getString("middle_name"),
                        rs.getString("post"),
                        rs.getLong("organization_id"),
                        rs.getString("organization_name"),
                        null))
                .list();
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

    void registerSignIn(long userId) {
        jdbc.sql("update app_user set last_login_at = now() where id = ?")
                .param(userId)
                .update();
    }

    /** An active person card, as directory sign-in links an account to it. */
    record Card(long employeeId, long organizationId, String fullName) {}

    /** Active person cards whose e-mail is this one (lower case). */
    List<Card> cardsByEmail(String email) {
        return jdbc.sql(SELECT_CARD + " where lower(e.email) = ? and e.active order by e.id")
                .param(email)
                .query(this::card)
                .list();
    }

    /** Active person cards with this СНИЛС (11 digits). */
    List<Card> cardsBySnils(String snils) {
        return jdbc.sql(SELECT_CARD + " where e.snils = ? and e.active order by e.id")
                .param(snils)
                .query(this::card)
                .list();
    }

    /** The active person card linked to the account of this username (lower case). */
    List<Card> cardsByUsername(String username) {
        return jdbc.sql(SELECT_CARD
                        + " join app_user u on u.employee_id = e.id where lower(u.username) = ? and e.active")
                .param(username)
                .query(this::card)
                .list();
    }

    /** The account linked to the employee: id, username, role, organization, enabled. */
    record Linked(long id, String username, Role role, long organizationId, boolean enabled) {}

    Optional<Linked> linkedAccount(long employeeId) {
        return jdbc.sql("select id, username, role, organization_id, enabled from app_user where employee_id = ?")
                .param(employeeId)
                .query((rs, n) -> new Linked(
                        rs.getLong("id"),
                        rs.getString("username"),
                        Role.valueOf(rs.getString("role")),
                        rs.getLong("organization_id"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /** An account made at a person's first directory sign-in; the hash is of a secret nobody knows. */
    long createDirectory(String username, String unusableHash, Card card, Role role, String createdBy) {
        return jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by,
                                      directory)
                values (?, ?, ?, ?, ?, ?, ?, true) returning id""")
                .params(
                        username,
                        unusableHash,
                        card.fullName(),
                        role.name(),
                        card.organizationId(),
                        card.employeeId(),
                        createdBy)
                .query(Long.class)
                .single();
    }

    /** The role and organization the directory gives the account at a sign-in. */
    void updateRoleAndOrganization(long userId, Role role, long organizationId) {
        jdbc.sql("update app_user set role = ?, organization_id = ? where id = ?")
                .params(role.name(), organizationId, userId)
                .update();
    }

    /** Whether the account of this username signs in only through the directory. */
    boolean directoryOnly(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?) and directory")
                        .param(username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The person's directory entry, kept at each directory sign-in. */
    void rememberDirectoryDn(long userId, String dn) {
        jdbc.sql("update app_user set directory_dn = ? where id = ? and directory_dn is distinct from ?")
                .params(dn, userId, dn)
                .update();
    }

    Optional<String> directoryDn(long userId) {
        return jdbc.sql("select directory_dn from app_user where id = ? and directory_dn is not null")
                .param(userId)
                .query(String.class)
                .optional();
    }

    private static final String SELECT_CARD = """
            select e.id, e.organization_id,
                   e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as full_name
            from employee e""";

    private Card card(ResultSet rs, int n) throws SQLException {
        return new Card(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("full_name"));
    }

    private static final String SELECT_ACCOUNT = """
            select u.id, u.username, u.full_name, u.role, u.organization_id, u.employee_id, u.enabled,
                   exists (select 1 from sign_in_throttle t where t.account = lower(u.username) and t.blocked_until > now())
                     as held_back,
                   u.last_login_at, o.name as organization_name, u.employee_id, u.technical
            from app_user u join organization o on o.id = u.organization_id""";

    private Account account(ResultSet rs, int n) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getBoolean("enabled"),
                rs.getBoolean("held_back"),
                instant(rs.getTimestamp("last_login_at")),
                rs.getObject("employee_id", Long.class),
                rs.getBoolean("technical"));
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
