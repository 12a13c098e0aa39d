package ru.probity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import ru.probity.ModuleScenarioTest;
import ru.probity.access.AccessRefused;

/**
 * The event access → audit, with audit started alone (Spring Modulith's module test): a refused
 * request is written to the access log as REFUSED, with the path and the reason, and too long a
 * reason is cut to what the log keeps.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class AccessRefusedScenarioTest extends ModuleScenarioTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedRequestIsLoggedAsRefused(Scenario scenario) {
        scenario.publish(new AccessRefused("intruder", null, "GET /people/42", "not in subtree"))
                .andWaitForStateChange(() -> refusals("intruder"), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("GET /people/42 — not in subtree"));

        scenario.publish(new AccessRefused("prober", null, "GET /x", "y".repeat(2_000)))
                .andWaitForStateChange(() -> refusals("prober"), found -> !found.isEmpty())
                .andVerify(found ->
                        assertThat(found.getFirst()).startsWith("GET /x — yyy").hasSize(500));
    }

    private List<String> refusals(String username) {
        return jdbc.sql("select details from access_log where username = ? and action = 'REFUSED'")
                .param(username)
                .query(String.class)
                .list();
    }
}
