package ru.probity.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;

/**
 * The internal anti-corruption expertise as the lawyer and the developer go through it: a draft
 * registered and its DOCX uploaded gets version 1 with the detector's hints; two hints accepted and
 * one finding added make three factors in the conclusion's DOCX; a rejection needs a reason; the
 * developer answers and uploads version 2, whose comparison shows the changed lines.
 */
class ExpertiseTest extends IntegrationTest {

    static final List<String> DRAFT = List.of(
            "ПОСТАНОВЛЕНИЕ",
            "Об утверждении Порядка предоставления субсидий на благоустройство дворовых территорий",
            "1. Общие положения",
            "1.1. Настоящий Порядок определяет условия предоставления субсидий.",
            "2. Порядок предоставления",
            "2.1. Для получения субсидии заявитель представляет заявление, смету и иные документы.",
            "2.2. Управление вправе отказать в предоставлении субсидии.",
            "2.3. Заявление рассматривается в разумный срок.",
            "2.4. В необходимых случаях Управление может запросить другие сведения.",
            "2.5. Субсидия предоставляется по согласованию с заместителем Главы.",
            "3. Размер субсидии определяется комиссией с учётом местных особенностей.");

    static final List<String> SECOND = List.of(
            "ПОСТАНОВЛЕНИЕ",
            "Об утверждении Порядка предоставления субсидий на благоустройство дворовых территорий",
            "1. Общие положения",
            "1.1. Настоящий Порядок определяет условия предоставления субсидий.",
            "2. Порядок предоставления",
            "2.1. Для получения субсидии заявитель представляет заявление и смету.",
            "2.2. Управление отказывает в предоставлении субсидии по основаниям пункта 2.6.",
            "2.3. Заявление рассматривается в течение 10 рабочих дней.",
            "2.4. В необходимых случаях Управление может запросить другие сведения.",
            "2.5. Субсидия предоставляется по согласованию с заместителем Главы.",
            "3. Размер субсидии определяется комиссией с учётом местных особенностей.");

    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                document.createParagraph().createRun().setText(p);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    long cardOf(String username) {
        return jdbc.sql("select employee_id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    /** Registers a draft of УГХ as ugh.lawyer with ugh.employee as its developer and uploads its DOCX. */
    long registerWithVersion(String title) throws Exception {
        long ugh = organizationId(UGH);
        String location = mvc.perform(post("/expertise")
                        .param("organizationId", Long.toString(ugh))
                        .param("subject", "DRAFT")
                        .param("kind", "RESOLUTION")
                        .param("title", title)
                        .param("developerOrganizationId", Long.toString(ugh))
                        .param("developerEmployeeId", Long.toString(cardOf("ugh.employee")))
                        .param("expertLogin", "ugh.lawyer")
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(multipart("/expertise/" + id + "/versions")
                        .file(new MockMultipartFile("file", "проект.docx", "application/octet-stream", docx(DRAFT)))
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("Редакция 1 загружена")));
        return id;
    }

    long latestVersion(long document) {
        return jdbc.sql("select max(id) from expertise_version where document_id = ?")
                .param(document)
                .query(Long.class)
                .single();
    }

    List<Long> hints(long version) {
        return jdbc.sql("select id from expertise_hint where version_id = ? order by start_at, id")
                .param(version)
                .query(Long.class)
                .list();
    }

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theLawyerExaminesTheDraftTheConclusionListsThreeFactorsAndTheDeveloperAnswersWithVersionTwo()
            throws Exception {
        long document = registerWithVersion("Порядок предоставления субсидий на благоустройство дворов");
        long v1 = latestVersion(document);
        assertThat(jdbc.sql("select stage from expertise_document where id = ?")
                        .param(document)
                        .query(String.class)
                        .single())
                .isEqualTo("UNDER_EXPERTISE");
        List<Long> hints = hints(v1);
        assertThat(hints).as("the detector's hints stored with version 1").hasSizeGreaterThanOrEqualTo(3);

        // the version page shows the marked text: each mark with its factor and explanation
        String versionPage = page("ugh.lawyer", "/expertise/versions/" + v1);
        assertThat(versionPage)
                .contains("id=\"hint-" + hints.getFirst() + "\"", "id=\"accept-" + hints.getFirst() + "\"");
        assertThat(versionPage).contains("вправе");

        // a rejection needs a reason
        mvc.perform(post("/expertise/hints/" + hints.get(2) + "/reject")
                        .param("version", Long.toString(v1))
                        .param("reason", " ")
                        .header("Referer", "/expertise/versions/" + v1)
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(flash().attribute("problem", containsString("Укажите причину")));
        assertThat(jdbc.sql("select decision from expertise_hint where id = ?")
                        .param(hints.get(2))
                        .query(String.class)
                        .optional())
                .isEmpty();

        // two hints accepted with proposals, the others rejected with a reason, one finding added by the expert
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/expertise/hints/" + hints.get(i) + "/accept")
                            .param("version", Long.toString(v1))
                            .param("proposal", "Предложение " + (i + 1))
                            .with(csrf())
                            .with(as("ugh.lawyer")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("notice", "expertise.hintAccepted"));
        }
        for (Long hint : hints.subList(2, hints.size())) {
            mvc.perform(post("/expertise/hints/" + hint + "/reject")
                            .param("version", Long.toString(v1))
                            .param("reason", "Формулировка воспроизводит федеральный закон")
                            .with(csrf())
                            .with(as("ugh.lawyer")))
                    .andExpect(status().is3xxRedirection());
        }
        String quote = "определяется комиссией с учётом местных особенностей";
        mvc.perform(post("/expertise/versions/" + v1 + "/findings")
                        .param("factor", "3а")
                        .param("clause", "3")
                        .param("quote", "нет такого фрагмента")
                        .param("proposal", "Установить критерии")
                        .header("Referer", "/expertise/versions/" + v1)
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(flash().attribute("problem", containsString("Такого фрагмента нет")));
        mvc.perform(post("/expertise/versions/" + v1 + "/findings")
                        .param("factor", "3а")
                        .param("clause", "3")
                        .param("quote", quote)
                        .param("proposal", "Установить критерии определения размера субсидии")
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(status().is3xxRedirection());

        // signed off and registered: the stage, the number, the DOCX with three factors
        mvc.perform(post("/expertise/versions/" + v1 + "/conclusion")
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("зарегистрировано за №")));
        assertThat(jdbc.sql("select stage from expertise_document where id = ?")
                        .param(document)
                        .query(String.class)
                        .single())
                .isEqualTo("CONCLUSION_ISSUED");
        byte[] conclusion = mvc.perform(
                        get("/expertise/versions/" + v1 + "/conclusion.docx").with(as("ugh.lawyer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> quotes = jdbc.sql("select quote from expertise_finding where version_id = ? order by start_at")
                .param(v1)
                .query(String.class)
                .list();
        assertThat(quotes).hasSize(3).contains(quote);
        try (XWPFWordExtractor extractor =
                new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(conclusion)))) {
            String text = extractor.getText();
            assertThat(text)
                    .contains(
                            "Заключение по результатам антикоррупционной экспертизы",
                            "Экспертизу провёл(а): Савельева Татьяна Игоревна",
                            "Управление городского хозяйства города Калуги",
                            "проект постановления «Порядок предоставления субсидий на благоустройство дворов»",
                            "172-ФЗ",
                            "№ 96",
                            "выявлены коррупциогенные факторы (всего 3)",
                            "Предложение 1",
                            "Предложение 2",
                            "Установить критерии определения размера субсидии",
                            "подпункт «а» пункта 3 Методики",
                            "Савельева Татьяна Игоревна")
                    .doesNotContain("ПРОЕКТ\n");
            for (String q : quotes) {
                assertThat(text).contains("«" + q + "»");
            }
        }
        // findings are frozen once signed
        long finding = jdbc.sql("select id from expertise_finding where version_id = ? order by id limit 1")
                .param(v1)
                .query(Long.class)
                .single();
        mvc.perform(post("/expertise/findings/" + finding + "/delete")
                        .param("version", Long.toString(v1))
                        .header("Referer", "/expertise/versions/" + v1)
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(flash().attribute("problem", containsString("уже подписано")));

        // the developer sees it in his tasks, uploads version 2 and answers every finding
        assertThat(page("ugh.employee", "/tasks")).contains("Ответить на замечания заключения");
        mvc.perform(multipart("/expertise/" + document + "/versions")
                        .file(new MockMultipartFile("file", "проект-2.docx", "application/octet-stream", docx(SECOND)))
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().is3xxRedirection());
        long v2 = latestVersion(document);
        List<Long> findings = jdbc.sql("select id from expertise_finding where version_id = ? order by start_at")
                .param(v1)
                .query(Long.class)
                .list();
        mvc.perform(post("/expertise/findings/" + findings.get(2) + "/answer")
                        .param("document", Long.toString(document))
                        .param("answer", "DISAGREED")
                        .param("reason", "")
                        .header("Referer", "/expertise/" + document)
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(flash().attribute("problem", containsString("почему вы не согласны")));
        for (Long f : findings.subList(0, 2)) {
            mvc.perform(post("/expertise/findings/" + f + "/answer")
                            .param("document", Long.toString(document))
                            .param("answer", "ELIMINATED")
                            .param("version", "2")
                            .with(csrf())
                            .with(as("ugh.employee")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("notice", "expertise.answerSaved"));
        }
        mvc.perform(post("/expertise/findings/" + findings.get(2) + "/answer")
                        .param("document", Long.toString(document))
                        .param("answer", "DISAGREED")
                        .param("reason", "Размер определяется по методике, утверждённой решением Думы")
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().is3xxRedirection());
        String answered = page("ugh.employee", "/expertise/" + document);
        assertThat(answered).contains("Устранён в редакции 2", "Размер определяется по методике");
        // the answer form shows the answer given, to change it rather than to give it anew
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(answered).getElementById("answer-form-" + findings.get(2));
        assertThat(form.selectFirst("option[selected]").attr("value")).isEqualTo("DISAGREED");
        assertThat(form.selectFirst("input[name=reason]").attr("value"))
                .isEqualTo("Размер определяется по методике, утверждённой решением Думы");
        assertThat(form.selectFirst("button").text()).isEqualTo("Изменить ответ");

        // version 2 is re-examined: compared with version 1, scanned, the earlier factors checked
        assertThat(hints(v2)).isNotEmpty();
        String second = page("ugh.lawyer", "/expertise/versions/" + v2);
        assertThat(second)
                .contains("id=\"comparison-table\"", "<del>", "<ins>", "вправе", "10 рабочих дней")
                .contains("фрагмента нет", "фрагмент остался");
        assertThat(page("ugh.lawyer", "/expertise/conclusions")).contains("Порядок предоставления субсидий");

        // the statistics of the subtree: the examined draft, its factors by kind and the eliminated ones
        String statistics = page("ugh.officer", "/expertise/statistics");
        assertThat(statistics)
                .contains("Управление городского хозяйства города Калуги", "id=\"factor-chart\"", "Итого")
                .contains("широта дискреционных полномочий");
        byte[] xlsx = mvc.perform(get("/expertise/statistics.xlsx").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Итого");
            assertThat(total.getCell(4).getNumericCellValue()).isGreaterThanOrEqualTo(3);
            assertThat(total.getCell(5).getNumericCellValue()).isGreaterThanOrEqualTo(2);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
                    .isNotBlank();
        }
        mvc.perform(get("/expertise/statistics").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/expertise/statistics")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRegisterFiltersAndTheFormRefusesAnActWithoutItsNumber() throws Exception {
        long ugh = organizationId(UGH);
        mvc.perform(post("/expertise")
                        .param("organizationId", Long.toString(ugh))
                        .param("subject", "ACT")
                        .param("kind", "DECISION")
                        .param("title", "О правилах благоустройства")
                        .param("developerOrganizationId", Long.toString(ugh))
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Укажите номер действующего акта")));
        mvc.perform(post("/expertise")
                        .param("organizationId", Long.toString(ugh))
                        .param("subject", "ACT")
                        .param("kind", "DECISION")
                        .param("title", "О правилах благоустройства территории")
                        .param("actNumber", "12-р")
                        .param("actAdoptedOn", "2024-03-01")
                        .param("developerOrganizationId", Long.toString(ugh))
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("ugh.lawyer", "/expertise?subject=ACT&q=благоустройства"))
                .contains("О правилах благоустройства территории")
                .doesNotContain("Об утверждении Порядка выдачи разрешений");
        assertThat(page("ugh.lawyer", "/expertise?subject=DRAFT"))
                .contains("Об утверждении Порядка выдачи разрешений")
                .doesNotContain("О правилах благоустройства территории");
        // the demo's draft shows its hints at once
        long demo = jdbc.sql("select id from expertise_document where title like 'Об утверждении Порядка выдачи%'")
                .query(Long.class)
                .single();
        assertThat(hints(latestVersion(demo))).isNotEmpty();
        assertThat(page("ugh.officer", "/expertise")).contains("Об утверждении Порядка выдачи разрешений");
        assertThat(page("ugh.lawyer", "/tasks")).contains("Провести антикоррупционную экспертизу");
    }
}
