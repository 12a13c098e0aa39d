package ru.probity.commission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.cases.CaseDecided;
import ru.probity.commission.model.CaseStatus;
import ru.probity.commission.model.Choice;
import ru.probity.commission.model.Tally;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;

/**
 * Deciding a question of a meeting: a member who declares a personal interest takes no part in it
 * (Указ №821 п.15); the members present and not recused vote for, against or abstain — by secret ballot
 * unless the commission decides on an open vote for the question (then each member's choice is kept;
 * in a secret one the totals and who voted only); the decision,
 * one of the standard list of the case's kind, is taken by a simple majority of them, the presiding
 * member's vote deciding a tie when the regulation says so ({@link Tally},
 * {@code probity.commission.casting-vote}). Once taken, the case is decided, its source learns the
 * decision through {@link CaseDecided} in the same transaction, and the follow-up tasks are set.
 */
@Service
@Transactional
public class Voting {

    private final Meetings meetings;
    private final AgendaStore agendaStore;
    private final CaseStore caseStore;
    private final Commissions commissions;
    private final FollowUps followUps;
    private final AccessLog accessLog;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final CommissionSettings settings;

    Voting(
            Meetings meetings,
            AgendaStore agendaStore,
            CaseStore caseStore,
            Commissions commissions,
            FollowUps followUps,
            AccessLog accessLog,
            Messages messages,
            ApplicationEventPublisher events,
            CommissionSettings settings) {
        this.meetings = meetings;
        this.agendaStore = agendaStore;
        this.caseStore = caseStore;
        this.commissions = commissions;
        this.followUps = followUps;
        this.accessLog = accessLog;
        this.messages = messages;
        this.events = events;
        this.settings = settings;
    }

    private AgendaItem item(long meetingId, long itemId) {
        return meetings.agenda(meetingId).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("agenda item", itemId));
    }

    private static void requireUndecided(AgendaItem item) {
        if (item.decided()) {
            throw Refusal.conflict("commission.error.decided");
        }
    }

    /** A member declares a personal interest in the question: he takes no part in it. */
    public void recuse(CurrentUser user, long itemId, long memberId, String reason) {
        long meetingId = meetings.meetingOfItem(itemId);
        meetings.kept(user, meetingId);
        AgendaItem recused = item(meetingId, itemId);
        meetings.refuseOwn(user, recused.theCase());
        requireUndecided(recused);
        boolean member =
                meetings.attendance(meetingId).stream().anyMatch(a -> a.member().id() == memberId);
        if (!member) {
            throw Refusal.conflict("commission.error.notMember");
        }
        agendaStore.recuse(itemId, memberId, RussianFormats.blankToNull(reason));
    }

    public void withdrawRecusal(CurrentUser user, long itemId, long memberId) {
        long meetingId = meetings.meetingOfItem(itemId);
        meetings.kept(user, meetingId);
        AgendaItem item = item(meetingId, itemId);
        meetings.refuseOwn(user, item.theCase());
        requireUndecided(item);
        if (commissions.concerns(item.theCase(), memberId)) {
            // the member the question is about never takes part in it (Указ №821 п.15)
            throw Refusal.conflict("commission.error.concerned");
        }
        agendaStore.withdrawRecusal(itemId, memberId);
    }

    /**
     * What the secretary records for a question. The vote is secret unless the commission decided on an
     * open vote ({@code openVote}): an open vote gives each member's choice ({@code votes}: member id to
     * FOR, AGAINST or ABSTAIN), a secret one the totals counted from the ballots ({@code totals}; when
     * only {@code votes} are given they are counted and forgotten). {@code servantPresence}: whether the
     * servant concerned attended (null: not recorded); {@code lawEnforcement}: the commission saw signs
     * of a crime or an administrative offence.
     */
    public record Ballot(
            Decision decision,
            String motivation,
            String heard,
            String speeches,
            boolean openVote,
            Map<Long, String> votes,
            Tally totals,
            ServantPresence servantPresence,
            boolean lawEnforcement) {

        /** An open vote with each member's choice. */
        public Ballot(Decision decision, String motivation, String heard, String speeches, Map<Long, String> votes) {
            this(decision, motivation, heard, speeches, true, votes, null, null, false);
        }

        /** A secret vote: the totals only. */
        public static Ballot secret(Decision decision, String motivation, Tally totals) {
            return new Ballot(decision, motivation, null, null, false, null, totals, null, false);
        }
    }

    /** The outcome of a vote. */
    public record Outcome(boolean adopted, int votesFor, int votesAgainst, int abstained, int eligible) {}

    /** The members who vote on a question: present and not recused. */
    public List<Member> eligible(long meetingId, AgendaItem item) {
        return meetings.attendance(meetingId).stream()
                .filter(a -> Boolean.TRUE.equals(a.present()))
                .map(Meetings.Attendance::member)
                .filter(m -> !item.recusals().containsKey(m.id()))
                .filter(m -> m.employeeId() == null
                        || !m.employeeId().equals(item.theCase().employeeId()))
                .toList();
    }

    /** Records the vote on a question and, when the majority is for it, the decision. */
    public Outcome decide(CurrentUser user, long itemId, Ballot ballot) {
        long meetingId = meetings.meetingOfItem(itemId);
        Meeting meeting = meetings.held(user, meetingId);
        AgendaItem item = item(meetingId, itemId);
        meetings.refuseOwn(user, item.theCase());
        requireUndecided(item);
        Quorum quorum = meetings.quorum(meetingId);
        if (!quorum.met()) {
            throw Refusal.conflict(quorum.problem());
        }
        CommissionCase theCase = item.theCase();
        if (ballot.decision() == null || !theCase.kind().decisions().contains(ballot.decision())) {
            throw Refusal.conflict("commission.error.decision");
        }
        String motivation = RussianFormats.blankToNull(ballot.motivation());
        if (ballot.decision() == Decision.OTHER && motivation == null) {
            throw Refusal.conflict("commission.error.motivation");
        }
        if (ballot.servantPresence() != null && !ballot.servantPresence().allowsDecision()) {
            // absent for a good reason: the question is postponed (Указ №821 пп.19–20 model)
            throw Refusal.conflict("commission.error.servantExcused");
        }
        List<Member> eligible = eligible(meetingId, item);
        Map<Long, String> ballotVotes = ballot.votes() == null ? Map.of() : ballot.votes();
        Tally tally;
        Member presiding = quorum.presiding();
        Choice presidingChoice = null;
        if (ballot.openVote()) {
            Map<Long, Choice> votes = new LinkedHashMap<>();
            for (Member m : eligible) {
                Choice choice = Choice.parse(ballotVotes.get(m.id()))
                        .orElseThrow(() -> Refusal.conflict("commission.error.votesMissing", m.fullName()));
                votes.put(m.id(), choice);
            }
            tally = Tally.of(votes.values());
            presidingChoice = presiding == null ? null : votes.get(presiding.id());
            agendaStore.votes(itemId, votes);
        } else {
            // a secret ballot: the totals counted from the ballots, who voted, never who chose what
            tally = ballot.totals();
            if (tally == null && !ballotVotes.isEmpty()) {
                tally = Tally.of(ballotVotes.values().stream()
                        .map(Choice::parse)
                        .flatMap(java.util.Optional::stream)
                        .toList());
            }
            if (tally == null || tally.voters() != eligible.size()) {
                throw Refusal.conflict(
                        "commission.error.secretTotals", tally == null ? 0 : tally.voters(), eligible.size());
            }
            agendaStore.voters(itemId, eligible.stream().map(Member::id).toList());
        }
        // in a secret ballot the presiding member's choice is not known: a tie fails
        boolean adopted = tally.adopted(presidingChoice, settings.castingVote());
        if (adopted && !theCase.status().canMoveTo(CaseStatus.DECIDED)) {
            throw Refusal.conflict("commission.error.decided");
        }

        String formulation = messages.text("commission.decision." + ballot.decision());
        String text = motivation == null ? formulation : formulation + " " + motivation;
        agendaStore.voted(
                itemId,
                new AgendaStore.Minutes(
                        RussianFormats.blankToNull(ballot.heard()),
                        RussianFormats.blankToNull(ballot.speeches()),
                        ballot.decision(),
                        text,
                        motivation,
                        tally,
                        adopted,
                        user.username(),
                        ballot.openVote(),
                        theCase.personName() == null ? null : ballot.servantPresence(),
                        adopted && ballot.lawEnforcement()));
        if (adopted) {
            decided(theCase, meeting, ballot.decision(), text, ballot.lawEnforcement());
        }
        accessLog.record(
                AccessAction.UPDATE,
                Cases.SUBJECT,
                theCase.id(),
                theCase.organizationId(),
                (adopted ? "decided " : "not adopted ") + ballot.decision());
        return new Outcome(adopted, tally.votesFor(), tally.against(), tally.abstained(), eligible.size());
    }

    /**
     * A member's written dissenting opinion on a decided question (особое мнение), attached to the
     * minutes: only from a member who voted against — in an open vote by his recorded choice; in a
     * secret one the opinions cannot outnumber the votes against, and by giving it the member himself
     * discloses his vote. Recorded by the one who keeps the meeting until it is closed.
     */
    public void dissent(CurrentUser user, long itemId, long memberId, String text) {
        long meetingId = meetings.meetingOfItem(itemId);
        meetings.held(user, meetingId);
        AgendaItem item = item(meetingId, itemId);
        meetings.refuseOwn(user, item.theCase());
        String opinion = RussianFormats.blankToNull(text);
        if (opinion == null) {
            throw Refusal.conflict("commission.error.dissentText");
        }
        if (!item.decided() || !item.voters().contains(memberId)) {
            throw Refusal.conflict("commission.error.dissentNotVoter");
        }
        boolean against = item.openVote()
                ? "AGAINST".equals(item.votes().get(memberId))
                : item.dissents().keySet().stream().filter(id -> id != memberId).count()
                        < (item.votesAgainst() == null ? 0 : item.votesAgainst());
        if (!against) {
            throw Refusal.conflict("commission.error.dissentNotAgainst");
        }
        agendaStore.dissent(itemId, memberId, opinion, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                Cases.SUBJECT,
                item.theCase().id(),
                item.theCase().organizationId(),
                "dissent");
    }

    /** The case is decided: its follow-up is set and its source learns the decision as the minutes word it. */
    void decided(CommissionCase theCase, Meeting meeting, Decision decision, String text, boolean lawEnforcement) {
        caseStore.decided(theCase.id(), decision, text, meeting.heldOn(), meeting.id());
        followUps.afterDecision(theCase, meeting, decision, lawEnforcement);
        String minuted =
                "Протокол № " + meeting.number() + " от " + RussianFormats.date(meeting.heldOn()) + ": " + text;
        events.publishEvent(new CaseDecided(theCase.sourceType(), theCase.sourceId(), meeting.heldOn(), minuted));
    }
}
