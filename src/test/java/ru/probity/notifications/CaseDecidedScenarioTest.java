package ru.probity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import ru.probity.ModuleScenarioTest;
import ru.probity.cases.CaseDecided;
import ru.probity.org.Organizations;
import ru.probity.platform.Refusal;

/**
 * The event commission → notifications, with notifications and what it depends on started alone
 * (Spring Modulith's module test): the commission's decision on a notification it was sent lands in
 * the register; a decision on a notification that was never sent is refused (and so undoes the vote
 * that published it); a decision on another source's case leaves the register alone.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CaseDecidedScenarioTest extends ModuleScenarioTest {

    private static final String MINUTES = "Протокол № 3 от 01.12.2026: признать, что конфликт интересов отсутствует";

    @Autowired
    Organizations organizations;

    @Autowired
    NotificationHistory history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDecisionOnASentNotificationLandsInTheRegister(Scenario scenario) {
        long sent = past(LocalDate.of(2026, 11, 20));
        long other = past(LocalDate.of(2026, 11, 21));

        scenario.publish(new CaseDecided(
                        NotificationSentToCommission.SOURCE_TYPE, sent, LocalDate.of(2026, 12, 1), MINUTES))
                .andWaitForStateChange(() -> decision(sent), found -> found != null)
                .andVerify(found -> assertThat(found).isEqualTo("DECIDED 2026-12-01 " + MINUTES));

        scenario.publish(new CaseDecided("DECLARATION", other, LocalDate.of(2026, 12, 1), MINUTES))
                .andWaitForStateChange(() -> status(other), found -> found != null)
                .andVerify(found ->
                        assertThat(found).as("another source's decision").isEqualTo("SENT_TO_COMMISSION"));
    }

    @Test
    void aDecisionOnANotificationNeverSentIsRefused(Scenario scenario) {
        long registered = past(null);
        assertThatThrownBy(() -> scenario.publish(new CaseDecided(
                                NotificationSentToCommission.SOURCE_TYPE,
                                registered,
                                LocalDate.of(2026, 12, 1),
                                MINUTES))
                        .andWaitForStateChange(() -> decision(registered), found -> found != null))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("notifications.error.notSent");
        assertThat(status(registered)).isEqualTo("REGISTERED");
    }

    /** A notification of the past, sent to the commission on {@code sentOn} (or not sent). */
    private long past(LocalDate sentOn) {
        long root = organizations.rootOrCreate("Тестовая область");
        return history.record(
                        new NotificationHistory.Past(
                                root,
                                NotificationKind.PERSONAL_INTEREST,
                                "PAPER",
                                null,
                                "Сидоров Пётр Ильич",
                                "Главный специалист",
                                null,
                                "Брат — учредитель подрядчика",
                                Map.of(),
                                LocalDate.of(2026, 11, 10),
                                "officer",
                                null,
                                null,
                                null,
                                sentOn,
                                null,
                                null,
                                null,
                                null),
                        "test")
                .id();
    }

    private String status(long id) {
        return jdbc.sql("select status from notification where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String decision(long id) {
        return jdbc.sql("""
                        select status || ' ' || commission_decided_on || ' ' || commission_decision
                        from notification where id = ? and commission_decision is not null""").param(id).query(String.class).optional().orElse(null);
    }
}
