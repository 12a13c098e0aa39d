package ru.probity.notifications.model;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.notifications.model.NotificationStatus.CLOSED;
import static ru.probity.notifications.model.NotificationStatus.DECIDED;
import static ru.probity.notifications.model.NotificationStatus.REGISTERED;
import static ru.probity.notifications.model.NotificationStatus.REVIEWED;
import static ru.probity.notifications.model.NotificationStatus.SENT_TO_COMMISSION;
import static ru.probity.notifications.model.NotificationStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The course of a notification, step by step. */
class NotificationStatusTest {

    private static Set<NotificationStatus> from(NotificationStatus status) {
        Set<NotificationStatus> next = EnumSet.noneOf(NotificationStatus.class);
        for (NotificationStatus s : NotificationStatus.values()) {
            if (status.canMoveTo(s)) {
                next.add(s);
            }
        }
        return next;
    }

    @Test
    void eachStatusLeadsOnlyToItsNextSteps() {
        assertThat(from(SUBMITTED)).containsExactly(REGISTERED);
        assertThat(from(REGISTERED)).containsExactlyInAnyOrder(REVIEWED, CLOSED);
        // the conclusion may be rewritten until it is sent
        assertThat(from(REVIEWED)).containsExactlyInAnyOrder(REVIEWED, SENT_TO_COMMISSION, CLOSED);
        assertThat(from(SENT_TO_COMMISSION)).containsExactly(DECIDED);
        assertThat(from(DECIDED)).containsExactly(DECIDED);
        assertThat(from(CLOSED)).isEmpty();
    }

    @Test
    void stillWithTheOfficerUntilSentOrClosed() {
        assertThat(EnumSet.allOf(NotificationStatus.class).stream().filter(NotificationStatus::open))
                .containsExactly(SUBMITTED, REGISTERED, REVIEWED);
    }
}
