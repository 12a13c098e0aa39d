package ru.probity.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.probity.civil.CivilFixtures.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.IntegrationTest;
import ru.probity.platform.RegionTime;

/**
 * Issue 21, item 4, the officer's pages: an announcement made through the form is a draft until
 * published, a deadline after the start is refused in Russian with the form kept, the results are
 * refused before the discussion is held, and once held the results and the DOCX minutes (not another
 * type) are published and shown on the public page with a link to the minutes.
 */
class DiscussionPagesTest extends IntegrationTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    RegionTime regionTime;

    private long id(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/civil/discussions/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MvcResult create(String topic, LocalDateTime startsAt, LocalDateTime until) throws Exception {
        return mvc.perform(post("/civil/discussions")
                        .param("ownerId", Long.toString(organizationId(KALUGA)))
                        .param("topic", topic)
                        .param("startsAt", startsAt.format(LOCAL))
                        .param("registrationUntil", until.format(LOCAL))
                        .param("place", "г. Калуга, ул. Ленина, 93")
                        .param("participantLimit", "20")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andReturn();
    }

    @Test
    void anAnnouncementIsADraftUntilPublishedAndADeadlineAfterTheStartIsRefused() throws Exception {
        LocalDateTime now = regionTime.now();
        MvcResult wrong = create("Обсуждение с неверным сроком", now.plusDays(3), now.plusDays(4));
        assertThat(html(wrong))
                .contains("Регистрация должна завершаться не позже начала обсуждения", "Обсуждение с неверным сроком");

        long id = id(create("Обсуждение бюджета на открытость", now.plusDays(6), now.plusDays(5)));
        long kaluga = organizationId(KALUGA);
        assertThat(mvc.perform(get("/public/" + kaluga + "/discussions/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(html(mvc.perform(get("/civil/discussions/" + id).with(as("kaluga.officer")))
                        .andReturn()))
                .contains("Черновик: объявление не опубликовано", "id=\"discussion-publish\"");
        mvc.perform(post("/civil/discussions/" + id + "/publish")
                .with(as("kaluga.officer"))
                .with(csrf()));
        assertThat(html(mvc.perform(get("/public/" + kaluga + "/discussions/" + id))
                        .andReturn()))
                .contains("Идёт регистрация участников", "20 из 20");
        MvcResult early = mvc.perform(multipart("/civil/discussions/" + id + "/results")
                        .param("results", "Итоги")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(String.valueOf(early.getFlashMap().get("problem"))).contains("ещё не началось");
        assertThat(jdbc.sql("select count(*) from portal_publication_log where section = 'discussions' and path = ?")
                        .param("/public/" + kaluga + "/discussions/" + id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theResultsAndTheDocxMinutesArePublishedOnceHeld() throws Exception {
        LocalDateTime now = regionTime.now();
        long id = id(create("Обсуждение итогов года", now.minusDays(2), now.minusDays(3)));
        mvc.perform(post("/civil/discussions/" + id + "/publish")
                .with(as("kaluga.officer"))
                .with(csrf()));
        MvcResult pdf = mvc.perform(multipart("/civil/discussions/" + id + "/results")
                        .file(new MockMultipartFile(
                                "minutes", "протокол.txt", "text/plain", "Протокол".getBytes(StandardCharsets.UTF_8)))
                        .param("results", "Итоги года обсуждены.")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(String.valueOf(pdf.getFlashMap().get("problem"))).contains("документом Word");
        MvcResult published = mvc.perform(multipart("/civil/discussions/" + id + "/results")
                        .file(new MockMultipartFile("minutes", "протокол.docx", "application/octet-stream", docx()))
                        .param("results", "Итоги года обсуждены, предложения учтены в плане.")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(published.getResponse().getStatus()).isEqualTo(302);
        assertThat(published.getFlashMap().get("problem")).isNull();
        long kaluga = organizationId(KALUGA);
        String page = html(
                mvc.perform(get("/public/" + kaluga + "/discussions/" + id)).andReturn());
        assertThat(page).contains("Итоги года обсуждены, предложения учтены в плане.", "Протокол: протокол.docx");
        MvcResult minutes = mvc.perform(get("/public/" + kaluga + "/discussions/" + id + "/minutes"))
                .andReturn();
        assertThat(minutes.getResponse().getContentType()).contains("wordprocessingml");
    }

    private static byte[] docx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            put(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\""
                            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\""
                            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                            + " Target=\"word/document.xml\"/></Relationships>");
            put(
                    zip,
                    "word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                            + "<w:t>Протокол</w:t></w:r></w:p></w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
