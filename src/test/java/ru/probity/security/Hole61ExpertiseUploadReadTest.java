package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static ru.probity.expertise.ExpertiseFixtures.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.expertise.ExpertiseFixtures;
import ru.probity.platform.RegionTime;

/**
 * Hole 61 (issue 19, item 3; found by the review of hole 59): the public form of an independent
 * expert's conclusion, open to anyone without an account, read every file sent into memory before it
 * checked the proof of work and the number of files. Now a form without a solved proof of work, or
 * with more files than allowed, is refused without reading any file.
 */
class Hole61ExpertiseUploadReadTest extends SecurityTest {

    @Autowired
    RegionTime regionTime;

    private static final AtomicInteger READS = new AtomicInteger();

    /** A PDF that counts how often its content is read. */
    private static MockMultipartFile counted(int n) {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Title (zakl) >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        return new MockMultipartFile("files", "zakl-" + n + ".pdf", "application/pdf", pdf) {
            @Override
            public byte[] getBytes() throws IOException {
                READS.incrementAndGet();
                return super.getBytes();
            }

            @Override
            public InputStream getInputStream() throws IOException {
                READS.incrementAndGet();
                return super.getInputStream();
            }
        };
    }

    @Test
    void filesAreReadOnlyAfterTheProofOfWorkAndWithinTheirNumber() throws Exception {
        ExpertiseFixtures v = new ExpertiseFixtures(mvc, jdbc, "127.61.0.1");
        long id = v.publication(
                v.draft(organizationId(UGH), "О файлах заключений", "Текст"),
                regionTime.today(),
                regionTime.today().plusDays(7));

        // no solution: refused, nothing read
        String challenge = v.challenge(id, 0);
        var request = multipart("/public/expertise/" + id + "/conclusion");
        for (int i = 0; i < 3; i++) {
            request.file(counted(i));
        }
        MvcResult unsolved = mvc.perform(request.param("authorName", "Эксперт без решения")
                        .param("accreditationOrder", "№ 777-р")
                        .param("accreditationDate", "2024-03-15")
                        .param("email", "expert@example.org")
                        .param("challenge", challenge)
                        .param("solution", "0")
                        .with(csrf())
                        .with(v.from()))
                .andReturn();
        assertThat(unsolved.getResponse().getStatus()).isEqualTo(422);
        assertThat(READS.get()).isZero();

        // solved, but more files than allowed: refused in Russian, nothing read, nothing stored
        MockMultipartFile[] six = new MockMultipartFile[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = counted(i);
        }
        MvcResult tooMany =
                new ExpertiseFixtures(mvc, jdbc, "127.61.0.2").conclusion(id, "Эксперт", "e@example.org", "", six);
        assertThat(tooMany.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(tooMany)).contains("Можно приложить не больше 5 файлов");
        assertThat(READS.get()).isZero();
        assertThat(jdbc.sql("select count(*) from expertise_submission where publication_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();

        // within the number: read and registered
        MvcResult ok = new ExpertiseFixtures(mvc, jdbc, "127.61.0.3")
                .conclusion(id, "Эксперт с файлом", "e2@example.org", "", counted(1));
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(READS.get()).isPositive();
    }
}
