package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.materials.MaterialForm;
import ru.probity.materials.MaterialKind;
import ru.probity.materials.Materials;
import ru.probity.platform.Refusal;

/**
 * Hole 56 (issue 21, the public materials): the library took any PDF or DOCX as a material's version
 * for the officers; put on the website, its newest file is downloaded by anyone from the public
 * section of the keeper and of every organization below it. A PDF with a script is refused when the
 * material is put on the website, and as a new version of a material that is there.
 */
@Tag("security")
class Hole56PublicMaterialFileTest extends SecurityTest {

    @Autowired
    Materials materials;

    private static byte[] pdfWithScript() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Guidance on gifts");
                content.endText();
            }
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private CurrentUser officer() {
        return ((CurrentUserHolder) users.loadUserByUsername("kaluga.officer")).currentUser();
    }

    private long material(String title, String fileName, byte[] content) {
        long id = materials.create(officer(), new MaterialForm(MaterialKind.RECOMMENDATIONS, title, null, null));
        materials.addVersion(officer(), id, fileName, content, null);
        materials.publish(officer(), id, true);
        return id;
    }

    private boolean onSite(long id) {
        return jdbc.sql("select on_site_at is not null from material where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    @Test
    void aFileWithActiveContentIsNotPutOnTheWebsite() throws Exception {
        long kaluga = organizationId(KALUGA);
        long scripted = material("Памятка о подарках (PDF)", "pamyatka.pdf", pdfWithScript());
        mvc.perform(post("/materials/" + scripted + "/site")
                        .param("onSite", "true")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(flash().attribute("problem", containsString("активное содержимое")));
        assertThat(onSite(scripted)).isFalse();
        mvc.perform(get("/public/" + kaluga + "/materials/" + scripted)).andExpect(status().isNotFound());

        long clean = material(
                "Памятка о подарках", "pamyatka.txt", "Подарки сдаются по акту.".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/materials/" + clean + "/site")
                        .param("onSite", "true")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(onSite(clean)).isTrue();
        assertThatThrownBy(() -> materials.addVersion(officer(), clean, "pamyatka.pdf", pdfWithScript(), null))
                .isInstanceOf(Refusal.class);
        String file = mvc.perform(get("/public/" + kaluga + "/materials/" + clean + "/file"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(file).isEqualTo("Подарки сдаются по акту.");
    }
}
