package ru.probity.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.Mailer;

/**
 * Meetings of a commission: numbered per commission and year; the agenda of its pending cases;
 * invitations (by e-mail where an address and a mail server exist, otherwise written on the list
 * to hand over); attendance and the quorum; closing, which sends undecided questions back to wait
 * for the next meeting. Voting lives in {@link Voting}.
 */
@Service
@Transactional
public class Meetings {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final String MEETING = """
            select mt.*, c.name as commission_name, c.organization_id, o.name as organization_name
            from commission_meeting mt join commission c on c.id = mt.commission_id
            join organization o on o.id = c.organization_id
            """;

    private final JdbcClient jdbc;
    private final Commissions commissions;
    private final Cases cases;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final Mailer mailer;
    private final MessageSource messages;

    Meetings(
            JdbcClient jdbc,
            Commissions commissions,
            Cases cases,
            Organizations organizations,
            AccessLog accessLog,
            Mailer mailer,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.commissions = commissions;
        this.cases = cases;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.mailer = mailer;
        this.messages = messages;
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
                rs.getString("status"),
                rs.getTimestamp("closed_at") == null
                        ? null
                        : rs.getTimestamp("closed_at").toInstant());
    }

    Meeting load(long id) {
        return jdbc.sql(MEETING + " where mt.id = ?")
                .param(id)
                .query(Meetings::row)
                .optional()
                .orElseThrow(() -> new CommissionNotFound("meeting", id));
    }

    /** The meeting, for whoever reads its commission; the reading (the agenda names people) is logged. */
    public Meeting get(CurrentUser user, long id) {
        Meeting meeting = load(id);
        commissions.get(user, meeting.commissionId());
        accessLog.record(AccessAction.READ, "COMMISSION_MEETING", id, meeting.organizationId(), null);
        return meeting;
    }

    /** The meeting, for one who keeps it; refused once it is closed. */
    Meeting kept(CurrentUser user, long id) {
        Meeting meeting = load(id);
        commissions.requireMeetingKeeper(user, commissions.load(meeting.commissionId()));
        if (!meeting.planned()) {
            throw new CommissionRefused("commission.error.meetingClosed");
        }
        return meeting;
    }

    public boolean keeps(CurrentUser user, Meeting meeting) {
        return commissions.keepsMeetings(user, commissions.load(meeting.commissionId()));
    }

    @Transactional(readOnly = true)
    public List<Meeting> ofCommission(CurrentUser user, long commissionId) {
        commissions.get(user, commissionId);
        return jdbc.sql(MEETING + " where mt.commission_id = ? order by mt.held_on desc, mt.number desc")
                .param(commissionId)
                .query(Meetings::row)
                .list();
    }

    /** Meetings of every commission the user sees, planned first. */
    @Transactional(readOnly = true)
    public List<Meeting> visible(CurrentUser user, int limit) {
        return jdbc.sql(MEETING + " where mt.commission_id in (" + Commissions.VISIBLE_IDS + ")"
                        + " order by (mt.status = 'PLANNED') desc, mt.held_on desc limit :limit")
                .param("reads", Commissions.readsSubtree(user))
                .param("scope", organizations.scopePath(user))
                .param("me", user.userId())
                .param("limit", limit)
                .query(Meetings::row)
                .list();
    }

    /** Plans a meeting; it gets the next number of its commission for the year. */
    public long create(CurrentUser user, long commissionId, LocalDate heldOn, LocalTime startsAt, String place) {
        Commission c = commissions.load(commissionId);
        commissions.requireMeetingKeeper(user, c);
        if (heldOn == null) {
            throw new CommissionRefused("commission.error.heldOn");
        }
        int number = jdbc.sql("""
                insert into commission_meeting_counter (commission_id, year, last) values (?, ?, 1)
                on conflict (commission_id, year) do update set last = commission_meeting_counter.last + 1
                returning last""")
                .params(commissionId, heldOn.getYear())
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                insert into commission_meeting (commission_id, year, number, held_on, starts_at, place, status, created_by)
                values (?, ?, ?, ?, ?, ?, 'PLANNED', ?) returning id""")
                .params(
                        commissionId,
                        heldOn.getYear(),
                        number,
                        heldOn,
                        startsAt,
                        Commissions.clean(place),
                        user.username())
                .query(Long.class)
                .single();
        accessLog.record(AccessAction.CREATE, "COMMISSION_MEETING", id, c.organizationId(), "№ " + number);
        return id;
    }

    // ---------------------------------------------------------------- agenda

    /** The agenda with each question's case, recusals and votes; the cases read are logged. */
    public List<AgendaItem> agenda(CurrentUser user, long meetingId) {
        Meeting meeting = load(meetingId);
        commissions.get(user, meeting.commissionId());
        List<AgendaItem> agenda = agenda(meetingId);
        accessLog.recordEach(
                AccessAction.READ,
                Cases.SUBJECT,
                agenda.stream()
                        .map(i -> new AccessLog.Subject(
                                i.theCase().id(), i.theCase().organizationId()))
                        .toList(),
                "agenda of meeting " + meetingId);
        return agenda;
    }

    List<AgendaItem> agenda(long meetingId) {
        Map<Long, Map<Long, String>> recusals = new HashMap<>();
        jdbc.sql("""
                select r.item_id, r.member_id, coalesce(r.reason, '') as reason from commission_recusal r
                join commission_agenda_item i on i.id = r.item_id where i.meeting_id = ?""").param(meetingId).query(rs -> {
            recusals.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
        });
        Map<Long, Map<Long, String>> votes = new HashMap<>();
        jdbc.sql("""
                select v.item_id, v.member_id, v.choice from commission_vote v
                join commission_agenda_item i on i.id = v.item_id where i.meeting_id = ?""").param(meetingId).query(rs -> {
            votes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
        });
        List<AgendaItem> items = new ArrayList<>();
        Map<Long, Long> itemCases = new HashMap<>();
        jdbc.sql("select * from commission_agenda_item where meeting_id = ? order by position, id")
                .param(meetingId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    String decision = rs.getString("decision");
                    items.add(new AgendaItem(
                            id,
                            meetingId,
                            rs.getInt("position"),
                            null,
                            rs.getString("heard"),
                            rs.getString("speeches"),
                            decision == null ? null : Decision.valueOf(decision),
                            rs.getString("decision_text"),
                            rs.getString("motivation"),
                            (Integer) rs.getObject("votes_for"),
                            (Integer) rs.getObject("votes_against"),
                            (Integer) rs.getObject("votes_abstained"),
                            (Boolean) rs.getObject("adopted"),
                            recusals.getOrDefault(id, Map.of()),
                            votes.getOrDefault(id, Map.of())));
                    itemCases.put(id, rs.getLong("case_id"));
                });
        return items.stream()
                .map(i -> new AgendaItem(
                        i.id(),
                        i.meetingId(),
                        i.position(),
                        cases.load(itemCases.get(i.id())),
                        i.heard(),
                        i.speeches(),
                        i.decision(),
                        i.decisionText(),
                        i.motivation(),
                        i.votesFor(),
                        i.votesAgainst(),
                        i.votesAbstained(),
                        i.adopted(),
                        i.recusals(),
                        i.votes()))
                .toList();
    }

    /** Puts a pending case of the commission on a planned meeting's agenda. */
    public void addToAgenda(CurrentUser user, long meetingId, long caseId) {
        Meeting meeting = kept(user, meetingId);
        CommissionCase c = cases.load(caseId);
        if (c.commissionId() == null || c.commissionId() != meeting.commissionId()) {
            throw new CommissionRefused("commission.error.otherCommission");
        }
        // taken atomically: two meetings cannot both take the same case
        int taken = jdbc.sql(
                        "update commission_case set status = 'SCHEDULED', meeting_id = ? where id = ? and status = 'PENDING'")
                .params(meetingId, caseId)
                .update();
        if (taken == 0) {
            throw new CommissionRefused("commission.error.notPending");
        }
        long item = jdbc.sql("""
                insert into commission_agenda_item (meeting_id, case_id, position, heard)
                values (?, ?, (select coalesce(max(position), 0) + 1 from commission_agenda_item where meeting_id = ?), ?)
                returning id""")
                .params(meetingId, caseId, meetingId, heard(c))
                .query(Long.class)
                .single();
        // a member whom the question concerns takes no part in it (Указ №821 п.20)
        if (c.employeeId() != null) {
            for (Member m : commissions.activeOn(meeting.commissionId(), meeting.heldOn())) {
                if (c.employeeId().equals(m.employeeId())) {
                    jdbc.sql("insert into commission_recusal (item_id, member_id, reason) values (?, ?, ?)")
                            .params(item, m.id(), "вопрос рассматривается в отношении члена комиссии")
                            .update();
                }
            }
        }
        accessLog.record(AccessAction.UPDATE, Cases.SUBJECT, caseId, c.organizationId(), "agenda of " + meetingId);
    }

    /** What the minutes say was heard, until the secretary writes it otherwise. */
    static String heard(CommissionCase c) {
        String source = switch (c.sourceType()) {
            case "NOTIFICATION" -> "уведомления" + (c.sourceRef() == null ? "" : " (рег. № " + c.sourceRef() + ")");
            case "FINDING" -> "материалов проверки закупки (находка № " + c.sourceId() + ")";
            case "REPORT" -> "сообщения о коррупции" + (c.sourceRef() == null ? "" : " № " + c.sourceRef());
            case "DECLARATION" ->
                "материалов проверки сведений о доходах, расходах, об имуществе и обязательствах"
                        + " имущественного характера" + (c.sourceRef() == null ? "" : " (" + c.sourceRef() + ")");
            default -> "материалов, поступивших " + DATE.format(c.receivedOn());
        };
        return "Информация секретаря комиссии о рассмотрении " + source
                + (c.personName() == null ? "" : " в отношении " + c.person()) + ": " + c.summary();
    }

    /** Takes an undecided question off the agenda: its case waits again. */
    public void removeFromAgenda(CurrentUser user, long itemId) {
        long meetingId = meetingOfItem(itemId);
        kept(user, meetingId);
        var item = jdbc.sql("select case_id, adopted from commission_agenda_item where id = ?")
                .param(itemId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2)})
                .single();
        if (Boolean.TRUE.equals(item[1])) {
            throw new CommissionRefused("commission.error.decided");
        }
        jdbc.sql("delete from commission_agenda_item where id = ?")
                .param(itemId)
                .update();
        jdbc.sql("update commission_case set status = 'PENDING', meeting_id = null where id = ?")
                .param(item[0])
                .update();
    }

    long meetingOfItem(long itemId) {
        return jdbc.sql("select meeting_id from commission_agenda_item where id = ?")
                .param(itemId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new CommissionNotFound("agenda item", itemId));
    }

    // ---------------------------------------------------------------- attendance and quorum

    /** Members whose term covers the meeting's day, with their attendance (null: not recorded). */
    public record Attendance(Member member, Boolean present) {}

    public List<Attendance> attendance(long meetingId) {
        Meeting meeting = load(meetingId);
        Map<Long, Boolean> marks = new HashMap<>();
        jdbc.sql("select member_id, present from commission_attendance where meeting_id = ?")
                .param(meetingId)
                .query(rs -> {
                    marks.put(rs.getLong(1), rs.getBoolean(2));
                });
        return commissions.activeOn(meeting.commissionId(), meeting.heldOn()).stream()
                .map(m -> new Attendance(m, marks.get(m.id())))
                .toList();
    }

    /** Records who is present; the others are absent. */
    public void recordAttendance(CurrentUser user, long meetingId, Set<Long> presentMemberIds) {
        Meeting meeting = kept(user, meetingId);
        for (Attendance a : attendance(meetingId)) {
            jdbc.sql("""
                    insert into commission_attendance (meeting_id, member_id, present) values (?, ?, ?)
                    on conflict (meeting_id, member_id) do update set present = excluded.present""")
                    .params(
                            meetingId,
                            a.member().id(),
                            presentMemberIds.contains(a.member().id()))
                    .update();
        }
        accessLog.record(AccessAction.UPDATE, "COMMISSION_MEETING", meetingId, meeting.organizationId(), "attendance");
    }

    public Quorum quorum(long meetingId) {
        List<Attendance> attendance = attendance(meetingId);
        List<Member> present = attendance.stream()
                .filter(a -> Boolean.TRUE.equals(a.present()))
                .map(Attendance::member)
                .toList();
        Member presiding = present.stream()
                .filter(m -> m.role() == MemberRole.CHAIR)
                .findFirst()
                .or(() -> present.stream()
                        .filter(m -> m.role() == MemberRole.DEPUTY_CHAIR)
                        .findFirst())
                .orElse(null);
        return new Quorum(
                attendance.size(),
                present.size(),
                (int) present.stream().filter(m -> m.role().independent()).count(),
                Commissions.quorumOf(attendance.size()),
                presiding,
                attendance.stream().anyMatch(a -> a.present() != null));
    }

    // ---------------------------------------------------------------- invitations

    /** A line of the invitation list. */
    public record Invitation(String name, String email, String channel, String error, java.time.Instant sentAt) {}

    public List<Invitation> invitations(long meetingId) {
        return jdbc.sql("select name, email, channel, error, sent_at from commission_invitation where meeting_id = ?"
                        + " order by id")
                .param(meetingId)
                .query((rs, n) -> new Invitation(
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("channel"),
                        rs.getString("error"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /**
     * Invites the members in office on the meeting's day and the employees whose cases are on the
     * agenda. Members get the agenda without names (the page has them); an employee gets his own
     * question only. Returns how many were sent by e-mail.
     */
    public int invite(CurrentUser user, long meetingId) {
        Meeting meeting = kept(user, meetingId);
        List<AgendaItem> agenda = agenda(meetingId);
        String when = text(
                "commission.mail.when",
                DATE.format(meeting.heldOn()),
                meeting.startsAt() == null ? "" : text("commission.mail.at", meeting.startsAt()),
                meeting.place() == null ? "" : ", " + meeting.place());
        StringBuilder questions = new StringBuilder();
        for (AgendaItem item : agenda) {
            questions
                    .append(item.position())
                    .append(". ")
                    .append(kindLabel(item.theCase().kind()));
            if (item.theCase().sourceRef() != null) {
                questions.append(" (").append(item.theCase().sourceRef()).append(')');
            }
            questions.append('\n');
        }
        int sent = 0;
        for (Attendance a : attendance(meetingId)) {
            String text = text(
                    "commission.mail.member.body",
                    a.member().fullName(),
                    String.valueOf(meeting.number()),
                    meeting.commissionName(),
                    meeting.organizationName(),
                    when,
                    questions.toString(),
                    mailer.link("/commission/meetings/" + meetingId));
            sent += send(
                    meetingId,
                    a.member().id(),
                    null,
                    a.member().fullName(),
                    a.member().email(),
                    text("commission.mail.member.subject", DATE.format(meeting.heldOn())),
                    text,
                    user);
        }
        for (AgendaItem item : agenda) {
            CommissionCase c = item.theCase();
            if (c.employeeId() == null) {
                continue;
            }
            String email = jdbc.sql("select email from employee where id = ?")
                    .param(c.employeeId())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            String text = text(
                    "commission.mail.employee.body",
                    c.personName(),
                    meeting.commissionName(),
                    when,
                    kindLabel(c.kind()) + (c.sourceRef() == null ? "" : " (" + c.sourceRef() + ")"));
            sent += send(
                    meetingId,
                    null,
                    c.employeeId(),
                    c.personName(),
                    email,
                    text("commission.mail.employee.subject", DATE.format(meeting.heldOn())),
                    text,
                    user);
        }
        accessLog.record(AccessAction.UPDATE, "COMMISSION_MEETING", meetingId, meeting.organizationId(), "invitations");
        return sent;
    }

    private int send(
            long meetingId,
            Long memberId,
            Long employeeId,
            String name,
            String email,
            String subject,
            String text,
            CurrentUser user) {
        String channel = "RECORDED";
        String error = null;
        if (mailer.configured() && email != null && !email.isBlank()) {
            channel = mailer.send(email, subject, text, "commission meeting " + meetingId) ? "EMAIL" : "FAILED";
        }
        jdbc.sql("""
                insert into commission_invitation (meeting_id, member_id, employee_id, name, email, channel, error, sent_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meetingId, memberId, employeeId, name, email, channel, error, user.username())
                .update();
        return channel.equals("EMAIL") ? 1 : 0;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.forLanguageTag("ru"));
    }

    static String kindLabel(CaseKind kind) {
        return switch (kind) {
            case INDUCEMENT -> "уведомление о склонении к коррупционному правонарушению";
            case PERSONAL_INTEREST -> "уведомление о личной заинтересованности";
            case OTHER_PAID_WORK -> "уведомление об иной оплачиваемой работе";
            case GIFT -> "уведомление о получении подарка";
            case FAMILY_INCOME -> "заявление о невозможности представить сведения о доходах супруги (супруга) и детей";
            case FORMER_OFFICIAL_CONSENT -> "обращение о даче согласия (ст. 12 273-ФЗ)";
            case NEW_EMPLOYER_NOTICE -> "уведомление организации о заключении договора с бывшим служащим";
            case PROCUREMENT_FINDING -> "конфликт интересов в закупке";
            case CITIZEN_REPORT -> "сообщение о коррупции";
            case DECLARATION -> "достоверность и полнота сведений о доходах";
            case HEAD_SUBMISSION -> "представление руководителя";
        };
    }

    // ---------------------------------------------------------------- closing

    /** Closes the meeting: undecided questions go back to wait for the next meeting. */
    public void close(CurrentUser user, long meetingId) {
        Meeting meeting = kept(user, meetingId);
        jdbc.sql("""
                update commission_case set status = 'PENDING', meeting_id = null
                where id in (select case_id from commission_agenda_item where meeting_id = ? and adopted is not true)""").param(meetingId).update();
        jdbc.sql("update commission_meeting set status = 'CLOSED', closed_at = now() where id = ?")
                .param(meetingId)
                .update();
        accessLog.record(AccessAction.UPDATE, "COMMISSION_MEETING", meetingId, meeting.organizationId(), "closed");
    }
}
