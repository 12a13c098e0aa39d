package ru.probity.acts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;

class LettersTest extends IntegrationTest {

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theRegionSendsALetterToTheMunicipalitiesAndSeesWhoConfirmedReceipt() throws Exception {
        String created = mvc.perform(post("/acts")
                        .param("kind", "INFORMATION_LETTER")
                        .param("number", "03-11/2026")
                        .param("title", "Об изменениях в законодательстве о противодействии коррупции")
                        .with(csrf())
                        .with(as("region.admin")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long act = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "pismo.txt",
                                "text/plain",
                                "Информируем об изменениях статьи 12 Федерального закона № 273-ФЗ."
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        String letterUrl = mvc.perform(post("/letters")
                        .param("act", Long.toString(act))
                        .param("recipients", "MUNICIPALITIES")
                        .param("dueOn", LocalDate.now().plusDays(7).toString())
                        .param("answerRequested", "true")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long letter = Long.parseLong(letterUrl.substring(letterUrl.lastIndexOf('/') + 1));
        int municipalities = jdbc.sql("""
                        select count(*) from organization o join organization p on p.id = o.parent_id
                        where o.kind in ('CITY_DISTRICT', 'MUNICIPAL_DISTRICT', 'MUNICIPAL_OKRUG') and p.parent_id is null""").query(Integer.class).single();
        assertThat(page(letterUrl, "region.admin")).contains("Подтвердили получение 0 из " + municipalities);

        // Only those allowed to confirm see the button (issue 16): not the sender for his recipients,
        // but the recipient's officer for his own organization.
        assertThat(page(letterUrl, "region.admin"))
                .doesNotContain("id=\"confirm-")
                .doesNotContain("Подтвердить получение");
        assertThat(page(letterUrl, "kaluga.officer"))
                .contains("id=\"confirm-" + organizationId(KALUGA) + "\"")
                .contains("Подтвердить получение");

        // Kaluga's officer sees the letter among those received and confirms it with an answer
        assertThat(page("/letters", "kaluga.officer")).contains("Об изменениях в законодательстве");
        long kaluga = jdbc.sql("""
                        select r.id from act_letter_recipient r join organization o on o.id = r.organization_id
                        where r.letter_id = ? and o.name = ?""").params(letter, KALUGA).query(Long.class).single();
        // neither the sender nor a department below Kaluga confirms for Kaluga
        mvc.perform(post("/letters/recipients/" + kaluga)
                        .param("letter", Long.toString(letter))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/letters/recipients/" + kaluga)
                        .param("letter", Long.toString(letter))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/letters/recipients/" + kaluga)
                        .param("letter", Long.toString(letter))
                        .param("answer", "Изменения доведены до служащих.")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());

        String sender = page(letterUrl, "region.admin");
        assertThat(sender)
                .contains("Подтвердили получение 1 из " + municipalities + ", ответили 1")
                .contains("Изменения доведены до служащих.")
                .contains("Морозова Елена Сергеевна") // kaluga.officer, by name
                .contains(OBNINSK);
        // a recipient sees his own row, not the others'
        String obninsk = page(letterUrl, "obninsk.officer");
        assertThat(obninsk).contains(OBNINSK).doesNotContain("Изменения доведены до служащих.");
    }

    @Test
    void anAddresseeChosenOutsideTheSendersSubtreeIsRefusedAndNothingIsSent() throws Exception {
        String created = mvc.perform(post("/acts")
                        .param("kind", "INFORMATION_LETTER")
                        .param("number", "17-п/2026")
                        .param("title", "О сроках представления сведений о доходах (адресаты по выбору)")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long act = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(post("/letters")
                        .param("act", Long.toString(act))
                        .param("recipients", "CHOSEN")
                        .param(
                                "organizations",
                                Long.toString(organizationId(UGH)),
                                Long.toString(organizationId(OBNINSK)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from act_letter where act_id = ?")
                        .param(act)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post("/letters")
                        .param("act", Long.toString(act))
                        .param("recipients", "CHOSEN")
                        .param("organizations", Long.toString(organizationId(UGH)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from act_letter where act_id = ?")
                        .param(act)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
