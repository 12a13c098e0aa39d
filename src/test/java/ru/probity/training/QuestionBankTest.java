package ru.probity.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUserHolder;
import ru.probity.training.bank.Question;
import ru.probity.training.bank.QuestionSheet;

class QuestionBankTest extends IntegrationTest {

    @Autowired
    QuestionBank bank;

    @Test
    void theRegionLoadsTheStarterBankWithEveryCategoryAndItExportsToXlsxThatLoadsBack() throws Exception {
        var starter = (QuestionBank.Imported)
                mvc.perform(post("/training/questions/starter").with(csrf()).with(as("region.admin")))
                        .andExpect(status().is3xxRedirection())
                        .andReturn()
                        .getFlashMap()
                        .get("imported");
        assertThat(starter.problem()).isNull();
        var admin = ((CurrentUserHolder) users.loadUserByUsername("region.admin")).currentUser();
        var questions = bank.questions(admin, null, null);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
        Map<Question.Kind, Long> kinds = questions.stream()
                .collect(Collectors.groupingBy(s -> s.question().kind(), Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(Question.Kind.values());
        assertThat(questions)
                .allSatisfy(s -> assertThat(s.question().explanation()).isNotBlank());
        assertThat(bank.categories(admin))
                .extracting(QuestionBank.Category::name)
                .contains(
                        "273-ФЗ: основы противодействия коррупции",
                        "25-ФЗ: муниципальная служба",
                        "44-ФЗ ст.31: конфликт интересов в закупках",
                        "230-ФЗ: контроль за расходами",
                        "Декларации о доходах",
                        "Уведомления и подарки");
        // the municipalities below see the region's bank; an employee does not
        assertThat(mvc.perform(get("/training/questions").with(as("kaluga.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Декларации о доходах");
        mvc.perform(get("/training/questions").with(as("ugh.employee"))).andExpect(status().isForbidden());

        byte[] xlsx = mvc.perform(get("/training/questions/export.xlsx").with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(QuestionSheet.read(new ByteArrayInputStream(xlsx), "export.xlsx"))
                .hasSize(questions.size());
        String moodle = mvc.perform(get("/training/questions/export.xml").with(as("region.admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(moodle).startsWith("<?xml").contains("<question type=\"matching\">");
    }

    @Test
    void aBrokenFileLoadsNothingAndSaysWhy() throws Exception {
        int before =
                jdbc.sql("select count(*) from question").query(Integer.class).single();
        var imported = (QuestionBank.Imported) mvc.perform(multipart("/training/questions/import")
                        .file(new MockMultipartFile(
                                "file",
                                "broken.xml",
                                "application/xml",
                                ("<quiz><question type=\"shortanswer\"><name><text>ok</text></name><questiontext><text>Номер закона?</text>"
                                                + "</questiontext><answer fraction=\"100\"><text>273</text></answer></question>"
                                                + "<question type=\"essay\"><name><text>эссе</text></name></question></quiz>")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andReturn()
                .getFlashMap()
                .get("imported");
        assertThat(imported.problem()).contains("тип «essay» не поддерживается");
        assertThat(jdbc.sql("select count(*) from question")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }
}
