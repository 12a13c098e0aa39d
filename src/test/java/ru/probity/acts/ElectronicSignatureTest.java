package ru.probity.acts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.IntegrationTest;

/**
 * The password is a simple electronic signature only under the organization's local act on
 * electronic documents and the employee's consent and agreement (63-ФЗ ст.6 ч.2, ст.9): without
 * either the electronic acknowledgement is refused, naming what is missing; with both it works
 * and the sheet says «подписано простой электронной подписью» with the act and the agreement.
 */
class ElectronicSignatureTest extends IntegrationTest {

    private long employee() {
        return jdbc.sql("select employee_id from app_user where username = 'ugh.employee'")
                .query(Long.class)
                .single();
    }

    /** A new act sent to ugh.employee alone; the distribution's address. */
    private String sendAct(String title) throws Exception {
        String location = mvc.perform(post("/acts")
                        .param("kind", "LOCAL_ACT")
                        .param("number", "3-эп")
                        .param("adoptedOn", "2026-11-01")
                        .param("title", title)
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long act = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "kodeks.txt",
                                "text/plain",
                                "Служащий не принимает подарков.".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        return mvc.perform(post("/acts/" + act + "/distributions")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("people", Long.toString(employee()))
                        .param("dueOn", LocalDate.now().plusDays(10).toString())
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private long pending(String distribution) {
        return jdbc.sql("select id from acknowledgement where distribution_id = ? and employee_id = ?")
                .params(Long.parseLong(distribution.substring(distribution.lastIndexOf('/') + 1)), employee())
                .query(Long.class)
                .single();
    }

    private MvcResult sign(long acknowledgement) throws Exception {
        return mvc.perform(post("/acknowledgements/" + acknowledgement)
                        .param("password", DEMO_PASSWORD)
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andReturn();
    }

    private String state(long acknowledgement) {
        return jdbc.sql("select status from acknowledgement where id = ?")
                .param(acknowledgement)
                .query(String.class)
                .single();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutTheLocalActOrTheAgreementTheElectronicAcknowledgementIsRefusedAndWithBothTheSheetSaysSigned()
            throws Exception {
        long kaluga = organizationId(KALUGA);
        String distribution = sendAct("Кодекс этики служащих Управления (электронная подпись)");
        long mine = pending(distribution);

        // no local act covers УГХ (the demo's Kaluga act taken away): refused, naming the act
        jdbc.sql("delete from esign_local_act where organization_id = ?")
                .param(kaluga)
                .update();
        assertThat(page("/acknowledgements/" + mine, "ugh.employee"))
                .contains("не принят локальный акт об электронном документообороте")
                .doesNotContain("id=\"acknowledge-form\"");
        MvcResult refused = sign(mine);
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat((String) refused.getFlashMap().get("problem"))
                .contains("не принят локальный акт об электронном документообороте");
        assertThat(state(mine)).isEqualTo("PENDING");

        // the city's officer records the act for the city (it covers its departments)
        mvc.perform(post("/acts/signature/acts")
                        .param("organization", Long.toString(kaluga))
                        .param("number", "77-эд")
                        .param("adoptedOn", "2026-02-02")
                        .param("title", "Об электронном документообороте")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/acts/signature", "kaluga.officer")).contains("77-эд", "Об электронном документообороте");

        // the employee's agreement missing: refused, naming the agreement
        jdbc.sql("delete from esign_agreement where employee_id = ?")
                .param(employee())
                .update();
        refused = sign(mine);
        assertThat((String) refused.getFlashMap().get("problem"))
                .contains("нет вашего согласия и соглашения об использовании простой электронной подписи");
        assertThat(state(mine)).isEqualTo("PENDING");

        // he accepts the agreement himself: both marks and his password are needed
        assertThat(page("/acknowledgements", "ugh.employee")).contains("id=\"signature-form\"", "77-эд");
        MvcResult unmarked = mvc.perform(post("/acknowledgements/signature")
                        .param("consent", "true")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andReturn();
        assertThat((String) unmarked.getFlashMap().get("problem")).contains("принимаете соглашение");
        MvcResult wrong = mvc.perform(post("/acknowledgements/signature")
                        .param("consent", "true")
                        .param("agreement", "true")
                        .param("password", "not-my-password-1")
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andReturn();
        assertThat((String) wrong.getFlashMap().get("problem")).contains("Неверный пароль");
        mvc.perform(post("/acknowledgements/signature")
                        .param("consent", "true")
                        .param("agreement", "true")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select way || ':' || (agreed_on = current_date) from esign_agreement where employee_id = ?")
                        .param(employee())
                        .query(String.class)
                        .single())
                .isEqualTo("ONLINE:true");

        // with both, the password signs
        assertThat(page("/acknowledgements/" + mine, "ugh.employee")).contains("id=\"acknowledge-form\"", "77-эд");
        assertThat(sign(mine).getResponse().getRedirectedUrl()).isEqualTo("/acknowledgements");
        assertThat(state(mine)).isEqualTo("ACKNOWLEDGED");

        assertThat(page(distribution, "ugh.officer"))
                .contains("подписано простой электронной подписью: локальный акт № 77-эд от 02.02.2026");

        // the sheets: «подписано простой электронной подписью» with who, the act and the agreement
        String fullName = jdbc.sql("select full_name from app_user where username = 'ugh.employee'")
                .query(String.class)
                .single();
        String agreedOn = LocalDate.now(java.time.ZoneId.of(ru.probity.platform.RegionTime.DEFAULT))
                .format(ru.probity.platform.RussianFormats.DATE);
        byte[] docx = mvc.perform(get(distribution + "/sheet.docx").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText())
                    .contains("подписано простой электронной подписью: " + fullName)
                    .contains("локальный акт № 77-эд от 02.02.2026 «Об электронном документообороте»")
                    .contains("соглашение об использовании простой электронной подписи от " + agreedOn);
        }
        byte[] pdf = mvc.perform(get(distribution + "/sheet.pdf").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("подписано простой электронной подписью")
                    .contains("77-эд")
                    .contains("02.02.2026");
        }

        // the paper path stays for whoever has no agreement
        String another = sendAct("Памятка о подарках (электронная подпись)");
        long paper = pending(another);
        jdbc.sql("delete from esign_agreement where employee_id = ?")
                .param(employee())
                .update();
        mvc.perform(post("/acts/acknowledgements/" + paper + "/paper")
                        .param("distribution", another.substring(another.lastIndexOf('/') + 1))
                        .param("signedOn", LocalDate.now().toString())
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(state(paper)).isEqualTo("ACKNOWLEDGED");

        // the officer records the employee's paper agreement again
        mvc.perform(post("/acts/signature/agreements")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("people", Long.toString(employee()))
                        .param("agreedOn", LocalDate.now().minusDays(1).toString())
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select way || ':' || (consented_on = agreed_on) from esign_agreement where employee_id = ?")
                        .param(employee())
                        .query(String.class)
                        .single())
                .isEqualTo("PAPER:true");
    }
}
