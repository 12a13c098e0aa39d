package ru.probity.commission;

import java.util.Map;
import java.util.Set;

/**
 * A question of a meeting's agenda: the case, what was heard and said, the members who declared an
 * interest (by member id, with the reason), the decision with its totals; {@code adopted} is null until
 * a vote, false when the decision failed. The vote is secret unless the commission decided on an open
 * vote for the question ({@code openVote}): a secret vote keeps only who voted ({@code voters}) and the
 * totals, an open one also each member's choice ({@code votes}: member id to FOR, AGAINST or ABSTAIN).
 * The servant's presence ({@code servantPresence}, null: not recorded), whether the information goes to
 * law enforcement, and the members' dissenting opinions (member id to text) are recorded with it.
 */
public record AgendaItem(
        long id,
        long meetingId,
        int position,
        CommissionCase theCase,
        String heard,
        String speeches,
        Decision decision,
        String decisionText,
        String motivation,
        Integer votesFor,
        Integer votesAgainst,
        Integer votesAbstained,
        Boolean adopted,
        Map<Long, String> recusals,
        Map<Long, String> votes,
        boolean openVote,
        Set<Long> voters,
        ServantPresence servantPresence,
        boolean lawEnforcement,
        Map<Long, String> dissents) {

    public boolean decided() {
        return Boolean.TRUE.equals(adopted);
    }

    public boolean failed() {
        return Boolean.FALSE.equals(adopted);
    }

    /** The question with its case. */
    AgendaItem withCase(CommissionCase c) {
        return new AgendaItem(
                id,
                meetingId,
                position,
                c,
                heard,
                speeches,
                decision,
                decisionText,
                motivation,
                votesFor,
                votesAgainst,
                votesAbstained,
                adopted,
                recusals,
                votes,
                openVote,
                voters,
                servantPresence,
                lawEnforcement,
                dissents);
    }
}
