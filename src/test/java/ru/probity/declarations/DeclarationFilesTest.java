package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;

/**
 * Scans of the signed original: filed with the form (all or nothing) or attached on the
 * declaration's page, sealed at rest with their names, downloaded only by the declaration's
 * readers, each download in the access log. Each test builds its own organization under Obninsk,
 * with accounts for its employee and its head.
 */
class DeclarationFilesTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final int YEAR = LocalDate.now().getYear() - 1;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H'};

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    DeclarationFiles files;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private record Place(long organization, long employee, String employeeLogin, String headLogin, String lastName) {}

    private Place place() {
        int n = SERIAL.incrementAndGet();
        long parent = organizationId(OBNINSK);
        long org = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'INSTITUTION', ?, 'test', 'test') returning id""")
                .params(parent, "МКУ «Архив сканов № " + n + "-" + System.nanoTime() + "»")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, org)
                .update();
        String last = "Сканов" + n;
        long employee = jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, created_by, updated_by)
                values (?, ?, 'Павел', 'Главный специалист', 'test', 'test') returning id""").params(org, last).query(Long.class).single();
        String suffix = n + "-" + System.nanoTime();
        account("scans.employee" + suffix, "EMPLOYEE", org, employee);
        account("scans.head" + suffix, "ORGANIZATION_HEAD", org, null);
        return new Place(org, employee, "scans.employee" + suffix, "scans.head" + suffix, last);
    }

    private void account(String username, String role, long organization, Long employee) {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                values (?, 'not-used', 'Тестовый пользователь', ?, ?, ?, 'test')""").params(username, role, organization, employee).update();
    }

    private long obligation(Place p) {
        return campaigns.oblige(
                user("obninsk.officer"),
                p.employee(),
                ObligationKind.APPOINTMENT,
                YEAR,
                LocalDate.now().plusDays(10),
                null);
    }

    private static MockMultipartHttpServletRequestBuilder form(long obligation, Place p, String income) {
        MockMultipartHttpServletRequestBuilder request = multipart("/declarations/obligations/" + obligation + "/form");
        request.param("persons[0].relation", "DECLARANT")
                .param("persons[0].lastName", p.lastName())
                .param("persons[0].firstName", "Павел")
                .param("persons[0].incomes[0].kind", "MAIN_JOB")
                .param("persons[0].incomes[0].amount", income);
        return request;
    }

    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n1 0 obj << /Title (" + marker + ") >> endobj\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private int fileCount(long declaration) {
        return jdbc.sql("select count(*) from declaration_file where declaration_id = ?")
                .param(declaration)
                .query(Integer.class)
                .single();
    }

    private int fileReads(long declaration, String username) {
        return jdbc.sql("""
                select count(*) from access_log where subject_type = 'DECLARATION_FILE' and subject_id = ?
                and action = 'READ' and username = ?""").params(declaration, username).query(Integer.class).single();
    }

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDeclarantFilesHisScanWithTheFormAndTheOfficerAttachesAnotherAllSealedAndLogged() throws Exception {
        Place p = place();
        long ob = obligation(p);
        String marker = "ТайныйСкан" + System.nanoTime();
        String fileName = "Справка " + p.lastName() + " " + marker + ".pdf";

        // a fake PDF refuses the whole post, with the Russian reason: no declaration, no file
        String refused = mvc.perform(form(ob, p, "900000")
                        .file(new MockMultipartFile(
                                "scans",
                                "poddelka.pdf",
                                "application/pdf",
                                "это не PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(as(p.employeeLogin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("Файл «poddelka.pdf» не принят: прикладываются только сканы в форматах PDF, JPEG и PNG");
        // a text file is recognised, but it is no scan
        assertThat(mvc.perform(form(ob, p, "900000")
                                .file(new MockMultipartFile(
                                        "scans",
                                        "zametki.txt",
                                        "text/plain",
                                        "заметки".getBytes(StandardCharsets.UTF_8)))
                                .with(as(p.employeeLogin()))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Файл «zametki.txt» не принят");
        // a valid scan with an invalid form is not kept either
        mvc.perform(form(ob, p, "много")
                        .file(new MockMultipartFile("scans", "scan.pdf", "application/pdf", pdf(marker)))
                        .with(as(p.employeeLogin()))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from declaration where obligation_id = ?")
                        .param(ob)
                        .query(Integer.class)
                        .single())
                .isZero();

        // the declarant files with the scan
        String location = mvc.perform(form(ob, p, "900000")
                        .file(new MockMultipartFile("scans", fileName, "application/pdf", pdf(marker)))
                        .with(as(p.employeeLogin()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/declarations/".length()));
        assertThat(fileCount(id)).isEqualTo(1);
        long pdfId = jdbc.sql("select id from declaration_file where declaration_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(page("/declarations/" + id, p.employeeLogin())).contains(fileName, "/files/" + pdfId);

        // the officer of the subtree attaches a PNG on the page; a fake one is refused there in Russian
        String problem = mvc.perform(multipart("/declarations/" + id + "/files")
                        .file(new MockMultipartFile("scans", "list2.png", "image/png", pdf(marker)))
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("Файл «list2.png» не принят");
        mvc.perform(multipart("/declarations/" + id + "/files")
                        .file(new MockMultipartFile("scans", "list2.png", "image/png", PNG))
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fileCount(id)).isEqualTo(2);
        long pngId = jdbc.sql("select max(id) from declaration_file where declaration_id = ?")
                .param(id)
                .query(Long.class)
                .single();

        // downloads: the declarant and the officer, as attachments of the right type, never sniffed
        int employeeReads = fileReads(id, p.employeeLogin());
        int officerReads = fileReads(id, "obninsk.officer");
        byte[] got = mvc.perform(get("/declarations/" + id + "/files/" + pdfId).with(as(p.employeeLogin())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(got).isEqualTo(pdf(marker));
        assertThat(mvc.perform(get("/declarations/" + id + "/files/" + pngId).with(as("obninsk.officer")))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Content-Type", "image/png"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(PNG);
        mvc.perform(get("/declarations/" + id + "/files/" + pdfId).with(as("region.admin")))
                .andExpect(status().isOk());
        assertThat(fileReads(id, p.employeeLogin())).isEqualTo(employeeReads + 1);
        assertThat(fileReads(id, "obninsk.officer")).isEqualTo(officerReads + 1);
        assertThat(jdbc.sql("""
                select count(*) from access_log where subject_type = 'DECLARATION_FILE' and subject_id = ?
                and action = 'CREATE' and organization_id = ?""")
                        .params(id, p.organization())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // closed to another municipality's officer, to the head and to the auditor: no download, no upload
        int allReads = jdbc.sql(
                        "select count(*) from access_log where subject_type = 'DECLARATION_FILE' and action = 'READ'")
                .query(Integer.class)
                .single();
        for (String other : List.of("ugh.officer", "kaluga.officer", p.headLogin(), "region.auditor")) {
            mvc.perform(get("/declarations/" + id + "/files/" + pdfId).with(as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/declarations/" + id + "/files")
                            .file(new MockMultipartFile("scans", "chuzhoy.png", "image/png", PNG))
                            .with(as(other))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql(
                                "select count(*) from access_log where subject_type = 'DECLARATION_FILE' and action = 'READ'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(allReads);
        assertThat(fileCount(id)).isEqualTo(2);
        // a file id of another declaration is not found through this one
        long otherDeclaration = declarations.submit(
                user("obninsk.officer"), obligation(p), DeclarationsTest.simple(p.lastName(), "1", "1"));
        mvc.perform(get("/declarations/" + otherDeclaration + "/files/" + pdfId).with(as("obninsk.officer")))
                .andExpect(status().isNotFound());

        // sealed at rest: neither the name nor the content is anywhere in the table, raw or as text
        String rows = jdbc.sql("select string_agg(row_to_json(f)::text, ' ') from declaration_file f"
                        + " where declaration_id = ?")
                .param(id)
                .query(String.class)
                .single();
        String hexMarker = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
        assertThat(rows)
                .doesNotContain(
                        marker, p.lastName(), "PDF", hexMarker, HexFormat.of().formatHex(PNG));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        jdbc.sql("select name, content from declaration_file where declaration_id = ?")
                .param(id)
                .query((rs, n) -> {
                    raw.writeBytes(rs.getBytes(1));
                    raw.writeBytes(rs.getBytes(2));
                    return n;
                })
                .list();
        assertThat(raw.toString(StandardCharsets.UTF_8)).doesNotContain(marker, p.lastName(), "%PDF", "scan");
        assertThat(raw.toString(StandardCharsets.ISO_8859_1)).doesNotContain("%PDF", "PNG", ".pdf", ".png");
        // the associated data binds a sealed name to its own row: swapped, it does not open
        jdbc.sql("update declaration_file set name = (select name from declaration_file where id = ?) where id = ?")
                .params(pngId, pdfId)
                .update();
        assertThatThrownBy(() -> files.download(user("obninsk.officer"), id, pdfId))
                .isInstanceOf(ru.probity.sealing.Sealing.SealingException.class);
    }

    @Test
    void aCorrectionCarriesItsOwnScansAndTheLimitsAreKept() throws Exception {
        Place p = place();
        long ob = obligation(p);
        String first = mvc.perform(form(ob, p, "500000")
                        .file(new MockMultipartFile("scans", "pervaya.jpg", "image/jpeg", new byte[] {
                            (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3
                        }))
                        .with(as(p.employeeLogin()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long v1 = Long.parseLong(first.substring("/declarations/".length()));
        // too many for one version: 1 + 10 > 10, nothing is added
        var tooMany = multipart("/declarations/" + v1 + "/files");
        for (int i = 0; i < 10; i++) {
            tooMany.file(new MockMultipartFile("scans", "list" + i + ".png", "image/png", PNG));
        }
        assertThat(mvc.perform(tooMany.with(as(p.employeeLogin())).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("К версии справки можно приложить не более 10 файлов.");
        assertThat(fileCount(v1)).isEqualTo(1);
        // nothing chosen
        assertThat(mvc.perform(multipart("/declarations/" + v1 + "/files")
                                .with(as(p.employeeLogin()))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Выберите файлы.");

        // the correction: a new version with its own scan; the old version keeps its one
        String second = mvc.perform(form(ob, p, "510000")
                        .file(new MockMultipartFile("scans", "utochnennaya.png", "image/png", PNG))
                        .with(as(p.employeeLogin()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long v2 = Long.parseLong(second.substring("/declarations/".length()));
        assertThat(fileCount(v1)).isEqualTo(1);
        assertThat(fileCount(v2)).isEqualTo(1);
        String newPage = page("/declarations/" + v2, p.employeeLogin());
        assertThat(newPage).contains("utochnennaya.png", "scans-form").doesNotContain("pervaya.jpg");
        String oldPage = page("/declarations/" + v1, "obninsk.officer");
        assertThat(oldPage).contains("pervaya.jpg").doesNotContain("utochnennaya.png", "scans-form");
        // the superseded version takes no more files
        assertThat(mvc.perform(multipart("/declarations/" + v1 + "/files")
                                .file(new MockMultipartFile("scans", "pozdno.png", "image/png", PNG))
                                .with(as("obninsk.officer"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Эта версия справки заменена уточнённой");
        assertThat(fileCount(v1)).isEqualTo(1);
    }
}
