package ru.probity.commission.model;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.commission.model.Choice.ABSTAIN;
import static ru.probity.commission.model.Choice.AGAINST;
import static ru.probity.commission.model.Choice.FOR;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The majority of those who take part and the presiding member's casting vote. */
class TallyTest {

    @Test
    void countsEveryChoice() {
        Tally tally = Tally.of(List.of(FOR, FOR, AGAINST, ABSTAIN, FOR));
        assertThat(tally).isEqualTo(new Tally(3, 1, 1));
        assertThat(tally.voters()).isEqualTo(5);
    }

    @Test
    void moreThanHalfOfThoseWhoTakePartAdopts() {
        assertThat(Tally.of(List.of(FOR, FOR, AGAINST)).adopted(AGAINST, false)).isTrue();
        assertThat(Tally.of(List.of(FOR, FOR, AGAINST, AGAINST, FOR)).adopted(null, true))
                .isTrue();
    }

    @Test
    void anAbstentionCountsAsPresentAndNotFor() {
        // 2 of 4: no majority; the abstention is not a vote for
        assertThat(Tally.of(List.of(FOR, FOR, ABSTAIN, AGAINST)).adopted(AGAINST, true))
                .isFalse();
        assertThat(Tally.of(List.of(FOR, ABSTAIN, ABSTAIN)).adopted(FOR, true)).isFalse();
    }

    @Test
    void onATieThePresidingMembersVoteDecidesWhenTheRegulationGivesHimTheCastingVote() {
        Tally tie = Tally.of(List.of(FOR, FOR, AGAINST, ABSTAIN));
        assertThat(tie.adopted(FOR, true)).isTrue();
        assertThat(tie.adopted(AGAINST, true)).isFalse();
        assertThat(tie.adopted(ABSTAIN, true)).isFalse();
    }

    @Test
    void withoutTheCastingVoteATieFails() {
        Tally tie = Tally.of(List.of(FOR, AGAINST));
        assertThat(tie.adopted(FOR, false)).isFalse();
    }

    @Test
    void thePresidingMemberWhoTakesNoPartCastsNothing() {
        assertThat(Tally.of(List.of(FOR, AGAINST)).adopted(null, true)).isFalse();
        assertThat(Tally.of(List.of()).adopted(FOR, true)).isFalse();
    }

    @Test
    void aChoiceIsReadByItsNameOnly() {
        assertThat(Choice.parse("FOR")).contains(FOR);
        assertThat(Choice.parse("ABSTAIN")).contains(ABSTAIN);
        assertThat(Choice.parse("for")).isEmpty();
        assertThat(Choice.parse("")).isEmpty();
        assertThat(Choice.parse(null)).isEmpty();
    }
}
