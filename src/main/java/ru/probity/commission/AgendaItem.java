package ru.probity.commission;

import java.util.Map;

/**
 * A question of a meeting's agenda: the case, what was heard and said, the members who declared an
 * interest (by member id, with the reason), the votes (member id to FOR, AGAINST or ABSTAIN) and the
 * decision with its totals; {@code adopted} is null until a vote, false when the decision failed.
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
        Map<Long, String> votes) {

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
                votes);
    }
}
