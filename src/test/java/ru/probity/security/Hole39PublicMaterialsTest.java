package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 39 (issue 21, the methodological materials on the website): only an officer of the keeping
 * organization or above puts a material on the website or takes it off — not an officer below, not
 * a reader; a draft never goes on the website; a material not on the website, a draft, and one kept
 * by another municipality are a 404 on {@code /public}, page and file; the region's material is read
 * on every organization's section.
 */
@Tag("security")
class Hole39PublicMaterialsTest extends SecurityTest {

    private long material(String title) {
        return jdbc.sql("select id from material where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    private boolean onSite(long id) {
        return jdbc.sql("select on_site_at is not null from material where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    private static final String REGION_ON_SITE =
            "Обзор судебной практики по делам об увольнении в связи с утратой доверия";
    private static final String REGION_NOT_ON_SITE =
            "Типовое положение о комиссии по соблюдению требований к служебному поведению";
    private static final String REGION_DRAFT = "Памятка для служащих об иной оплачиваемой работе";
    private static final String KALUGA_ON_SITE =
            "Форма журнала регистрации уведомлений о фактах обращения в целях склонения к коррупции";

    @Test
    void onlyTheKeepersOfficerPutsAMaterialOnTheWebsiteAndNeverADraft() throws Exception {
        long regionMaterial = material(REGION_NOT_ON_SITE);
        long regionOnSite = material(REGION_ON_SITE);
        for (String outsider : new String[] {"kaluga.officer", "obninsk.officer", "ugh.head", "region.auditor"}) {
            mvc.perform(post("/materials/" + regionMaterial + "/site")
                            .param("onSite", "true")
                            .with(csrf())
                            .with(as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/materials/" + regionOnSite + "/site")
                            .param("onSite", "false")
                            .with(csrf())
                            .with(as(outsider)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/materials/" + material(KALUGA_ON_SITE) + "/site")
                        .param("onSite", "false")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/materials/" + regionMaterial + "/site")
                        .param("onSite", "true")
                        .with(as("region.admin")))
                .andExpect(status().isForbidden());
        long draft = material(REGION_DRAFT);
        mvc.perform(post("/materials/" + draft + "/site")
                        .param("onSite", "true")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(onSite(regionMaterial)).isFalse();
        assertThat(onSite(regionOnSite)).isTrue();
        assertThat(onSite(draft)).isFalse();
    }

    @Test
    void aMaterialNotOnTheWebsiteOrOfAnotherMunicipalityIsNotFound() throws Exception {
        long kaluga = organizationId(KALUGA);
        long obninsk = organizationId(OBNINSK);
        long ugh = organizationId(UGH);
        long kalugaMaterial = material(KALUGA_ON_SITE);
        for (long id : new long[] {material(REGION_NOT_ON_SITE), material(REGION_DRAFT)}) {
            mvc.perform(get("/public/" + kaluga + "/materials/" + id)).andExpect(status().isNotFound());
            mvc.perform(get("/public/" + kaluga + "/materials/" + id + "/file")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/public/" + obninsk + "/materials/" + kalugaMaterial)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + obninsk + "/materials/" + kalugaMaterial + "/file"))
                .andExpect(status().isNotFound());
        // Kaluga's material is read by the city's bodies, the region's by everyone
        mvc.perform(get("/public/" + ugh + "/materials/" + kalugaMaterial)).andExpect(status().isOk());
        mvc.perform(get("/public/" + obninsk + "/materials/" + material(REGION_ON_SITE)))
                .andExpect(status().isOk());
        mvc.perform(get("/public/" + obninsk + "/materials/" + material(REGION_ON_SITE) + "/file"))
                .andExpect(status().isOk());
    }
}
