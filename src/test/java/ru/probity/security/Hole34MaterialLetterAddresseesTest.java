package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.materials.MaterialForm;
import ru.probity.materials.MaterialKind;
import ru.probity.materials.Materials;

/**
 * Hole 34 (issue 20): a material sent by letter to chosen organizations — an addressee outside the
 * sender's subtree (another municipality) was dropped silently by the letters and the letter went to
 * the rest, the sender told it was sent as asked. Now such an addressee is not found and nothing is
 * sent.
 */
@Tag("security")
class Hole34MaterialLetterAddresseesTest extends SecurityTest {

    @Autowired
    Materials materials;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private long letters(long material) {
        return jdbc.sql("select count(*) from material_letter where material_id = ?")
                .param(material)
                .query(Long.class)
                .single();
    }

    @Test
    void anAddresseeOfAnotherSubtreeIsNotFoundAndNothingIsSent() throws Exception {
        CurrentUser officer = user("kaluga.officer");
        long id = materials.create(officer, new MaterialForm(MaterialKind.OTHER, "Памятка для рассылки", null, "х"));
        materials.addVersion(officer, id, "m.txt", "Текст памятки".getBytes(StandardCharsets.UTF_8), null);
        materials.publish(officer, id, true);

        mvc.perform(post("/materials/" + id + "/letters")
                        .param("recipients", "CHOSEN")
                        .param(
                                "organizations",
                                Long.toString(organizationId(UGH)),
                                Long.toString(organizationId(OBNINSK)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        assertThat(letters(id)).isZero();

        mvc.perform(post("/materials/" + id + "/letters")
                        .param("recipients", "CHOSEN")
                        .param("organizations", Long.toString(organizationId(UGH)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(letters(id)).isEqualTo(1);
    }
}
