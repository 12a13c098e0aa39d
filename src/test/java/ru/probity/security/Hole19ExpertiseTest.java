package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.expertise.DocumentForm;
import ru.probity.expertise.Expertise;
import ru.probity.expertise.ExpertiseKind;
import ru.probity.expertise.ExpertiseSubject;

/**
 * Hole 19 (issue 19): the anti-corruption expertise of drafts. A legal expert examines only the
 * documents of his subtree — one of another municipality neither opens nor changes them; the
 * officers and heads who follow the register read it but do not examine; the developer answers the
 * findings, and an employee who is not the developer can neither see the document nor answer; an
 * auditor has no register; every change needs the CSRF token.
 */
@Tag("security")
class Hole19ExpertiseTest extends SecurityTest {

    @Autowired
    Expertise expertise;

    private long document;
    private long version;
    private long hint;
    private long finding;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                d.createParagraph().createRun().setText(p);
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    @BeforeEach
    void aSignedConclusionWithAFindingAndAnUndecidedHintOnTheNextVersion() throws IOException {
        if (jdbc.sql("select count(*) from app_user where username = 'obninsk.lawyer'")
                        .query(Integer.class)
                        .single()
                == 0) {
            accountLike("obninsk.officer", "obninsk.lawyer", "LEGAL_EXPERT");
            accountLike("ugh.employee", "ugh.colleague", "EMPLOYEE");
            jdbc.sql("""
                    update app_user set employee_id = (
                        select e.id from employee e where e.active
                          and e.organization_id = (select organization_id from app_user where username = 'ugh.employee')
                          and e.id <> (select employee_id from app_user where username = 'ugh.employee')
                          and not exists (select 1 from app_user u where u.employee_id = e.id)
                        order by e.id limit 1)
                    where username = 'ugh.colleague'""").update();
        }
        CurrentUser lawyer = user("ugh.lawyer");
        long ugh = organizationId(UGH);
        long developer = jdbc.sql("select employee_id from app_user where username = 'ugh.employee'")
                .query(Long.class)
                .single();
        document = expertise.register(
                lawyer,
                new DocumentForm(
                        ugh,
                        ExpertiseSubject.DRAFT,
                        ExpertiseKind.RESOLUTION,
                        "Проверка доступа к экспертизе",
                        ugh,
                        developer,
                        null,
                        null,
                        null));
        long first = expertise
                .addVersion(
                        lawyer,
                        document,
                        "p.docx",
                        docx("1. Управление вправе отказать в выдаче разрешения.", "2. Иные документы по запросу."),
                        null)
                .id();
        for (var h : expertise.hints(lawyer, first)) {
            expertise.reject(lawyer, h.id(), "не фактор");
        }
        finding = expertise.addFinding(
                lawyer,
                first,
                new ru.probity.expertise.FindingForm("3б", "1", "вправе отказать", "Установить основания отказа"));
        expertise.sign(lawyer, first);
        version = expertise
                .addVersion(
                        lawyer,
                        document,
                        "p2.docx",
                        docx("1. Управление вправе отказать в выдаче разрешения.", "2. Иные документы по запросу."),
                        null)
                .id();
        List<Long> hints = jdbc.sql("select id from expertise_hint where version_id = ? order by id")
                .param(version)
                .query(Long.class)
                .list();
        assertThat(hints).isNotEmpty();
        hint = hints.getFirst();
    }

    private String decision() {
        return jdbc.sql("select coalesce(decision, '') from expertise_hint where id = ?")
                .param(hint)
                .query(String.class)
                .single();
    }

    private String answer() {
        return jdbc.sql("select coalesce(answer, '') from expertise_finding where id = ?")
                .param(finding)
                .query(String.class)
                .single();
    }

    @Test
    void anExpertOfAnotherMunicipalityCannotOpenOrChangeTheDocument() throws Exception {
        mvc.perform(get("/expertise/" + document).with(as("obninsk.lawyer"))).andExpect(status().isNotFound());
        mvc.perform(get("/expertise/versions/" + version).with(as("obninsk.lawyer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/expertise/versions/" + version + "/file").with(as("obninsk.lawyer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/expertise/hints/" + hint + "/accept")
                        .param("version", Long.toString(version))
                        .with(csrf())
                        .with(as("obninsk.lawyer")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/expertise/" + document + "/versions")
                        .file(new MockMultipartFile("file", "x.txt", "text/plain", "Текст".getBytes()))
                        .with(csrf())
                        .with(as("obninsk.lawyer")))
                .andExpect(status().isNotFound());
        assertThat(decision()).isEmpty();
        assertThat(jdbc.sql("select count(*) from expertise_version where document_id = ?")
                        .param(document)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // nor registers a document in an organization outside his subtree
        mvc.perform(post("/expertise")
                        .param("organizationId", Long.toString(organizationId(UGH)))
                        .param("subject", "DRAFT")
                        .param("kind", "RESOLUTION")
                        .param("title", "Чужой проект")
                        .param("developerOrganizationId", Long.toString(organizationId(UGH)))
                        .with(csrf())
                        .with(as("obninsk.lawyer")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from expertise_document where title = 'Чужой проект'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theOfficerAndTheHeadReadButDoNotExamineAndWithoutTheTokenNothingChanges() throws Exception {
        mvc.perform(get("/expertise/versions/" + version).with(as("ugh.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/expertise/" + document).with(as("ugh.head"))).andExpect(status().isOk());
        // the developer's name read on the card is in the access log
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'ugh.head' and action = 'READ'
                          and subject_type = 'EMPLOYEE' and details = ?""")
                        .param("developer of expertise document " + document)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/expertise/hints/" + hint + "/accept")
                        .param("version", Long.toString(version))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/expertise/hints/" + hint + "/reject")
                        .param("version", Long.toString(version))
                        .param("reason", "нет")
                        .with(as("ugh.lawyer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/expertise/new").with(as("ugh.officer"))).andExpect(status().isForbidden());
        assertThat(decision()).isEmpty();
        mvc.perform(get("/expertise").with(as("region.auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/expertise/" + document).with(as("region.auditor"))).andExpect(status().isForbidden());
    }

    @Test
    void anEmployeeWhoIsNotTheDeveloperCannotSeeOrAnswerAndTheExpertDoesNotAnswerForTheDeveloper() throws Exception {
        mvc.perform(get("/expertise/" + document).with(as("ugh.colleague"))).andExpect(status().isNotFound());
        mvc.perform(post("/expertise/findings/" + finding + "/answer")
                        .param("document", Long.toString(document))
                        .param("answer", "ELIMINATED")
                        .param("version", "2")
                        .with(csrf())
                        .with(as("ugh.colleague")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/expertise/findings/" + finding + "/answer")
                        .param("document", Long.toString(document))
                        .param("answer", "ELIMINATED")
                        .param("version", "2")
                        .with(csrf())
                        .with(as("ugh.lawyer")))
                .andExpect(status().isForbidden());
        assertThat(answer()).isEmpty();
        // the developer himself answers
        mvc.perform(post("/expertise/findings/" + finding + "/answer")
                        .param("document", Long.toString(document))
                        .param("answer", "ELIMINATED")
                        .param("version", "2")
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().is3xxRedirection());
        assertThat(answer()).isEqualTo("ELIMINATED");
        // and may not examine
        mvc.perform(post("/expertise/hints/" + hint + "/accept")
                        .param("version", Long.toString(version))
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().isForbidden());
    }
}
