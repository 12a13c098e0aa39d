package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.materials.MaterialForm;
import ru.probity.materials.MaterialKind;
import ru.probity.materials.Materials;

/**
 * Hole 26 (issue 20, item 6): the library of methodological materials. A draft is seen only by the
 * officers of the keeping subtree; a published material is read in the keeper's subtree and above
 * it, not in another municipality; an officer below does not change, publish, version or send the
 * region's material; a reader (head, lawyer, auditor) adds nothing; an employee and the custodian
 * have no library; every change needs the CSRF token.
 */
@Tag("security")
class Hole26MaterialsTest extends SecurityTest {

    @Autowired
    Materials materials;

    private long regionDraft;
    private long regionDraftVersion;
    private long regionPublished;
    private long kalugaPublished;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private long material(String username, String title, boolean published) {
        CurrentUser u = user(username);
        long id = materials.create(u, new MaterialForm(MaterialKind.OTHER, title, null, "проверка"));
        materials.addVersion(u, id, "m.txt", ("Текст: " + title).getBytes(StandardCharsets.UTF_8), null);
        if (published) {
            materials.publish(u, id, true);
        }
        return id;
    }

    @BeforeEach
    void materialsOfTheRegionAndOfKaluga() {
        regionDraft = material("region.admin", "Черновик региона для проверки доступа", false);
        regionDraftVersion = jdbc.sql("select id from material_version where material_id = ?")
                .param(regionDraft)
                .query(Long.class)
                .single();
        regionPublished = material("region.admin", "Опубликованный материал региона для проверки", true);
        kalugaPublished = material("kaluga.officer", "Опубликованный материал Калуги для проверки", true);
    }

    private String title(long id) {
        return jdbc.sql("select title || ':' || status from material where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void anEmployeeAndTheCustodianHaveNoLibraryAndDraftsStayWithTheKeeper() throws Exception {
        for (String outsider : new String[] {"ugh.employee", "region.custodian"}) {
            mvc.perform(get("/materials").with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/materials/" + regionPublished).with(as(outsider))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/materials/" + regionDraft).with(as("kaluga.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/materials/versions/" + regionDraftVersion + "/file").with(as("ugh.head")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/materials/" + regionPublished).with(as("ugh.lawyer"))).andExpect(status().isOk());
        // Kaluga's material is not Obninsk's
        mvc.perform(get("/materials/" + kalugaPublished).with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/materials/" + kalugaPublished).with(as("region.auditor")))
                .andExpect(status().isOk());
    }

    @Test
    void anOfficerBelowDoesNotChangeTheRegionsMaterialAndReadersAddNothing() throws Exception {
        String before = title(regionPublished);
        mvc.perform(post("/materials/" + regionPublished)
                        .param("kind", "OTHER")
                        .param("title", "Подменённый")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/materials/" + regionPublished + "/publish")
                        .param("published", "false")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/materials/" + regionPublished + "/versions")
                        .file(new MockMultipartFile(
                                "file", "x.txt", "text/plain", "Подмена".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/materials/" + regionPublished + "/letters")
                        .param("recipients", "MUNICIPALITIES")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/materials/" + regionPublished + "/edit").with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(title(regionPublished)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from material_version where material_id = ?")
                        .param(regionPublished)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        for (String reader : new String[] {"ugh.head", "ugh.lawyer", "region.auditor", "kaluga.commission"}) {
            mvc.perform(get("/materials/new").with(as(reader))).andExpect(status().isForbidden());
            mvc.perform(post("/materials")
                            .param("kind", "OTHER")
                            .param("title", "Материал читателя")
                            .with(csrf())
                            .with(as(reader)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/materials/" + kalugaPublished + "/publish")
                        .param("published", "false")
                        .with(csrf())
                        .with(as("ugh.head")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from material where title = 'Материал читателя'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(title(kalugaPublished)).endsWith(":PUBLISHED");
    }

    @Test
    void withoutTheTokenNothingChanges() throws Exception {
        mvc.perform(post("/materials/" + kalugaPublished + "/publish")
                        .param("published", "false")
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(title(kalugaPublished)).endsWith(":PUBLISHED");
    }
}
