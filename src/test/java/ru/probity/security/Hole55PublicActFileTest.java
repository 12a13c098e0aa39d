package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hole 55 (issue 21, the public acts): the register took any PDF or DOCX as an act's version for the
 * officers; marked public, its files are downloaded by anyone from the public section. A PDF with a
 * script (or a DOCX with macros, embedded or appended files, external relationships) is refused when
 * the act is marked public, and as a new version of an act that is public: the act stays off the site,
 * the version is not added.
 */
@Tag("security")
class Hole55PublicActFileTest extends SecurityTest {

    private static byte[] pdfWithScript() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Order on the code of ethics");
                content.endText();
            }
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private long create(String number) throws Exception {
        String created = mvc.perform(post("/acts")
                        .param("kind", "MUNICIPAL_ACT")
                        .param("number", number)
                        .param("adoptedOn", "2026-03-02")
                        .param("title", "Об утверждении кодекса этики")
                        .param("status", "IN_FORCE")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
    }

    private org.springframework.test.web.servlet.ResultActions addVersion(long act, String name, byte[] content)
            throws Exception {
        return mvc.perform(multipart("/acts/" + act + "/versions")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(csrf())
                .with(as("kaluga.officer")));
    }

    private org.springframework.test.web.servlet.ResultActions publish(long act) throws Exception {
        return mvc.perform(post("/acts/" + act + "/public")
                .param("published", "true")
                .with(csrf())
                .with(as("kaluga.officer")));
    }

    private int versions(long act) {
        return jdbc.sql("select count(*) from act_version where act_id = ?")
                .param(act)
                .query(Integer.class)
                .single();
    }

    @Test
    void aFileWithActiveContentIsNotPutOnThePublicSection() throws Exception {
        long kaluga = organizationId(KALUGA);
        long scripted = create("55-п");
        addVersion(scripted, "kodeks.pdf", pdfWithScript()).andExpect(status().is3xxRedirection());
        assertThat(versions(scripted)).isEqualTo(1); // the officers' register keeps it as before
        publish(scripted).andExpect(flash().attribute("problem", containsString("активное содержимое")));
        mvc.perform(get("/public/" + kaluga + "/acts/" + scripted)).andExpect(status().isNotFound());

        long clean = create("56-п");
        addVersion(clean, "kodeks.txt", "Кодекс этики муниципальных служащих".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().is3xxRedirection());
        publish(clean).andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + kaluga + "/acts/" + clean)).andExpect(status().isOk());
        addVersion(clean, "kodeks.pdf", pdfWithScript())
                .andExpect(flash().attribute("problem", containsString("активное содержимое")));
        assertThat(versions(clean)).isEqualTo(1);
        mvc.perform(get("/public/" + kaluga + "/acts/" + clean + "/versions/2/file"))
                .andExpect(status().isNotFound());
    }
}
