package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hole 18 (issue 18, item 3): a case climbed the tree to the nearest commission above, so a regional
 * commission took municipal servants' cases, and nothing recorded the act by which a body hands its
 * cases to another body's commission. Now a recorded act routes them, and only an officer whose
 * subtree holds both the body and the commission (or the regional administrator) records one: an
 * officer of a department cannot hand his administration's cases over, nor an officer of one city
 * hand his cases to another city's commission. Each request runs in a transaction rolled back at its
 * end, so no act outlives the test.
 */
@Tag("security")
class Hole18CommissionRoutingTest extends SecurityTest {

    private static final String UPRAVA = "Городская Управа города Калуги";
    private static final String OBNINSK_ADMINISTRATION = "Администрация города Обнинска";

    @Autowired
    TransactionTemplate transaction;

    long ughCommission() {
        return jdbc.sql("select id from commission where organization_id = ? and active and kind = 'CONDUCT'")
                .param(organizationId(UGH))
                .query(Long.class)
                .single();
    }

    void record(String username, long from, long toCommission, ResultMatcher expected) {
        transaction.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            int before = acts();
            try {
                mvc.perform(post("/commission/transfers")
                                .with(as(username))
                                .with(csrf())
                                .param("number", "1")
                                .param("actDate", LocalDate.now().toString())
                                .param("title", "Соглашение о передаче")
                                .param("fromOrganizationId", String.valueOf(from))
                                .param("toCommissionId", String.valueOf(toCommission)))
                        .andExpect(expected);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            // recorded exactly when allowed (a refusal redirects too, but records nothing)
            assertThat(acts()).isEqualTo(expected == FORBIDDEN ? before : before + 1);
        });
    }

    private static final ResultMatcher FORBIDDEN = status().isForbidden();

    int acts() {
        return jdbc.sql("select count(*) from commission_transfer_act")
                .query(Integer.class)
                .single();
    }

    @Test
    void onlyAnOfficerWhoseSubtreeHoldsBothBodiesRecordsATransferAct() throws Exception {
        int before = acts();
        // the department's officer: the administration above him is not his
        record("ugh.officer", organizationId(UPRAVA), ughCommission(), FORBIDDEN);
        // another city's officer: the commission is not his
        record("obninsk.officer", organizationId(OBNINSK_ADMINISTRATION), ughCommission(), FORBIDDEN);
        // the city's officer: his body is, but another city's body is not
        record("kaluga.officer", organizationId(OBNINSK_ADMINISTRATION), ughCommission(), FORBIDDEN);
        // an employee, a head, a commission member: no one of them records acts
        record("ugh.head", organizationId(UGH), ughCommission(), FORBIDDEN);
        record("kaluga.commission", organizationId(UPRAVA), ughCommission(), FORBIDDEN);
        // the city's officer and the regional administrator do (rolled back)
        record("kaluga.officer", organizationId(UPRAVA), ughCommission(), status().is3xxRedirection());
        record("region.admin", organizationId(UPRAVA), ughCommission(), status().is3xxRedirection());
        assertThat(acts()).isEqualTo(before);

        // the list is for the commission's readers only
        mvc.perform(get("/commission/transfers").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/commission/transfers").with(as("kaluga.officer"))).andExpect(status().isOk());
    }
}
