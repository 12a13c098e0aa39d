package ru.probity.acts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code esign_local_act} and {@code esign_agreement}: the preconditions under which an
 * acknowledgement by password is a simple electronic signature (63-ФЗ ст.6 ч.2, ст.9).
 */
@Repository
class SignatureStore {

    private static final String ACT = """
            select a.organization_id, o.name as organization, a.number, a.adopted_on, a.title, a.recorded_at,
                   coalesce((select u.full_name from app_user u where u.username = a.recorded_by), a.recorded_by) as recorded_by
            from esign_local_act a join organization o on o.id = a.organization_id""";

    private final JdbcClient jdbc;

    SignatureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The act that covers the organization: its own, else the nearest one recorded above it. */
    Optional<Signatures.LocalAct> actCovering(long organizationId) {
        return jdbc.sql(ACT + """
                 join org_subtree s on s.ancestor_id = a.organization_id
                where s.organization_id = :org order by s.depth desc limit 1""")
                .param("org", organizationId)
                .query((rs, n) -> act(rs))
                .optional();
    }

    /** The acts recorded for organizations of the subtree of {@code me}, in tree order. */
    List<Signatures.LocalAct> actsWithin(long me) {
        return jdbc.sql(ACT + """
                 where a.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me)
                order by o.path""").param("me", me).query((rs, n) -> act(rs)).list();
    }

    /** Records the organization's act, replacing the one recorded before. */
    void saveAct(long organizationId, String number, LocalDate adoptedOn, String title, String actor) {
        jdbc.sql("""
                insert into esign_local_act (organization_id, number, adopted_on, title, recorded_by)
                values (:org, :number, :on, :title, :by)
                on conflict (organization_id) do update set number = excluded.number, adopted_on = excluded.adopted_on,
                  title = excluded.title, recorded_at = now(), recorded_by = excluded.recorded_by""")
                .param("org", organizationId)
                .param("number", number)
                .param("on", adoptedOn)
                .param("title", title)
                .param("by", actor)
                .update();
    }

    /** The employee's organization. */
    Optional<Long> organizationOf(long employeeId) {
        return jdbc.sql("select organization_id from employee where id = ?")
                .param(employeeId)
                .query(Long.class)
                .optional();
    }

    Optional<Signatures.Agreement> agreement(long employeeId) {
        return jdbc.sql("""
                select g.employee_id, g.agreed_on, g.consented_on, g.way, g.recorded_at,
                       coalesce((select u.full_name from app_user u where u.username = g.recorded_by), g.recorded_by) as recorded_by
                from esign_agreement g where g.employee_id = ?""")
                .param(employeeId)
                .query((rs, n) -> new Signatures.Agreement(
                        rs.getLong("employee_id"),
                        rs.getDate("agreed_on").toLocalDate(),
                        rs.getDate("consented_on").toLocalDate(),
                        rs.getString("way"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .optional();
    }

    /** Records the employee's consent and agreement, replacing the one recorded before. */
    void saveAgreement(long employeeId, LocalDate agreedOn, LocalDate consentedOn, String way, String actor) {
        jdbc.sql("""
                insert into esign_agreement (employee_id, agreed_on, consented_on, way, recorded_by)
                values (:employee, :agreed, :consented, :way, :by)
                on conflict (employee_id) do update set agreed_on = excluded.agreed_on, consented_on = excluded.consented_on,
                  way = excluded.way, recorded_at = now(), recorded_by = excluded.recorded_by""")
                .param("employee", employeeId)
                .param("agreed", agreedOn)
                .param("consented", consentedOn)
                .param("way", way)
                .param("by", actor)
                .update();
    }

    /**
     * The demo's past: the act recorded for the organization and a paper agreement for every active
     * employee of its subtree who has none, on {@code agreedOn} or on his appointment if later;
     * returns how many agreements.
     */
    int establish(
            long organizationId, String number, LocalDate adoptedOn, String title, LocalDate agreedOn, String actor) {
        saveAct(organizationId, number, adoptedOn, title, actor);
        return jdbc.sql("""
                insert into esign_agreement (employee_id, agreed_on, consented_on, way, recorded_by)
                select e.id, x.day, x.day, 'PAPER', :by from employee e
                cross join lateral (select least(greatest(cast(:agreed as date), coalesce(e.appointed_on, cast(:agreed as date))),
                                                 current_date) as day) x
                where e.active
                  and e.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)
                on conflict (employee_id) do nothing""")
                .param("agreed", agreedOn)
                .param("by", actor)
                .param("org", organizationId)
                .update();
    }

    private static Signatures.LocalAct act(ResultSet rs) throws SQLException {
        return new Signatures.LocalAct(
                rs.getLong("organization_id"),
                rs.getString("organization"),
                rs.getString("number"),
                rs.getDate("adopted_on").toLocalDate(),
                rs.getString("title"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }
}
