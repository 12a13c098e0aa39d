package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.reports.engine.ProofOfWork;

/**
 * Nothing a reporter wrote reaches the application's log: a report with contacts and a file goes
 * through the public form, is registered, assigned and read by the officer (page, file, API), its
 * reporter is identified by the custodian and reopened by the reporter — with the application's,
 * Spring MVC's and Spring Security's loggers at DEBUG and JDBC's at TRACE (every SQL parameter) —
 * and the captured output holds neither the text, nor the contacts, nor the file's name or
 * content, nor the receipt.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportLogSecrecyTest extends IntegrationTest {

    private static final List<String> VERBOSE = List.of(
            "ru.probity", "org.springframework.web", "org.springframework.security", "org.springframework.jdbc.core");

    @Autowired
    Challenges challenges;

    @Autowired
    ClientThrottle throttle;

    @Autowired
    LoggingSystem logging;

    @Test
    void theTextTheContactsTheFileAndTheReceiptNeverAppearInTheLog(CapturedOutput output) throws Exception {
        String text = "Текст-" + UUID.randomUUID();
        String name = "Фамилия" + UUID.randomUUID().toString().substring(0, 8);
        String phone = "+7 999 " + (1_000_000 + (int) (Math.random() * 8_999_999));
        String email = "r" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String fileName = "Файл-" + UUID.randomUUID();
        String fileContent = "Содержимое-" + UUID.randomUUID();
        throttle.reset();
        for (String logger : VERBOSE) {
            logging.setLogLevel(logger, logger.endsWith("jdbc.core") ? LogLevel.TRACE : LogLevel.DEBUG);
        }
        String receipt;
        try {
            String challenge = challenges.issue();
            String page = mvc.perform(multipart("/public/reports")
                            .file(new MockMultipartFile(
                                    "files",
                                    fileName + ".txt",
                                    "text/plain",
                                    fileContent.getBytes(StandardCharsets.UTF_8)))
                            .param("organizationId", Long.toString(organizationId(UGH)))
                            .param("topic", "BRIBERY")
                            .param("text", "Сообщение о взятке: " + text)
                            .param("name", name)
                            .param("phone", phone)
                            .param("email", email)
                            .param("consent", "true")
                            .param("challenge", challenge)
                            .param("solution", ProofOfWork.solve(challenge))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            Matcher m = ReceptionClient.RECEIPT.matcher(page);
            assertThat(m.find()).isTrue();
            receipt = m.group(1);
            long id = jdbc.sql("select max(id) from report").query(Long.class).single();
            long officer = jdbc.sql("select id from app_user where username = 'ugh.officer'")
                    .query(Long.class)
                    .single();

            mvc.perform(post("/reports/" + id + "/register").with(csrf()).with(as("ugh.officer")))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/reports/" + id + "/assign")
                            .param("assigneeId", Long.toString(officer))
                            .with(csrf())
                            .with(as("ugh.officer")))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/reports/" + id + "/disclose").with(csrf()).with(as("region.custodian")))
                    .andExpect(status().is3xxRedirection());
            assertThat(mvc.perform(get("/reports/" + id).with(as("ugh.officer")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8))
                    .contains(text)
                    .contains(name);
            assertThat(mvc.perform(get("/reports/" + id)
                                    .param("identity", "true")
                                    .with(as("region.custodian")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8))
                    .contains(email);
            long fileId = jdbc.sql("select id from report_file where report_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
            assertThat(mvc.perform(get("/reports/" + id + "/files/" + fileId).with(as("ugh.officer")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo(fileContent);
            assertThat(mvc.perform(get("/api/v1/reports/" + id + "/content")
                                    .with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8))
                    .contains(text)
                    .contains(phone);
            mvc.perform(post("/reports/" + id + "/messages")
                            .param("text", "Вопрос заявителю " + text)
                            .with(csrf())
                            .with(as("ugh.officer")))
                    .andExpect(status().is3xxRedirection());
            assertThat(PublicReception.html(new PublicReception(mvc, "127.0.0.1").lookUp(receipt)))
                    .contains(text);
        } finally {
            for (String logger : VERBOSE) {
                logging.setLogLevel(logger, null);
            }
        }

        String log = output.getAll();
        // the capture saw the requests at the verbose levels, so silence would not pass for secrecy
        assertThat(log).contains("/public/reports").contains("insert into report");
        for (String secret : List.of(
                text,
                name,
                phone,
                email,
                fileName,
                fileContent,
                receipt,
                receipt.replace("-", ""),
                receipt.replace("-", "").toLowerCase())) {
            assertThat(log).as("the log holds «%s»", secret).doesNotContain(secret);
        }
    }
}
