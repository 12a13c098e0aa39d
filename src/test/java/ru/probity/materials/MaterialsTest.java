package ru.probity.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;

/**
 * The library of methodological materials as its users see it: a draft is the keeper's alone, a
 * published material is read below; versions keep their files and the text of the newest and older
 * ones is searched in any form of a word; tags filter; a published material goes out as a letter
 * with receipt through the acts register, and its page shows who confirmed.
 */
class MaterialsTest extends IntegrationTest {

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The words as typed: MockMvc encodes the address itself. */
    private static String q(String words) {
        return words;
    }

    private long createMaterial(String user, String title, String tags) throws Exception {
        String url = mvc.perform(post("/materials")
                        .param("kind", "RECOMMENDATIONS")
                        .param("title", title)
                        .param("description", "Описание материала")
                        .param("tags", tags)
                        .with(csrf())
                        .with(as(user)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private void upload(String user, long material, String name, byte[] content) throws Exception {
        mvc.perform(multipart("/materials/" + material + "/versions")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf())
                        .with(as(user)))
                .andExpect(status().is3xxRedirection());
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(text);
            d.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void versionsAreSearchedInAnyFormOfAWordAndADraftIsTheKeepersAlone() throws Exception {
        long id = createMaterial("region.admin", "Рекомендации по аудиту лесопользования", "лесхоз, Аудит ");
        upload(
                "region.admin",
                id,
                "v1.txt",
                "Порядок проверки лесопользования муниципальными учреждениями.".getBytes(StandardCharsets.UTF_8));
        upload("region.admin", id, "v2.docx", docx("Новая редакция: проверки делянок и вырубок в лесничествах."));
        assertThat(jdbc.sql("select count(*) from material_version where material_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // a draft: the keeper finds it by a word of the newest version's text, in another form
        assertThat(page("/materials?q=" + q("лесничество"), "region.admin"))
                .contains("Рекомендации по аудиту лесопользования")
                .contains("«лесничествах»");
        // and by a word of the older version
        assertThat(page("/materials?q=" + q("учреждение"), "region.admin"))
                .contains("Рекомендации по аудиту лесопользования");
        // nobody below sees a draft
        assertThat(page("/materials?q=" + q("лесничество"), "kaluga.officer"))
                .doesNotContain("Рекомендации по аудиту лесопользования");
        mvc.perform(get("/materials/" + id).with(as("ugh.head"))).andExpect(status().isNotFound());

        mvc.perform(post("/materials/" + id + "/publish")
                        .param("published", "true")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        // published: read below, by another form of a word, and by its tag (stored in lower case)
        assertThat(page("/materials?q=" + q("лесничества"), "ugh.head"))
                .contains("Рекомендации по аудиту лесопользования");
        assertThat(page("/materials?tag=" + q("аудит"), "ugh.lawyer"))
                .contains("Рекомендации по аудиту лесопользования");
        assertThat(page("/materials?tag=" + q("подарки"), "ugh.lawyer"))
                .doesNotContain("Рекомендации по аудиту лесопользования");
        assertThat(page("/materials", "kaluga.commission"))
                .contains("id=\"tag-cloud\"")
                .contains("лесхоз");
        // the file of a version downloads
        long version = jdbc.sql("select id from material_version where material_id = ? and number = 2")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(get("/materials/versions/" + version + "/file").with(as("ugh.head")))
                .andExpect(status().isOk());
    }

    @Test
    void aRefusedMaterialFormComesBackWithWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/materials")
                        .param("kind", "OTHER")
                        .param("title", " ")
                        .param("description", "Набранное описание материала")
                        .param("tags", "набранный тег")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Набранное описание материала", "набранный тег", "alert-danger");
        // the edit form shows the material's own values
        long id = createMaterial("kaluga.officer", "Материал для правки формы", "правка, форма");
        assertThat(mvc.perform(get("/materials/" + id + "/edit").with(as("kaluga.officer")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Материал для правки формы", "правка, форма", "Описание материала");
    }

    @Test
    void aMatchInTheTitleRanksAboveAMatchInTheText() throws Exception {
        long inText = createMaterial("region.admin", "Памятка о служебном поведении", "");
        upload("region.admin", inText, "a.txt", "Упоминание бобров в тексте памятки.".getBytes(StandardCharsets.UTF_8));
        long inTitle = createMaterial("region.admin", "Бобры и конфликт интересов: обзор", "");
        upload("region.admin", inTitle, "b.txt", "Бобр бобру рознь: обзор бобров.".getBytes(StandardCharsets.UTF_8));
        String html = page("/materials?q=" + q("бобр"), "region.admin");
        assertThat(html.indexOf("Бобры и конфликт интересов"))
                .isPositive()
                .isLessThan(html.indexOf("Памятка о служебном поведении"));
    }

    @Test
    void aPublishedMaterialIsSentByLetterWithReceiptAndItsPageShowsWhoConfirmed() throws Exception {
        long id = createMaterial("region.admin", "Обзор практики по уведомлениям о подработке", "иная работа");
        upload(
                "region.admin",
                id,
                "obzor.txt",
                "Суды о непредставлении уведомления об иной работе.".getBytes(StandardCharsets.UTF_8));
        // a draft is not sent
        mvc.perform(post("/materials/" + id + "/letters")
                        .param("recipients", "MUNICIPALITIES")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from material_letter where material_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();

        mvc.perform(post("/materials/" + id + "/publish")
                        .param("published", "true")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/materials/" + id + "/letters")
                        .param("recipients", "CHOSEN")
                        .param(
                                "organizations",
                                Long.toString(organizationId(KALUGA)),
                                Long.toString(organizationId(OBNINSK)))
                        .param("dueOn", LocalDate.now().plusDays(5).toString())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        long letter = jdbc.sql("select letter_id from material_letter where material_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        // the letter sends the material's file as the newest version of a document of the acts register
        assertThat(jdbc.sql("""
                        select v.file_name from act_letter l join act_version v on v.id = l.version_id where l.id = ?""").param(letter).query(String.class).single()).isEqualTo("obzor.txt");
        assertThat(page("/materials/" + id, "region.admin")).contains("0 из 2");

        // Kaluga's officer confirms receipt in the letters; the material's page shows it
        long recipient = jdbc.sql("select id from act_letter_recipient where letter_id = ? and organization_id = ?")
                .params(letter, organizationId(KALUGA))
                .query(Long.class)
                .single();
        mvc.perform(post("/letters/recipients/" + recipient)
                        .param("letter", Long.toString(letter))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/materials/" + id, "region.admin")).contains("1 из 2");

        // a second letter of the same version registers no new version; a new version is registered once
        mvc.perform(post("/materials/" + id + "/letters")
                        .param("recipients", "CHOSEN")
                        .param("organizations", Long.toString(organizationId(OBNINSK)))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        long act = jdbc.sql("select act_id from material where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from act_version where act_id = ?")
                        .param(act)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        upload("region.admin", id, "obzor2.txt", "Дополненный обзор практики.".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/materials/" + id + "/letters")
                        .param("recipients", "CHOSEN")
                        .param("organizations", Long.toString(organizationId(OBNINSK)))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from act_version where act_id = ?")
                        .param(act)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theDemoHasMaterialsWithTagsAndVersionsOneSentByLetter() throws Exception {
        assertThat(jdbc.sql("select count(*) from material where created_by in ('region.admin', 'kaluga.officer')")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(*) from material_letter")
                        .query(Integer.class)
                        .single())
                .isPositive();
        String html = page("/materials?q=" + q("подарок"), "kaluga.officer");
        assertThat(html).contains("Методические рекомендации по порядку сообщения о получении подарка");
    }
}
