package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hole 24 (issue 20): agreements. Only the regional administrator keeps the register; a
 * municipality's officer reads only the agreements an organization of his subtree is party to —
 * another's, and the region's agreements with external bodies alone, are not found, nor their
 * files; roles without the register are refused; every change needs the CSRF token.
 */
@Tag("security")
class Hole24AgreementsTest extends SecurityTest {

    long agreement(String number) {
        return jdbc.sql("select id from agreement where number = ?")
                .param(number)
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficerReadsOnlyTheAgreementsOfHisSubtree() throws Exception {
        long kaluga = agreement("7-С");
        long prosecutor = agreement("3/2018");
        mvc.perform(get("/agreements/" + kaluga).with(as("kaluga.officer"))).andExpect(status().isOk());
        mvc.perform(get("/agreements/" + kaluga).with(as("obninsk.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/agreements/" + prosecutor).with(as("kaluga.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/agreements/" + prosecutor).with(as("region.auditor"))).andExpect(status().isOk());
        String list = mvc.perform(get("/agreements").with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("7-С", "3/2018");
        mvc.perform(get("/agreements/" + kaluga + "/files/1").with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheRegionKeepsTheRegister() throws Exception {
        long kaluga = agreement("7-С");
        for (String user : new String[] {"kaluga.officer", "region.auditor"}) {
            mvc.perform(get("/agreements/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/agreements")
                            .param("number", "99")
                            .param("signedOn", "2026-01-10")
                            .param("subject", "Самовольное")
                            .param("externalParties", "А\nБ")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/agreements/" + kaluga + "/obligations")
                            .param("text", "Лишнее")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/agreements/" + kaluga + "/terminate")
                            .param("terminatedOn", "2026-01-10")
                            .param("reason", "Так")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/agreements/" + kaluga + "/files")
                            .file(new MockMultipartFile(
                                    "file", "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        for (String user :
                new String[] {"ugh.employee", "ugh.head", "kaluga.commission", "ugh.lawyer", "region.custodian"}) {
            mvc.perform(get("/agreements").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/agreements/" + kaluga).with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/agreements/" + kaluga + "/obligations")
                        .param("text", "Без токена")
                        .with(as("region.admin")))
                .andExpect(status().isForbidden());
    }
}
