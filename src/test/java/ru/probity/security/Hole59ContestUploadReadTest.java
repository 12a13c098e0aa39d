package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static ru.probity.contest.ContestFixtures.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.contest.ContestFixtures;
import ru.probity.contest.Contests;
import ru.probity.platform.RegionTime;

/**
 * Hole 59 (issue 21, item 5): the public contest form, open to anyone without an account, read every
 * file sent (each up to the limit of 10 МБ, any number of them within the server's 512 МБ request)
 * into memory before it checked the proof of work and the number of files. Now a form without a
 * solved proof of work, or with more files than a work may have, is refused without reading any file.
 */
class Hole59ContestUploadReadTest extends SecurityTest {

    @Autowired
    Contests contests;

    @Autowired
    RegionTime regionTime;

    private static final AtomicInteger READS = new AtomicInteger();

    /** A poster that counts how often its content is read. */
    private static MockMultipartFile counted(int n) {
        return new MockMultipartFile("files", "плакат-" + n + ".png", "image/png", ContestFixtures.PNG) {
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

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    @Test
    void filesAreReadOnlyAfterTheProofOfWorkAndWithinTheirNumber() throws Exception {
        ContestFixtures f = new ContestFixtures(mvc, jdbc, contests);
        var c = f.announced(user("region.admin"), organizationId(KALUGA), "Конкурс «Вложения»", regionTime.today());

        // no solution: refused, nothing read
        String challenge = f.challenge(c, "127.59.0.1");
        var request = multipart("/public/" + c.organizer() + "/contests/" + c.id() + "/apply");
        for (int i = 0; i < 3; i++) {
            request.file(counted(i));
        }
        MvcResult unsolved = mvc.perform(request.param("lastName", "Ручкина")
                        .param("firstName", "Дарья")
                        .param("birthDate", regionTime.today().minusYears(20).toString())
                        .param("school", "Гимназия № 24")
                        .param("municipalityId", Long.toString(c.organizer()))
                        .param("nominationId", Long.toString(c.poster()))
                        .param("workTitle", "Работа")
                        .param("challenge", challenge)
                        .param("solution", "0")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("127.59.0.1");
                            return r;
                        }))
                .andReturn();
        assertThat(unsolved.getResponse().getStatus()).isEqualTo(422);
        assertThat(READS.get()).isZero();

        // solved, but more files than a work may have: refused in Russian, nothing read
        MockMultipartFile[] six = new MockMultipartFile[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = counted(i);
        }
        MvcResult tooMany = f.apply(c, "127.59.0.2", Map.of(), six);
        assertThat(tooMany.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(tooMany)).contains("Можно приложить не больше 5 файлов");
        assertThat(READS.get()).isZero();
        assertThat(jdbc.sql("select count(*) from contest_application where contest_id = ?")
                        .param(c.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        // within the number: read and accepted
        MvcResult ok = f.apply(c, "127.59.0.3", Map.of(), counted(1), counted(2));
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(READS.get()).isPositive();
    }
}
