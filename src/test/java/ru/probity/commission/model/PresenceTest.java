package ru.probity.commission.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quorum of Указ №821 п.19 and the composition of п.8. */
class PresenceTest {

    @Test
    void twoThirdsRoundedUp() {
        assertThat(Presence.required(9)).isEqualTo(6);
        assertThat(Presence.required(10)).isEqualTo(7);
        assertThat(Presence.required(3)).isEqualTo(2);
        assertThat(Presence.required(1)).isEqualTo(1);
        assertThat(Presence.required(0)).isZero();
    }

    @Test
    void theQuorumNeedsTwoThirdsAnIndependentMemberAndThePresiding() {
        assertThat(new Presence(9, 6, 1, true, true).met()).isTrue();
        assertThat(new Presence(9, 6, 1, true, true).problem()).isNull();
        assertThat(new Presence(9, 5, 1, true, true).problem()).isEqualTo("commission.quorum.tooFew");
        assertThat(new Presence(9, 9, 0, true, true).problem()).isEqualTo("commission.quorum.noIndependent");
        assertThat(new Presence(9, 7, 2, false, true).problem()).isEqualTo("commission.quorum.noPresiding");
        assertThat(new Presence(9, 0, 0, false, false).problem()).isEqualTo("commission.quorum.notRecorded");
        assertThat(new Presence(0, 0, 0, false, true).met()).isFalse();
        assertThat(new Presence(0, 0, 0, false, true).problem()).isEqualTo("commission.quorum.tooFew");
    }

    @Test
    void aQuarterOfTheMembersFromOutsideTheBody() {
        Composition nine = Composition.of(9, 3, true, true);
        assertThat(nine.independentShare()).isTrue();
        assertThat(nine.quorum()).isEqualTo(6);
        assertThat(nine.warnings()).isEmpty();
        Composition few = Composition.of(9, 2, false, false);
        assertThat(few.warnings())
                .containsExactly(
                        "commission.warning.noChair",
                        "commission.warning.noSecretary",
                        "commission.warning.independentShare");
        assertThat(Composition.of(0, 0, false, false).independentShare()).isFalse();
    }
}
