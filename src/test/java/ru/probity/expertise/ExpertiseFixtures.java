package ru.probity.expertise;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.reports.engine.ProofOfWork;

/**
 * Drafts in the register and a visitor of the public expertise pages, for the expertise tests and
 * the security suite: the visitor takes each form's proof-of-work challenge off the page and solves
 * it as the page's script does.
 */
public final class ExpertiseFixtures {

    public static final Pattern CODE = Pattern.compile("id=\"status-code\">([0-9A-Z-]{24})<");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String address;

    public ExpertiseFixtures(MockMvc mvc, JdbcClient jdbc, String address) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.address = address;
    }

    public RequestPostProcessor from() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    public static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new AssertionError("not on the page: " + pattern + "\n" + html);
        }
        return m.group(1);
    }

    /** A draft of the organization's register with one version; the version's id. */
    public long draft(long organizationId, String title, String text) {
        long document =
                jdbc.sql("""
                        insert into expertise_document (organization_id, subject, kind, title, registered_by, updated_by)
                        values (?, 'DRAFT', 'RESOLUTION', ?, 'ugh.officer', 'ugh.officer') returning id""").params(organizationId, title).query(Long.class).single();
        return version(document, 1, text);
    }

    /** Another version of a document; its id. */
    public long version(long document, int number, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return jdbc.sql("""
                        insert into expertise_version (document_id, number, file_name, content_type, content, sha256, text, uploaded_by)
                        values (?, ?, ?, 'text/plain; charset=UTF-8', ?, 'x', ?, 'ugh.officer') returning id""")
                .params(document, number, "проект-" + number + ".txt", content, text)
                .query(Long.class)
                .single();
    }

    public long documentOf(long version) {
        return jdbc.sql("select document_id from expertise_version where id = ?")
                .param(version)
                .query(Long.class)
                .single();
    }

    /** A publication stored directly (any dates, also in the past); its id. */
    public long publication(long version, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("""
                        insert into expertise_publication (document_id, version_id, starts_on, ends_on, published_by, updated_by)
                        values (?, ?, ?, ?, 'ugh.officer', 'ugh.officer') returning id""")
                .params(documentOf(version), version, startsOn, endsOn)
                .query(Long.class)
                .single();
    }

    /** The challenge of the draft page's form (0: the conclusion, 1: the proposal). */
    public String challenge(long publication, int form) throws Exception {
        Matcher m = CHALLENGE.matcher(
                html(mvc.perform(get("/public/expertise/" + publication).with(from()))
                        .andReturn()));
        for (int i = 0; i <= form; i++) {
            if (!m.find()) {
                throw new AssertionError("no challenge on the draft page");
            }
        }
        return m.group(1);
    }

    /** An expert's conclusion through the form (solved); the response. */
    public MvcResult conclusion(long publication, String expert, String email, String text, MockMultipartFile... files)
            throws Exception {
        String challenge = challenge(publication, 0);
        MockMultipartHttpServletRequestBuilder request = multipart("/public/expertise/" + publication + "/conclusion");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.param("authorName", expert)
                        .param("accreditationOrder", "№ 777-р")
                        .param("accreditationDate", "2024-03-15")
                        .param("email", email)
                        .param("text", text)
                        .param("challenge", challenge)
                        .param("solution", ProofOfWork.solve(challenge))
                        .with(csrf())
                        .with(from()))
                .andReturn();
    }

    /** A citizen's proposal through the form (solved); the response. */
    public MvcResult proposal(long publication, String name, String email, String postal, String text)
            throws Exception {
        String challenge = challenge(publication, 1);
        var request = post("/public/expertise/" + publication + "/proposal")
                .param("authorName", name)
                .param("text", text)
                .param("challenge", challenge)
                .param("solution", ProofOfWork.solve(challenge))
                .with(csrf())
                .with(from());
        if (email != null) {
            request.param("email", email);
        }
        if (postal != null) {
            request.param("postalAddress", postal);
        }
        return mvc.perform(request).andReturn();
    }

    /** The status page of a code. */
    public MvcResult status(String code) throws Exception {
        return mvc.perform(post("/public/expertise/status")
                        .param("code", code)
                        .with(csrf())
                        .with(from()))
                .andReturn();
    }
}
