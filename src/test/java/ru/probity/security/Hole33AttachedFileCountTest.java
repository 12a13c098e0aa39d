package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.nio.charset.StandardCharsets;
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
 * Hole 33 (issue 20): the files of agreements and visits are kept in the database, each bounded in
 * size but not in number — an agreement or a visit took files without end. Now an agreement keeps
 * at most {@code probity.agreements.max-files} (50) and a visit {@code probity.visits.max-files}
 * (200), a material {@code probity.materials.max-versions} (50) versions; one more is refused in
 * Russian and not stored.
 */
@Tag("security")
class Hole33AttachedFileCountTest extends SecurityTest {

    @Autowired
    Materials materials;

    private long count(long agreement) {
        return jdbc.sql("select count(*) from agreement_file where agreement_id = ?")
                .param(agreement)
                .query(Long.class)
                .single();
    }

    private MockMultipartFile file(int n) {
        return new MockMultipartFile(
                "file", "spravka-" + n + ".txt", "text/plain", ("Справка " + n).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAgreementKeepsAtMostFiftyFiles() throws Exception {
        String location = mvc.perform(post("/agreements")
                        .param("number", "Ф-33")
                        .param("signedOn", "2025-03-01")
                        .param("subject", "О файлах без счёта")
                        .param("externalParties", "Прокуратура\nУниверситет")
                        .with(csrf())
                        .with(as("region.admin")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int n = 1; n <= 50; n++) {
            mvc.perform(multipart("/agreements/" + id + "/files")
                            .file(file(n))
                            .with(csrf())
                            .with(as("region.admin")))
                    .andExpect(flash().attribute("notice", "agreements.fileAdded"));
        }
        mvc.perform(multipart("/agreements/" + id + "/files")
                        .file(file(51))
                        .header("Referer", "/agreements/" + id)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("это предел")));
        assertThat(count(id)).isEqualTo(50);
    }

    @Test
    void aMaterialKeepsAtMostFiftyVersions() throws Exception {
        CurrentUser officer = ((CurrentUserHolder) users.loadUserByUsername("kaluga.officer")).currentUser();
        long id =
                materials.create(officer, new MaterialForm(MaterialKind.OTHER, "Материал без счёта версий", null, "х"));
        for (int n = 1; n <= 50; n++) {
            materials.addVersion(officer, id, "v" + n + ".txt", ("Версия " + n).getBytes(StandardCharsets.UTF_8), null);
        }
        mvc.perform(multipart("/materials/" + id + "/versions")
                        .file(file(51))
                        .header("Referer", "/materials/" + id)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(flash().attribute("problem", containsString("это предел")));
        assertThat(jdbc.sql("select count(*) from material_version where material_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(50);
    }
}
