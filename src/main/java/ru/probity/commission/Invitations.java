package ru.probity.commission;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * Invitations to a meeting: by e-mail where an address and a mail server exist, otherwise written on
 * the list to hand over. Members get the agenda without names (the page has them); an employee gets
 * his own question only.
 */
@Service
@Transactional
public class Invitations {

    private final Meetings meetings;
    private final MeetingStore store;
    private final CaseStore caseStore;
    private final AccessLog accessLog;
    private final Mailer mailer;
    private final Messages messages;

    Invitations(
            Meetings meetings,
            MeetingStore store,
            CaseStore caseStore,
            AccessLog accessLog,
            Mailer mailer,
            Messages messages) {
        this.meetings = meetings;
        this.store = store;
        this.caseStore = caseStore;
        this.accessLog = accessLog;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** A line of the invitation list. */
    public record Invitation(String name, String email, String channel, String error, Instant sentAt) {}

    @Transactional(readOnly = true)
    public List<Invitation> of(long meetingId) {
        return store.invitations(meetingId);
    }

    /**
     * Invites the members in office on the meeting's day and the employees whose cases are on the
     * agenda. Returns how many were sent by e-mail.
     */
    public int invite(CurrentUser user, long meetingId) {
        Meeting meeting = meetings.kept(user, meetingId);
        List<AgendaItem> agenda = meetings.agenda(meetingId);
        String day = RussianFormats.date(meeting.heldOn());
        String when = messages.text(
                "commission.mail.when",
                day,
                meeting.startsAt() == null ? "" : messages.text("commission.mail.at", meeting.startsAt()),
                meeting.place() == null ? "" : ", " + meeting.place());
        StringBuilder questions = new StringBuilder();
        for (AgendaItem item : agenda) {
            questions
                    .append(item.position())
                    .append(". ")
                    .append(CaseTexts.kindLabel(item.theCase().kind()));
            if (item.theCase().sourceRef() != null) {
                questions.append(" (").append(item.theCase().sourceRef()).append(')');
            }
            questions.append('\n');
        }
        int sent = 0;
        for (Meetings.Attendance a : meetings.attendance(meetingId)) {
            String text = messages.text(
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
                    messages.text("commission.mail.member.subject", day),
                    text,
                    user);
        }
        for (AgendaItem item : agenda) {
            CommissionCase c = item.theCase();
            if (c.employeeId() == null) {
                continue;
            }
            String email = caseStore.email(c.employeeId()).orElse(null);
            String text = messages.text(
                    "commission.mail.employee.body",
                    c.personName(),
                    meeting.commissionName(),
                    when,
                    CaseTexts.kindLabel(c.kind()) + (c.sourceRef() == null ? "" : " (" + c.sourceRef() + ")"));
            sent += send(
                    meetingId,
                    null,
                    c.employeeId(),
                    c.personName(),
                    email,
                    messages.text("commission.mail.employee.subject", day),
                    text,
                    user);
        }
        accessLog.record(AccessAction.UPDATE, Meetings.SUBJECT, meetingId, meeting.organizationId(), "invitations");
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
        if (mailer.configured() && email != null && !email.isBlank()) {
            channel = mailer.send(email, subject, text, "commission meeting " + meetingId) ? "EMAIL" : "FAILED";
        }
        store.invited(
                new MeetingStore.Sent(meetingId, memberId, employeeId, name, email, channel, null, user.username()));
        return channel.equals("EMAIL") ? 1 : 0;
    }
}
