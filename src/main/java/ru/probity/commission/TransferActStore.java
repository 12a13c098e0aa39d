package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The acts handing a body's cases to another body's commission ({@code commission_transfer_act}). */
@Repository
class TransferActStore {

    private static final String ACT = """
            select a.*, f.name as from_name, c.name as commission_name, o.name as commission_organization
            from commission_transfer_act a
            join organization f on f.id = a.from_organization_id
            join commission c on c.id = a.to_commission_id
            join organization o on o.id = c.organization_id
            """;

    private final JdbcClient jdbc;

    TransferActStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static TransferAct row(ResultSet rs, int n) throws SQLException {
        return new TransferAct(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getDate("act_date").toLocalDate(),
                rs.getString("title"),
                rs.getLong("from_organization_id"),
                rs.getString("from_name"),
                rs.getLong("to_commission_id"),
                rs.getString("commission_name"),
                rs.getString("commission_organization"),
                rs.getDate("valid_from").toLocalDate(),
                CaseStore.date(rs.getDate("valid_to")));
    }

    /** An act as recorded. */
    record NewAct(
            String number,
            LocalDate actDate,
            String title,
            long fromOrganizationId,
            long toCommissionId,
            LocalDate validFrom,
            LocalDate validTo) {}

    long insert(NewAct a, String by) {
        return jdbc.sql("""
                insert into commission_transfer_act (number, act_date, title, from_organization_id, to_commission_id,
                  valid_from, valid_to, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        a.number(),
                        a.actDate(),
                        a.title(),
                        a.fromOrganizationId(),
                        a.toCommissionId(),
                        a.validFrom(),
                        a.validTo(),
                        by)
                .query(Long.class)
                .single();
    }

    /**
     * The acts a reader of the subtree rooted at {@code organizationId} sees: those handing over a body
     * of his subtree, and those handing cases to a commission of his subtree; the newest first.
     */
    List<TransferAct> visible(long organizationId) {
        return jdbc.sql(ACT + """
                where a.from_organization_id in (select organization_id from org_subtree where ancestor_id = :org)
                   or c.organization_id in (select organization_id from org_subtree where ancestor_id = :org)
                order by a.valid_from desc, a.id desc""")
                .param("org", organizationId)
                .query(TransferActStore::row)
                .list();
    }

    /** An act in force on the day handing the body's cases to an active commission; the latest one first. */
    record Valid(long actId, long commissionId) {}

    Optional<Valid> valid(long bodyId, LocalDate day) {
        return jdbc.sql("""
                select a.id, a.to_commission_id from commission_transfer_act a
                join commission c on c.id = a.to_commission_id
                where a.from_organization_id = ? and c.active and c.kind = 'CONDUCT'
                  and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
                order by a.valid_from desc, a.id desc limit 1""")
                .params(bodyId, day, day)
                .query((rs, n) -> new Valid(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    Optional<TransferAct> find(long id) {
        return jdbc.sql(ACT + " where a.id = ?")
                .param(id)
                .query(TransferActStore::row)
                .optional();
    }

    /** Sets the last day the act is in force (its repeal or expiry); the cases it routed stay routed. */
    void end(long id, LocalDate validTo, String by) {
        jdbc.sql("update commission_transfer_act set valid_to = ?, ended_by = ?, ended_at = now() where id = ?")
                .params(validTo, by, id)
                .update();
    }
}
