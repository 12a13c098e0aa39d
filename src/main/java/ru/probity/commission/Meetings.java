package ru.probity.commission;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.commission.model.CaseStatus;
import ru.probity.commission.model.MeetingDates;
import ru.probity.commission.model.MeetingStatus;
import ru.probity.org.Interests;
import ru.probity.org.OwnPeople;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicationLog;

/**
 * Meetings of a commission: numbered per commission and year; the agenda of its pending cases;
 * attendance and the quorum; closing, which sends undecided questions back to wait for the next
 * meeting. Invitations live in {@link Invitations}, voting in {@link Voting}.
 */
@Service
@Transactional
public class Meetings {

    static final String SUBJECT = "COMMISSION_MEETING";

    private final MeetingStore store;
    private final AgendaStore agendaStore;
    private final CaseStore caseStore;
    private final Commissions commissions;
    private final Cases cases;
    private final AccessLog accessLog;
    private final RegionTime regionTime;
    private final CommissionSection publicSection;

    Meetings(
            MeetingStore store,
            AgendaStore agendaStore,
            CaseStore caseStore,
            Commissions commissions,
            Cases cases,
            AccessLog accessLog,
            RegionTime regionTime,
            CommissionSection publicSection) {
        this.publicSection = publicSection;
        this.regionTime = regionTime;
        this.store = store;
        this.agendaStore = agendaStore;
        this.caseStore = caseStore;
        this.commissions = commissions;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    Meeting load(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("meeting", id));
    }

    /** The meeting, for whoever reads its commission; the reading (the agenda names people) is logged. */
    public Meeting get(CurrentUser user, long id) {
        Meeting meeting = load(id);
        commissions.get(user, meeting.commissionId());
        if (onlyOwn(user, id, cases.own(user))) {
            throw Interests.refusal(user, "meeting", id);
        }
        accessLog.record(AccessAction.READ, SUBJECT, id, meeting.organizationId(), null);
        return meeting;
    }

    /** The meeting, for one who keeps it; refused once it is closed. */
    Meeting kept(CurrentUser user, long id) {
        Meeting meeting = load(id);
        commissions.requireMeetingKeeper(user, commissions.load(meeting.commissionId()));
        if (!meeting.planned()) {
            throw Refusal.conflict("commission.error.meetingClosed");
        }
        return meeting;
    }

    /**
     * Whether the meeting's day has come, so that its attendance, votes and closing may be recorded
     * ({@link MeetingDates#held}): the rule {@link #held(CurrentUser, long)} enforces and the meeting's
     * page follows.
     */
    public boolean canHold(Meeting meeting) {
        return MeetingDates.held(meeting.heldOn(), regionTime.today());
    }

    /** The meeting, for one who keeps it, once its day has come; refused before it and once it is closed. */
    Meeting held(CurrentUser user, long id) {
        Meeting meeting = kept(user, id);
        if (!canHold(meeting)) {
            throw Refusal.conflict("commission.error.notHeldYet", RussianFormats.date(meeting.heldOn()));
        }
        return meeting;
    }

    public boolean keeps(CurrentUser user, Meeting meeting) {
        return commissions.keepsMeetings(user, commissions.load(meeting.commissionId()));
    }

    @Transactional(readOnly = true)
    public List<Meeting> ofCommission(CurrentUser user, long commissionId) {
        commissions.get(user, commissionId);
        return store.ofCommission(commissionId);
    }

    /** Meetings of every commission the user sees, planned first. */
    @Transactional(readOnly = true)
    public List<Meeting> visible(CurrentUser user, int limit) {
        List<Meeting> found = store.visible(CommissionStore.Reader.of(user), limit);
        OwnPeople own = cases.own(user);
        return own.isEmpty()
                ? found
                : found.stream().filter(m -> !onlyOwn(user, m.id(), own)).toList();
    }

    /**
     * Whether every question of the meeting's (non-empty) agenda is about the user himself or his
     * relative: such a meeting is not his to see (273-ФЗ ст.10–11); with other questions he sees the
     * meeting without his own.
     */
    private boolean onlyOwn(CurrentUser user, long meetingId, OwnPeople own) {
        if (own.isEmpty()) {
            return false;
        }
        List<AgendaItem> items = agenda(meetingId);
        return !items.isEmpty()
                && items.stream().allMatch(i -> own.employee(i.theCase().employeeId()));
    }

    /** Refuses a question about the user himself or his relative (HTTP 403, logged). */
    void refuseOwn(CurrentUser user, CommissionCase c) {
        cases.refuseOwn(user, c);
    }

    /** Plans a meeting; it gets the next number of its commission for the year. */
    public long create(CurrentUser user, long commissionId, LocalDate heldOn, LocalTime startsAt, String place) {
        Commission c = commissions.load(commissionId);
        commissions.requireMeetingKeeper(user, c);
        if (heldOn == null) {
            throw Refusal.conflict("commission.error.heldOn");
        }
        long[] meeting = store.insert(
                commissionId,
                heldOn,
                startsAt,
                RussianFormats.blankToNull(place),
                MeetingStatus.PLANNED,
                user.username());
        accessLog.record(AccessAction.CREATE, SUBJECT, meeting[0], c.organizationId(), "№ " + meeting[1]);
        // the public section announces it
        publicSection.changed(c.organizationId(), PublicationLog.Action.UPDATED, user.username());
        return meeting[0];
    }

    // ---------------------------------------------------------------- agenda

    /** The agenda with each question's case, recusals and votes; the cases read are logged. */
    public List<AgendaItem> agenda(CurrentUser user, long meetingId) {
        Meeting meeting = load(meetingId);
        commissions.get(user, meeting.commissionId());
        OwnPeople own = cases.own(user);
        // the questions about the user himself or his relative are left out (273-ФЗ ст.10–11)
        List<AgendaItem> agenda = agenda(meetingId).stream()
                .filter(i -> !own.employee(i.theCase().employeeId()))
                .toList();
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
        return agendaStore.items(meetingId).stream()
                .map(row -> row.item().withCase(cases.load(row.caseId())))
                .toList();
    }

    /** Puts a pending case of the commission on a planned meeting's agenda. */
    public void addToAgenda(CurrentUser user, long meetingId, long caseId) {
        Meeting meeting = kept(user, meetingId);
        CommissionCase c = cases.load(caseId);
        cases.refuseOwn(user, c);
        if (c.commissionId() == null || c.commissionId() != meeting.commissionId()) {
            throw Refusal.conflict("commission.error.otherCommission");
        }
        // taken atomically: two meetings cannot both take the same case
        if (!c.status().canMoveTo(CaseStatus.SCHEDULED)
                || !caseStore.move(caseId, CaseStatus.PENDING, CaseStatus.SCHEDULED, meetingId)) {
            throw Refusal.conflict("commission.error.notPending");
        }
        long item = agendaStore.add(meetingId, caseId, CaseTexts.heard(c));
        // a member whom the question concerns takes no part in it (Указ №821 п.15)
        if (c.employeeId() != null) {
            for (Member m : commissions.activeOn(meeting.commissionId(), meeting.heldOn())) {
                if (c.employeeId().equals(m.employeeId())) {
                    agendaStore.recuse(item, m.id(), "вопрос рассматривается в отношении члена комиссии");
                }
            }
        }
        accessLog.record(AccessAction.UPDATE, Cases.SUBJECT, caseId, c.organizationId(), "agenda of " + meetingId);
    }

    /** Takes an undecided question off the agenda: its case waits again. */
    public void removeFromAgenda(CurrentUser user, long itemId) {
        long meetingId = meetingOfItem(itemId);
        kept(user, meetingId);
        AgendaStore.State item = agendaStore.state(itemId);
        cases.refuseOwn(user, cases.load(item.caseId()));
        if (Boolean.TRUE.equals(item.adopted())) {
            throw Refusal.conflict("commission.error.decided");
        }
        agendaStore.remove(itemId);
        caseStore.move(item.caseId(), CaseStatus.SCHEDULED, CaseStatus.PENDING, null);
    }

    long meetingOfItem(long itemId) {
        return agendaStore.meetingOfItem(itemId).orElseThrow(() -> new NotFound("agenda item", itemId));
    }

    // ---------------------------------------------------------------- attendance and quorum

    /** Members whose term covers the meeting's day, with their attendance (null: not recorded). */
    public record Attendance(Member member, Boolean present) {}

    public List<Attendance> attendance(long meetingId) {
        Meeting meeting = load(meetingId);
        Map<Long, Boolean> marks = store.attendance(meetingId);
        return commissions.activeOn(meeting.commissionId(), meeting.heldOn()).stream()
                .map(m -> new Attendance(m, marks.get(m.id())))
                .toList();
    }

    /** Records who is present; the others are absent. */
    public void recordAttendance(CurrentUser user, long meetingId, Set<Long> presentMemberIds) {
        Meeting meeting = held(user, meetingId);
        for (Attendance a : attendance(meetingId)) {
            store.mark(
                    meetingId,
                    a.member().id(),
                    presentMemberIds.contains(a.member().id()));
        }
        accessLog.record(AccessAction.UPDATE, SUBJECT, meetingId, meeting.organizationId(), "attendance");
    }

    /** Who else attended: the invited persons with their roles (free text for the minutes). */
    public void recordInvitees(CurrentUser user, long meetingId, String invitees) {
        Meeting meeting = held(user, meetingId);
        store.invitees(meetingId, RussianFormats.blankToNull(invitees));
        accessLog.record(AccessAction.UPDATE, SUBJECT, meetingId, meeting.organizationId(), "invitees");
    }

    public Quorum quorum(long meetingId) {
        return Quorum.of(attendance(meetingId));
    }

    // ---------------------------------------------------------------- closing

    /** Closes the meeting: undecided questions go back to wait for the next meeting. */
    public void close(CurrentUser user, long meetingId) {
        Meeting meeting = held(user, meetingId);
        if (!meeting.status().canMoveTo(MeetingStatus.CLOSED)) {
            throw Refusal.conflict("commission.error.meetingClosed");
        }
        caseStore.returnUndecided(meetingId);
        store.move(meetingId, MeetingStatus.CLOSED);
        accessLog.record(AccessAction.UPDATE, SUBJECT, meetingId, meeting.organizationId(), "closed");
        // the public section adds its results
        publicSection.changed(meeting.organizationId(), PublicationLog.Action.UPDATED, user.username());
    }
}
