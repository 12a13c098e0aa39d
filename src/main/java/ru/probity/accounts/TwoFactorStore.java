package ru.probity.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.access.Role;

/** The second factors, their recovery codes and the roles that must have one. */
@Repository
class TwoFactorStore {

    record Enrolment(byte[] sealedSecret, long lastUsedStep) {}

    private final JdbcClient jdbc;

    TwoFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Enrolment> find(long userId) {
        return jdbc.sql("select secret_sealed, last_used_step from two_factor where user_id = ?")
                .param(userId)
                .query((rs, n) -> new Enrolment(rs.getBytes(1), rs.getLong(2)))
                .optional();
    }

    void enrol(long userId, byte[] sealedSecret, long step, List<String> recoveryHashes) {
        jdbc.sql("delete from two_factor_recovery where user_id = ?")
                .param(userId)
                .update();
        jdbc.sql("""
                insert into two_factor (user_id, secret_sealed, last_used_step) values (?, ?, ?)
                on conflict (user_id) do update set secret_sealed = excluded.secret_sealed,
                  last_used_step = excluded.last_used_step, enrolled_at = now()""").params(userId, sealedSecret, step).update();
        for (String hash : recoveryHashes) {
            jdbc.sql("insert into two_factor_recovery (user_id, code_hash) values (?, ?)")
                    .params(userId, hash)
                    .update();
        }
    }

    /** Records the step of an accepted code; false when it was not newer (a replay raced it). */
    boolean use(long userId, long step) {
        return jdbc.sql("update two_factor set last_used_step = ? where user_id = ? and last_used_step < ?")
                        .params(step, userId, step)
                        .update()
                == 1;
    }

    /** Spends a recovery code; false when there is no such unused code. */
    boolean spendRecovery(long userId, String hash) {
        return jdbc.sql("""
                        update two_factor_recovery set used_at = now()
                        where user_id = ? and code_hash = ? and used_at is null""").params(userId, hash).update() == 1;
    }

    int recoveryLeft(long userId) {
        return jdbc.sql("select count(*) from two_factor_recovery where user_id = ? and used_at is null")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    void remove(long userId) {
        jdbc.sql("delete from two_factor_recovery where user_id = ?")
                .param(userId)
                .update();
        jdbc.sql("delete from two_factor where user_id = ?").param(userId).update();
    }

    Set<Role> requiredRoles() {
        return jdbc.sql("select role from two_factor_policy").query(String.class).list().stream()
                .map(Role::valueOf)
                .collect(Collectors.toSet());
    }

    void requireFor(Set<Role> roles, String setBy) {
        jdbc.sql("delete from two_factor_policy").update();
        for (Role role : roles) {
            jdbc.sql("insert into two_factor_policy (role, set_by) values (?, ?)")
                    .params(role.name(), setBy)
                    .update();
        }
    }
}
