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
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.PurchaseFacts;
import ru.probity.redflags.RedFlagsComputation;
import ru.probity.redflags.RedFlagsFixture;

/**
 * Issue 22: the filters of the red-flags page are the user's to set, not his scope. An organization
 * of another subtree typed into the list's or the XLSX's {@code organization} parameter is refused
 * rather than shown; a status the workflow does not know (a tampered form) changes nothing.
 */
@Tag("security")
class Hole64RedFlagsForgedScopeTest extends SecurityTest {

    @Autowired
    ContractImport contractImport;

    @Autowired
    PurchaseFacts facts;

    @Autowired
    RedFlagsComputation computation;

    @Test
    void aForgedOrganizationOrStatusIsRefused() throws Exception {
        var planted = new RedFlagsFixture(jdbc, contractImport, facts, computation)
                .singleBid(OBNINSK, LocalDate.of(2026, 2, 2), "ООО «Подделка»");
        long obninsk = organizationId(OBNINSK);

        mvc.perform(get("/redflags")
                        .param("organization", String.valueOf(obninsk))
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/redflags/export.xlsx")
                        .param("organization", String.valueOf(obninsk))
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());

        for (String forged : new String[] {"GONE", "NEW", "DELETED"}) {
            mvc.perform(post("/redflags/" + planted.flagId() + "/status")
                            .param("status", forged)
                            .param("reason", "Подделка")
                            .with(csrf())
                            .with(as("obninsk.officer")))
                    .andExpect(status().isOk()); // the card again, with the refusal
        }
        assertThat(jdbc.sql("select status from red_flag where id = ?")
                        .param(planted.flagId())
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
        assertThat(jdbc.sql("select count(*) from red_flag_event where flag_id = ?")
                        .param(planted.flagId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
