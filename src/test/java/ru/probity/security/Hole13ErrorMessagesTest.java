package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 14, hole 13 (part): library messages reached users («Undeclared general entity "xxe"»,
 * «Zip bomb detected!»), the API answered bad requests without problem details, a huge page number
 * was a 500, and an export outside the subtree an empty 500. Now: Russian messages (the library's
 * text in the log only), RFC 9457 problem details with a Russian detail, a clamped page, a 403.
 */
@Tag("security")
class Hole13ErrorMessagesTest extends SecurityTest {

    private static final String XXE =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Файл [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<Файл><Документ>&xxe;</Документ></Файл>\n";

    @Test
    void anXmlWithAnEntityUploadedAsARegisterShowsARussianMessageWithoutTheParsersText() throws Exception {
        MvcResult posted = mvc.perform(multipart("/registers/import")
                        .file(new MockMultipartFile(
                                "files", "xxe.xml", "application/xml", XXE.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("region.admin")))
                .andReturn();
        String page = posted.getResponse().getRedirectedUrl();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        String html;
        do {
            Thread.sleep(100);
            html = mvc.perform(get(page).with(as("region.admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } while (html.contains("hx-trigger=\"every 1s\"") && System.nanoTime() < deadline);

        assertThat(html)
                .contains("Не загружен")
                .contains("xxe.xml")
                .contains("ошибка XML")
                .doesNotContain("Undeclared")
                .doesNotContain("general entity")
                .doesNotContain("&amp;xxe")
                .doesNotContain("root:");
    }

    @Test
    void aMoodleXmlWithADoctypeShowsARussianMessage() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<quiz>&xxe;</quiz>\n";
        mvc.perform(multipart("/training/questions/import")
                        .file(new MockMultipartFile(
                                "file", "voprosy.xml", "application/xml", xml.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "imported",
                                Matchers.hasToString(Matchers.allOf(
                                        Matchers.containsString("объявление DTD"),
                                        Matchers.not(Matchers.containsString("DOCTYPE is disallowed")),
                                        Matchers.not(Matchers.containsString("http://apache.org"))))));
    }

    @Test
    void aBadApiRequestIsAProblemDetailInRussian() throws Exception {
        mvc.perform(get("/api/v1/employees").param("page", "abc").with(as("region.admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Неверное значение параметра «page»."));

        mvc.perform(post("/api/v1/employees")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lastName\": ")
                        .with(as("region.admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.startsWith("Тело запроса не читается")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("JSON parse error"))));
    }

    @Test
    void theLastPossiblePageNumberIsAnEmptyPageNotA500() throws Exception {
        mvc.perform(get("/people").param("page", "2147483647").with(as("kaluga.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/employees").param("page", "2147483647").with(as("kaluga.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/findings").param("page", "2147483647").with(as("kaluga.officer")))
                .andExpect(status().isOk());
    }

    @Test
    void anExportOfAnOrganizationOutsideTheSubtreeIsA403Page() throws Exception {
        long obninsk = organizationId(OBNINSK);
        mvc.perform(get("/people/export.xlsx")
                        .param("organization", Long.toString(obninsk))
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString("Доступ запрещён")));
    }
}
