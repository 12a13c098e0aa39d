package ru.probity.commission.model;

import java.util.Collection;

/**
 * The count of a vote on a question by the members who take part in it (present and not recused),
 * and whether the decision is adopted: by a simple majority of them (Указ №821: «простым
 * большинством голосов присутствующих на заседании членов комиссии»). On a tie the decision fails,
 * unless the regulation gives the presiding member the casting vote (the typical municipal
 * regulation does: «при равенстве голосов решающим является голос председательствующего»,
 * the setting {@code probity.commission.casting-vote}, off by default as in the federal model) and he
 * voted for it.
 */
public record Tally(int votesFor, int against, int abstained) {

    public Tally {
        if (votesFor < 0 || against < 0 || abstained < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The count of the choices of the members who took part. */
    public static Tally of(Collection<Choice> choices) {
        int votesFor = 0;
        int against = 0;
        int abstained = 0;
        for (Choice c : choices) {
            switch (c) {
                case FOR -> votesFor++;
                case AGAINST -> against++;
                case ABSTAIN -> abstained++;
            }
        }
        return new Tally(votesFor, against, abstained);
    }

    /** The members who took part: those who abstained count as present and voting. */
    public int voters() {
        return votesFor + against + abstained;
    }

    /**
     * Whether the decision is adopted.
     *
     * @param presiding the presiding member's choice, or null when he did not take part in this
     *     question (recused, or the question concerns him)
     * @param castingVote whether the presiding member's vote decides a tie
     */
    public boolean adopted(Choice presiding, boolean castingVote) {
        int voters = voters();
        if (2 * votesFor > voters) {
            return true;
        }
        return castingVote && voters > 0 && 2 * votesFor == voters && presiding == Choice.FOR;
    }
}
