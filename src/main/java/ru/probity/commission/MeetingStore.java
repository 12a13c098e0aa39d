package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.commission.model.MeetingStatus;

/**
 * Meetings ({@code commission_meeting} with the numbers of {@code commission_meeting_counter}), their
 * attendance ({@code commission_attendance}) and invitations ({@code commission_invitation}).
 */
@Repository
class MeetingStore {

    private static final String MEETING = """
            select mt.*, c.name as commission_name, c.organization_id, o.name as organization_name,
                case when c.kind = 'MUNICIPAL_POSTS' then 'MUNICIPAL_POSTS'
                     when (select a.kind from org_subtree s join organization a on a.id = s.ancestor_id
                           where s.organization_id = c.organization_id
                             and a.kind in ('REGION', 'REGIONAL_BODY', 'CITY_DISTRICT', 'MUNICIPAL_DISTRICT',
                                            'MUNICIPAL_OKRUG', 'URBAN_SETTLEMENT', 'RURAL_SETTLEMENT', 'ADMINISTRATION')
                           order by s.depth desc limit 1) in ('REGION', 'REGIONAL_BODY') then 'STATE_CIVIL'
                     else 'MUNICIPAL' end as service
            from commission_meeting mt join commission c on c.id = mt.commission_id
            join organization o on o.id = c.organization_id
            """;

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Meeting row(ResultSet rs, int n) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("commission_id"),
                rs.getString("commission_name"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getInt("year"),
                rs.getInt("number"),
                rs.getDate("held_on").toLocalDate(),
                rs.getTime("starts_at") == null ? null : rs.getTime("starts_at").toLocalTime(),
                rs.getString("place"),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("closed_at") == null
                        ? null
                        : rs.getTimestamp("closed_at").toInstant(),
                rs.getString("invitees"),
                rs.getString("service"));
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql(MEETING + " where mt.id = ?")
                .param(id)
                .query(MeetingStore::row)
                .optional();
    }

    List<Meeting> ofCommission(long commissionId) {
        return jdbc.sql(MEETING + " where mt.commission_id = ? order by mt.held_on desc, mt.number desc")
                .param(commissionId)
                .query(MeetingStore::row)
                .list();
    }

    /** Meetings of every commission the reader sees, planned first. */
    List<Meeting> visible(CommissionStore.Reader reader, int limit) {
        return jdbc.sql(MEETING + " where mt.commission_id in (" + CommissionStore.VISIBLE_IDS + ")"
                        + " order by (mt.status = 'PLANNED') desc, mt.held_on desc limit :limit")
                .params(reader.params())
                .param("limit", limit)
                .query(MeetingStore::row)
                .list();
    }

    /**
     * A new meeting with the next number of its commission for the year; the counter row's lock
     * serializes concurrent plans. Returns its id and number.
     */
    long[] insert(
            long commissionId, LocalDate heldOn, LocalTime startsAt, String place, MeetingStatus status, String by) {
        int number = jdbc.sql("""
                insert into commission_meeting_counter (commission_id, year, last) values (?, ?, 1)
                on conflict (commission_id, year) do update set last = commission_meeting_counter.last + 1
                returning last""")
                .params(commissionId, heldOn.getYear())
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                insert into commission_meeting (commission_id, year, number, held_on, starts_at, place, status,
                  closed_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end, ?) returning id""")
                .params(
                        commissionId,
                        heldOn.getYear(),
                        number,
                        heldOn,
                        startsAt,
                        place,
                        status.name(),
                        status == MeetingStatus.CLOSED,
                        by)
                .query(Long.class)
                .single();
        return new long[] {id, number};
    }

    /** Who else attended: the invited persons with their roles, free text. */
    void invitees(long meetingId, String invitees) {
        jdbc.sql("update commission_meeting set invitees = ? where id = ?")
                .params(invitees, meetingId)
                .update();
    }

    void move(long meetingId, MeetingStatus to) {
        jdbc.sql("update commission_meeting set status = ?, closed_at = case when ? then now() end where id = ?")
                .params(to.name(), to == MeetingStatus.CLOSED, meetingId)
                .update();
    }

    /** The attendance recorded, member id to present. */
    Map<Long, Boolean> attendance(long meetingId) {
        Map<Long, Boolean> marks = new HashMap<>();
        jdbc.sql("select member_id, present from commission_attendance where meeting_id = ?")
                .param(meetingId)
                .query(rs -> {
                    marks.put(rs.getLong(1), rs.getBoolean(2));
                });
        return marks;
    }

    void mark(long meetingId, long memberId, boolean present) {
        jdbc.sql("""
                insert into commission_attendance (meeting_id, member_id, present) values (?, ?, ?)
                on conflict (meeting_id, member_id) do update set present = excluded.present""").params(meetingId, memberId, present).update();
    }

    List<Invitations.Invitation> invitations(long meetingId) {
        return jdbc.sql("select name, email, channel, error, sent_at from commission_invitation where meeting_id = ?"
                        + " order by id")
                .param(meetingId)
                .query((rs, n) -> new Invitations.Invitation(
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("channel"),
                        rs.getString("error"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** An invitation sent, or written on the list to hand over. */
    record Sent(
            long meetingId,
            Long memberId,
            Long employeeId,
            String name,
            String email,
            String channel,
            String error,
            String by) {}

    void invited(Sent s) {
        jdbc.sql("""
                insert into commission_invitation (meeting_id, member_id, employee_id, name, email, channel, error, sent_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.meetingId(),
                        s.memberId(),
                        s.employeeId(),
                        s.name(),
                        s.email(),
                        s.channel(),
                        s.error(),
                        s.by())
                .update();
    }
}
