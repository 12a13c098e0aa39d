package ru.probity.commission;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the public subsection of the commission reads ({@link CommissionSection}): the active
 * commissions of an organization's subtree, their members in office (name, post, role — never the
 * e-mail, the account or the employee card), the planned meetings (day and time) and the tallies of
 * the decisions adopted at closed meetings by the kind of question — never a case's person, summary,
 * materials or decision text.
 */
@Repository
class CommissionPortalStore {

    /** A commission as the public sees it. */
    record PublicCommission(
            long id, long organizationId, String organization, String name, String basis, String kind) {}

    /** A member in office as the public sees him. */
    record PublicMember(long commissionId, String fullName, String position, MemberRole role) {}

    /** A planned meeting: only when. */
    record Announcement(long commissionId, int year, int number, LocalDate heldOn, LocalTime startsAt) {}

    /** How many questions of a kind a closed meeting decided with a decision. */
    record Tally(
            long commissionId,
            long meetingId,
            int year,
            int number,
            LocalDate heldOn,
            CaseKind kind,
            Decision decision,
            int count) {}

    private final JdbcClient jdbc;

    CommissionPortalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active commissions formed in the organization's subtree, its own first, then in tree order. */
    List<PublicCommission> commissions(long organizationId, int limit) {
        return jdbc.sql("""
                select c.id, c.organization_id, o.name, c.name, c.basis, c.kind from commission c
                join organization o on o.id = c.organization_id and o.active
                where c.active and c.organization_id in
                  (select organization_id from org_subtree where ancestor_id = :org)
                order by (c.organization_id = :org) desc, o.path, c.kind, c.id limit :limit""")
                .param("org", organizationId)
                .param("limit", limit)
                .query((rs, n) -> new PublicCommission(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** The members in office today of the commissions, by role and name. */
    List<PublicMember> members(List<Long> commissionIds) {
        if (commissionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select commission_id, full_name, position, role from commission_member
                where commission_id in (:ids) and term_from <= current_date
                  and (term_to is null or term_to >= current_date)
                order by commission_id,
                  array_position(array['CHAIR','DEPUTY_CHAIR','SECRETARY','MEMBER','INDEPENDENT','REGIONAL'], role),
                  full_name""")
                .param("ids", commissionIds)
                .query((rs, n) -> new PublicMember(
                        rs.getLong(1), rs.getString(2), rs.getString(3), MemberRole.valueOf(rs.getString(4))))
                .list();
    }

    /** The planned meetings of the commissions from today on, the nearest first. */
    List<Announcement> announcements(List<Long> commissionIds) {
        if (commissionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select commission_id, year, number, held_on, starts_at from commission_meeting
                where commission_id in (:ids) and status = 'PLANNED' and held_on >= current_date
                order by held_on, starts_at nulls last, id""")
                .param("ids", commissionIds)
                .query((rs, n) -> new Announcement(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getTime(5) == null ? null : rs.getTime(5).toLocalTime()))
                .list();
    }

    /**
     * The adopted decisions of the closed meetings held since {@code since}, counted per meeting, kind
     * of question and decision; the latest meetings first.
     */
    List<Tally> tallies(List<Long> commissionIds, LocalDate since) {
        if (commissionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.commission_id, m.id, m.year, m.number, m.held_on, c.kind, a.decision, count(*)
                from commission_meeting m
                join commission_agenda_item a on a.meeting_id = m.id and a.adopted and a.decision is not null
                join commission_case c on c.id = a.case_id
                where m.commission_id in (:ids) and m.status = 'CLOSED' and m.held_on >= :since
                group by m.commission_id, m.id, m.year, m.number, m.held_on, c.kind, a.decision
                order by m.held_on desc, m.id desc, c.kind, a.decision""")
                .param("ids", commissionIds)
                .param("since", since)
                .query((rs, n) -> new Tally(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getDate(5).toLocalDate(),
                        CaseKind.valueOf(rs.getString(6)),
                        Decision.valueOf(rs.getString(7)),
                        rs.getInt(8)))
                .list();
    }
}
