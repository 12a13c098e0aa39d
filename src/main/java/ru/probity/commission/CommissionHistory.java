package ru.probity.commission;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.commission.model.CaseStatus;
import ru.probity.commission.model.Choice;
import ru.probity.commission.model.MeetingStatus;
import ru.probity.commission.model.Tally;
import ru.probity.platform.NotFound;
import ru.probity.platform.RussianFormats;

/**
 * The commission's past as a region brings it along (the demo region): a commission and its members
 * with their terms, meetings already held with their attendance, cases and the decisions taken on
 * them with recusals, votes and follow-up. It writes history, so the rules of "now" — who keeps the
 * meetings, whether a meeting is still planned, the quorum — do not apply; the sources of the cases
 * keep their own history (no {@code CaseDecided} is published). On behalf of no user: every method
 * names who the records are by.
 */
@Service
@Transactional
public class CommissionHistory {

    private final Commissions commissions;
    private final Cases cases;
    private final CaseStore caseStore;
    private final MeetingStore meetingStore;
    private final AgendaStore agendaStore;
    private final FollowUpStore followUpStore;
    private final CommissionSettings settings;

    CommissionHistory(
            Commissions commissions,
            Cases cases,
            CaseStore caseStore,
            MeetingStore meetingStore,
            AgendaStore agendaStore,
            FollowUpStore followUpStore,
            CommissionSettings settings) {
        this.commissions = commissions;
        this.cases = cases;
        this.caseStore = caseStore;
        this.meetingStore = meetingStore;
        this.agendaStore = agendaStore;
        this.followUpStore = followUpStore;
        this.settings = settings;
    }

    /** A commission of the organization (the default name when none is given); cases waiting come to it. */
    public long commission(long organizationId, String name, String basis, String by) {
        return commissions.form(organizationId, name, basis, by);
    }

    /** An act handing a body's cases to another body's commission, as the region recorded it. */
    public long transferAct(Commissions.TransferForm form, String by) {
        return commissions.transfer(form, by);
    }

    /** A member with the term given, his employee record as given, his account (if named) linked. */
    public long member(long commissionId, Commissions.MemberForm form, Long employeeId, String by) {
        commissions.load(commissionId);
        return commissions.addMember(commissionId, form, employeeId, false, by);
    }

    /** A meeting with the next number of its commission for its year; closed when it was held. */
    public long meeting(
            long commissionId, LocalDate heldOn, LocalTime startsAt, String place, boolean held, String by) {
        commissions.load(commissionId);
        return meetingStore
                .insert(
                        commissionId,
                        heldOn,
                        startsAt,
                        RussianFormats.blankToNull(place),
                        held ? MeetingStatus.CLOSED : MeetingStatus.PLANNED,
                        by)[0];
    }

    /** Who else attended the meeting: invited persons with their roles. */
    public void invitees(long meetingId, String invitees) {
        meetingStore.find(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
        meetingStore.invitees(meetingId, RussianFormats.blankToNull(invitees));
    }

    /** Who was present (member id to present). */
    public void attendance(long meetingId, Map<Long, Boolean> presence) {
        meetingStore.find(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
        presence.forEach((member, present) -> meetingStore.mark(meetingId, member, present));
    }

    /** A new source id for a case brought by hand (source type {@link Cases#MANUAL}). */
    public long manualSource() {
        return caseStore.nextManualSource();
    }

    /** A case as it arrived, waiting for a meeting: to the commission with competence, with the term of the setting. */
    public long arrived(CaseIntake intake, String by) {
        LocalDate received = intake.receivedOn() == null ? LocalDate.now() : intake.receivedOn();
        return caseStore
                .insert(
                        intake,
                        new CaseStore.Opening(
                                commissions.route(intake.organizationId(), intake.employeeId(), received),
                                received,
                                received.plusDays(settings.considerWithinDays(intake.kind())),
                                by))
                .orElseGet(() -> caseStore.idOfSource(intake.sourceType(), intake.sourceId()));
    }

    /**
     * What the minutes of a held meeting record of a question.
     *
     * @param votes member id to FOR, AGAINST or ABSTAIN, of those who took part; in a secret ballot
     *     only counted (the totals and who voted are kept, not the choices)
     * @param recusals member id to the reason he declared
     * @param decidedBy who recorded the vote (the secretary's account)
     * @param openVote whether the commission decided on an open vote for the question
     * @param dissents member id to his dissenting opinion (a member who voted against)
     * @param servantPresence whether the servant concerned attended (null: not recorded)
     */
    public record Minuted(
            Decision decision,
            String decisionText,
            String heard,
            String speeches,
            Map<Long, String> votes,
            Map<Long, String> recusals,
            String decidedBy,
            boolean openVote,
            Map<Long, String> dissents,
            ServantPresence servantPresence) {

        /** An open vote without dissenting opinions, the servant's presence not recorded. */
        public Minuted(
                Decision decision,
                String decisionText,
                String heard,
                String speeches,
                Map<Long, String> votes,
                Map<Long, String> recusals,
                String decidedBy) {
            this(decision, decisionText, heard, speeches, votes, recusals, decidedBy, true, Map.of(), null);
        }
    }

    /**
     * The waiting case decided at the meeting: its question last on the agenda, the recusals, the
     * votes and their totals, the decision adopted, the case decided on the meeting's day, and the
     * follow-up tasks a decision sets. Returns the follow-up tasks' ids in the order they were set
     * (the extract, then the head's answer).
     */
    public List<Long> decided(long caseId, long meetingId, Minuted m, String by) {
        CommissionCase c = cases.load(caseId);
        Meeting meeting = meetingStore.find(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
        if (!c.status().canMoveTo(CaseStatus.SCHEDULED)
                || !caseStore.move(caseId, CaseStatus.PENDING, CaseStatus.SCHEDULED, meetingId)) {
            throw new IllegalStateException("Case " + caseId + " is not waiting");
        }
        long item = agendaStore.add(meetingId, caseId, CaseTexts.heard(c));
        m.recusals().forEach((member, reason) -> agendaStore.recuse(item, member, reason));
        Map<Long, Choice> votes = new LinkedHashMap<>();
        m.votes()
                .forEach((member, choice) -> votes.put(
                        member,
                        Choice.parse(choice)
                                .orElseThrow(() -> new IllegalArgumentException("No such choice: " + choice))));
        if (m.openVote()) {
            agendaStore.votes(item, votes);
        } else {
            agendaStore.voters(item, votes.keySet());
        }
        m.dissents().forEach((member, text) -> agendaStore.dissent(item, member, text, m.decidedBy()));
        agendaStore.voted(
                item,
                new AgendaStore.Minutes(
                        m.heard(),
                        m.speeches(),
                        m.decision(),
                        m.decisionText(),
                        null,
                        Tally.of(votes.values()),
                        true,
                        m.decidedBy(),
                        m.openVote(),
                        m.servantPresence(),
                        false));
        caseStore.decided(caseId, m.decision(), m.decisionText(), meeting.heldOn(), meetingId);
        return FollowUps.afterDecision(c, meetingId, meeting.heldOn(), m.decision(), false, settings).stream()
                .map(task -> followUpStore.insert(task, by))
                .toList();
    }

    /** A follow-up task done on the day, with the measure taken (if any). */
    public void done(long followUpId, LocalDate doneOn, Measure measure) {
        followUpStore.caseOf(followUpId).orElseThrow(() -> new NotFound("follow-up", followUpId));
        followUpStore.done(followUpId, doneOn, measure, null);
    }
}
