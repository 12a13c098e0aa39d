package ru.probity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import ru.probity.IntegrationTest;

/**
 * Issue 21 (Приказ Минтруда №530н, «Формы документов, связанных с противодействием коррупции, для
 * заполнения»): a citizen or an employee without an account opens the forms of Kaluga's section and
 * downloads a blank as DOCX, addressed to Kaluga, with its legal basis and the details to fill.
 */
class PublicFormsTest extends IntegrationTest {

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void theFormsPageListsTheBlanksOfEveryNotificationAnEmployeeFiles() throws Exception {
        long kaluga = organizationId(KALUGA);
        Document page = Jsoup.parse(mvc.perform(get("/public/" + kaluga + "/forms"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text())
                .isEqualTo("Формы документов, связанных с противодействием коррупции, для заполнения");
        assertThat(page.select("#public-forms a").eachAttr("href"))
                .contains(
                        "/public/" + kaluga + "/forms/inducement.docx",
                        "/public/" + kaluga + "/forms/personal-interest.docx",
                        "/public/" + kaluga + "/forms/other-paid-work.docx",
                        "/public/" + kaluga + "/forms/gift.docx",
                        "/public/" + kaluga + "/forms/family-income.docx",
                        "/public/" + kaluga + "/forms/former-official-consent.docx")
                .doesNotContain("/public/" + kaluga + "/forms/new-employer-notice.docx");
        assertThat(page.select("#form-personal-interest h2").text())
                .startsWith("Уведомление о возникновении личной заинтересованности");
    }

    @Test
    void theBlankIsAddressedToTheOrganizationAndCitesItsLaw() throws Exception {
        long kaluga = organizationId(KALUGA);
        MockHttpServletResponse response = mvc.perform(get("/public/" + kaluga + "/forms/personal-interest.docx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument");
        assertThat(response.getHeader("Content-Disposition")).contains("forma-personal-interest.docx");
        String text = text(response.getContentAsByteArray());
        assertThat(text)
                .contains(KALUGA)
                .contains("Представителю нанимателя (работодателю)")
                .contains("УВЕДОМЛЕНИЕ")
                .contains("Статья 11 Федерального закона № 273-ФЗ")
                .contains("Обстоятельства, являющиеся основанием возникновения личной заинтересованности")
                .contains("(фамилия, имя, отчество)");

        String family = text(mvc.perform(get("/public/" + organizationId(OBNINSK) + "/forms/family-income.docx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(family).contains(OBNINSK).contains("ЗАЯВЛЕНИЕ").contains("Указом Президента РФ от 01.07.2010 № 821");
        assertThat(text(mvc.perform(get("/public/" + kaluga + "/forms/former-official-consent.docx"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))
                .contains("ОБРАЩЕНИЕ")
                .contains("статьи 12 Федерального закона № 273-ФЗ");
    }
}
