package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.PurchaseFacts;
import ru.probity.redflags.RedFlagsComputation;
import ru.probity.redflags.RedFlagsFixture;

/**
 * Issue 22: the red flags are computed for the whole region, but an officer sees, reads, decides and
 * exports only the flags of his own subtree: another subtree's flag is neither listed, nor opened by
 * its number, nor moved on, nor in the XLSX.
 */
@Tag("security")
class Hole62RedFlagsSubtreeTest extends SecurityTest {

    @Autowired
    ContractImport contractImport;

    @Autowired
    PurchaseFacts facts;

    @Autowired
    RedFlagsComputation computation;

    @Test
    void anotherSubtreesOfficerNeitherSeesNorDecidesNorExportsTheFlag() throws Exception {
        var planted = new RedFlagsFixture(jdbc, contractImport, facts, computation)
                .singleBid(OBNINSK, LocalDate.of(2026, 2, 16), "ООО «Обнинский подрядчик»");
        long id = planted.flagId();

        String kaluga = mvc.perform(get("/redflags").with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(kaluga).select("tr.redflag[data-flag=" + id + "]"))
                .isEmpty();
        assertThat(kaluga).doesNotContain(planted.regNum());
        mvc.perform(get("/redflags/" + id).with(as("kaluga.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/redflags/" + id + "/status")
                        .param("status", "DISMISSED")
                        .param("reason", "Не наш заказчик")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from red_flag where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
        byte[] xlsx = mvc.perform(get("/redflags/export.xlsx").with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(RedFlagsXlsx.text(xlsx)).doesNotContain(planted.regNum());

        // the Obninsk officer sees it, and his read is logged
        String obninsk = mvc.perform(get("/redflags").with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(obninsk).select("tr.redflag[data-flag=" + id + "]"))
                .isNotEmpty();
        assertThat(jdbc.sql("select count(*) from access_log where username = 'obninsk.officer'"
                                + " and subject_type = 'RED_FLAG' and subject_id = ? and action = 'READ'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isPositive();
        // and the region's administrator sees the whole region
        mvc.perform(get("/redflags/" + id).with(as("region.admin"))).andExpect(status().isOk());
    }
}
