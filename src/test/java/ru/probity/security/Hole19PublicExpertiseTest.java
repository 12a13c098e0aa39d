package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.probity.expertise.ExpertiseFixtures;

/**
 * Hole 19 (issue 19, item 3): the public expertise of drafts opens an anonymous door into the
 * register. The public pages show only a published version of a draft, while it is open — never a
 * withdrawn or not yet begun publication, another version, or the officers' pages; the forms need
 * the CSRF token and the proof of work. The officers' pages answer only the roles that handle them,
 * in their organization's subtree.
 */
class Hole19PublicExpertiseTest extends SecurityTest {

    @org.springframework.beans.factory.annotation.Autowired
    ru.probity.platform.RegionTime regionTime;

    /** Today in the region's configured time zone, as the pages count the publication's days. */
    private LocalDate today() {
        return regionTime.today();
    }

    private int submissions(long publication) {
        return jdbc.sql("select count(*) from expertise_submission where publication_id = ?")
                .param(publication)
                .query(Integer.class)
                .single();
    }

    @Test
    void thePublicPagesShowOnlyTheOpenPublishedVersion() throws Exception {
        ExpertiseFixtures v = new ExpertiseFixtures(mvc, jdbc, "127.19.2.1");
        long v1 = v.draft(organizationId(UGH), "Проект с двумя редакциями", "первая редакция");
        long open = v.publication(v1, today(), today().plusDays(7));
        v.version(v.documentOf(v1), 2, "вторая редакция, не опубликована");
        assertThat(mvc.perform(get("/public/expertise/" + open + "/file"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("первая редакция");

        long withdrawn =
                v.publication(v.draft(organizationId(UGH), "Снятый проект", "снят"), today(), today().plusDays(7));
        jdbc.sql("update expertise_publication set withdrawn_at = now(), withdrawn_by = 'test' where id = ?")
                .param(withdrawn)
                .update();
        long upcoming = v.publication(
                v.draft(organizationId(UGH), "Будущий проект", "будет"), today().plusDays(1), today().plusDays(9));
        for (long id : new long[] {withdrawn, upcoming}) {
            mvc.perform(get("/public/expertise/" + id)).andExpect(status().isNotFound());
            mvc.perform(get("/public/expertise/" + id + "/file")).andExpect(status().isNotFound());
        }
        String list =
                ExpertiseFixtures.html(mvc.perform(get("/public/expertise")).andReturn());
        String feed = ExpertiseFixtures.html(
                mvc.perform(get("/public/expertise/feed.atom")).andReturn());
        for (String page : new String[] {list, feed}) {
            assertThat(page).contains("Проект с двумя редакциями").doesNotContain("Снятый проект", "Будущий проект");
        }
        // a withdrawn publication receives nothing, even with a solved challenge
        String challenge = v.challenge(open, 1);
        mvc.perform(post("/public/expertise/" + withdrawn + "/proposal")
                        .param("authorName", "Кто-то")
                        .param("email", "x@example.org")
                        .param("text", "текст")
                        .param("challenge", challenge)
                        .param("solution", ru.probity.reports.engine.ProofOfWork.solve(challenge))
                        .with(csrf())
                        .with(v.from()))
                .andExpect(status().isNotFound());
        assertThat(submissions(withdrawn)).isZero();
        // the officers' pages are not public
        mvc.perform(get("/expertise/publications")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/expertise/publications/" + open)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theFormsNeedTheCsrfTokenAndTheProofOfWork() throws Exception {
        ExpertiseFixtures v = new ExpertiseFixtures(mvc, jdbc, "127.19.2.2");
        long open = v.publication(
                v.draft(organizationId(UGH), "Проект для проверки защиты", "т"), today(), today().plusDays(7));
        mvc.perform(post("/public/expertise/" + open + "/proposal")
                        .param("authorName", "Бот")
                        .param("email", "bot@example.org")
                        .param("text", "спам")
                        .with(v.from()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/public/expertise/" + open + "/proposal")
                        .param("authorName", "Бот")
                        .param("email", "bot@example.org")
                        .param("text", "спам")
                        .param("challenge", v.challenge(open, 1))
                        .param("solution", "0")
                        .with(csrf())
                        .with(v.from()))
                .andExpect(status().isUnprocessableContent());
        assertThat(submissions(open)).isZero();
        // an unknown code shows nothing
        assertThat(v.status("AAAA-BBBB-CCCC-DDDD-EEEE").getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theOfficersPagesAnswerOnlyTheirRolesInTheirSubtree() throws Exception {
        ExpertiseFixtures v = new ExpertiseFixtures(mvc, jdbc, "127.19.2.3");
        long version = v.draft(organizationId(UGH), "Проект управления для проверки прав", "т");
        long publication = v.publication(version, today(), today().plusDays(7));
        v.proposal(publication, "Гражданин Проверкин", "proverkin@example.org", null, "Предложение");
        long submission = jdbc.sql("select id from expertise_submission where author_name = 'Гражданин Проверкин'")
                .query(Long.class)
                .single();

        // an employee: no page, no publishing, no answer
        mvc.perform(get("/expertise/publications").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(post("/expertise/publications")
                        .param("versionId", Long.toString(version))
                        .param("startsOn", today().toString())
                        .param("endsOn", today().plusDays(10).toString())
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // the auditor reads but does not answer
        mvc.perform(get("/expertise/publications/submissions/" + submission).with(as("region.auditor")))
                .andExpect(status().isOk());
        mvc.perform(post("/expertise/publications/submissions/" + submission + "/answer")
                        .param("answer", "ответ")
                        .param("accepted", "true")
                        .with(as("region.auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // another municipality's officer sees nothing of it and cannot publish its draft
        mvc.perform(get("/expertise/publications/" + publication).with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/expertise/publications/submissions/" + submission).with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/expertise/publications/submissions/" + submission + "/answer")
                        .param("answer", "чужой ответ")
                        .param("accepted", "true")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/expertise/publications")
                        .param("versionId", Long.toString(version))
                        .param("startsOn", today().toString())
                        .param("endsOn", today().plusDays(10).toString())
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(ExpertiseFixtures.html(
                        mvc.perform(get("/expertise/publications/submissions").with(as("obninsk.officer")))
                                .andReturn()))
                .doesNotContain("Гражданин Проверкин");
        // without the CSRF token even the draft's own officer is refused
        mvc.perform(post("/expertise/publications/" + publication + "/withdraw").with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from expertise_submission where id = ? and answer is null")
                        .param(submission)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
