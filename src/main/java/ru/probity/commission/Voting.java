package ru.probity.commission;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.declarations.DeclarationReferrals;
import ru.probity.notifications.Notifications;

/**
 * Deciding a question of a meeting: a member who declares a personal interest takes no part in it
 * (Указ №821 п.20); the members present and not recused vote for, against or abstain; the decision,
 * one of the standard list of the case's kind, is taken by a simple majority of them, the
 * presiding member's vote deciding a tie (as the typical municipal regulation adds). Once taken, the
 * case is decided, its source learns the decision, and the follow-up tasks are set.
 */
@Service
@Transactional
public class Voting {

    static final Set<String> CHOICES = Set.of("FOR", "AGAINST", "ABSTAIN");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Cases cases;
    private final FollowUps followUps;
    private final Notifications notifications;
    private final DeclarationReferrals declarations;
    private final AccessLog accessLog;
    private final MessageSource messages;

    Voting(
            JdbcClient jdbc,
            Meetings meetings,
            Cases cases,
            FollowUps followUps,
            Notifications notifications,
            DeclarationReferrals declarations,
            AccessLog accessLog,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.cases = cases;
        this.followUps = followUps;
        this.notifications = notifications;
        this.declarations = declarations;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    private AgendaItem item(long meetingId, long itemId) {
        return meetings.agenda(meetingId).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new CommissionNotFound("agenda item", itemId));
    }

    private static void requireUndecided(AgendaItem item) {
        if (item.decided()) {
            throw new CommissionRefused("commission.error.decided");
        }
    }

    /** A member declares a personal interest in the question: he takes no part in it. */
    public void recuse(CurrentUser user, long itemId, long memberId, String reason) {
        long meetingId = meetings.meetingOfItem(itemId);
        meetings.kept(user, meetingId);
        requireUndecided(item(meetingId, itemId));
        boolean member =
                meetings.attendance(meetingId).stream().anyMatch(a -> a.member().id() == memberId);
        if (!member) {
            throw new CommissionRefused("commission.error.notMember");
        }
        jdbc.sql("""
                insert into commission_recusal (item_id, member_id, reason) values (?, ?, ?)
                on conflict (item_id, member_id) do update set reason = excluded.reason""").params(itemId, memberId, Commissions.clean(reason)).update();
        jdbc.sql("delete from commission_vote where item_id = ? and member_id = ?")
                .params(itemId, memberId)
                .update();
    }

    public void withdrawRecusal(CurrentUser user, long itemId, long memberId) {
        long meetingId = meetings.meetingOfItem(itemId);
        meetings.kept(user, meetingId);
        AgendaItem item = item(meetingId, itemId);
        requireUndecided(item);
        if (concerns(item, memberId)) {
            // the member the question is about never takes part in it (Указ №821 п.20)
            throw new CommissionRefused("commission.error.concerned");
        }
        jdbc.sql("delete from commission_recusal where item_id = ? and member_id = ?")
                .params(itemId, memberId)
                .update();
    }

    /** What the secretary records for a question. */
    public record Ballot(
            Decision decision, String motivation, String heard, String speeches, Map<Long, String> votes) {}

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

    /** Whether the question is about this member himself. */
    private boolean concerns(AgendaItem item, long memberId) {
        Long employee = item.theCase().employeeId();
        return employee != null
                && jdbc.sql("select exists (select 1 from commission_member where id = ? and employee_id = ?)")
                        .params(memberId, employee)
                        .query(Boolean.class)
                        .single();
    }

    /** Records the vote on a question and, when the majority is for it, the decision. */
    public Outcome decide(CurrentUser user, long itemId, Ballot ballot) {
        long meetingId = meetings.meetingOfItem(itemId);
        Meeting meeting = meetings.kept(user, meetingId);
        AgendaItem item = item(meetingId, itemId);
        requireUndecided(item);
        Quorum quorum = meetings.quorum(meetingId);
        if (!quorum.met()) {
            throw new CommissionRefused(quorum.problem());
        }
        CommissionCase theCase = item.theCase();
        if (ballot.decision() == null || !theCase.kind().decisions().contains(ballot.decision())) {
            throw new CommissionRefused("commission.error.decision");
        }
        String motivation = Commissions.clean(ballot.motivation());
        if (ballot.decision() == Decision.OTHER && motivation == null) {
            throw new CommissionRefused("commission.error.motivation");
        }
        List<Member> eligible = eligible(meetingId, item);
        Map<Long, String> votes = ballot.votes() == null ? Map.of() : ballot.votes();
        List<Long> voters = new ArrayList<>();
        for (Member m : eligible) {
            String choice = votes.get(m.id());
            if (choice == null || !CHOICES.contains(choice)) {
                throw new CommissionRefused("commission.error.votesMissing", m.fullName());
            }
            voters.add(m.id());
        }
        int votesFor =
                (int) voters.stream().filter(id -> votes.get(id).equals("FOR")).count();
        int against = (int)
                voters.stream().filter(id -> votes.get(id).equals("AGAINST")).count();
        int abstained = voters.size() - votesFor - against;
        Member presiding = quorum.presiding();
        boolean presidingFor = presiding != null && "FOR".equals(votes.get(presiding.id()));
        boolean adopted = 2 * votesFor > eligible.size() || (2 * votesFor == eligible.size() && presidingFor);

        jdbc.sql("delete from commission_vote where item_id = ?").param(itemId).update();
        for (long id : voters) {
            jdbc.sql("insert into commission_vote (item_id, member_id, choice) values (?, ?, ?)")
                    .params(itemId, id, votes.get(id))
                    .update();
        }
        String formulation = messages.getMessage("commission.decision." + ballot.decision(), null, RUSSIAN);
        String text = motivation == null ? formulation : formulation + " " + motivation;
        jdbc.sql("""
                update commission_agenda_item set heard = coalesce(?, heard), speeches = ?, decision = ?,
                  decision_text = ?, motivation = ?, votes_for = ?, votes_against = ?, votes_abstained = ?, adopted = ?,
                  decided_at = now(), decided_by = ?
                where id = ?""")
                .params(
                        Commissions.clean(ballot.heard()),
                        Commissions.clean(ballot.speeches()),
                        ballot.decision().name(),
                        text,
                        motivation,
                        votesFor,
                        against,
                        abstained,
                        adopted,
                        user.username(),
                        itemId)
                .update();
        if (adopted) {
            jdbc.sql("""
                    update commission_case set status = 'DECIDED', decision = ?, decision_text = ?, decided_on = ?,
                      meeting_id = ? where id = ?""")
                    .params(ballot.decision().name(), text, meeting.heldOn(), meetingId, theCase.id())
                    .update();
            followUps.afterDecision(theCase, meeting, ballot.decision());
            String minuted = "Протокол № " + meeting.number() + " от " + DATE.format(meeting.heldOn()) + ": " + text;
            switch (theCase.sourceType()) {
                case "NOTIFICATION" ->
                    notifications.recordCommissionDecision(theCase.sourceId(), meeting.heldOn(), minuted);
                case "DECLARATION" ->
                    declarations.recordCommissionDecision(theCase.sourceId(), meeting.heldOn(), minuted);
                default -> {}
            }
        }
        accessLog.record(
                AccessAction.UPDATE,
                Cases.SUBJECT,
                theCase.id(),
                theCase.organizationId(),
                (adopted ? "decided " : "not adopted ") + ballot.decision());
        return new Outcome(adopted, votesFor, against, abstained, eligible.size());
    }
}
