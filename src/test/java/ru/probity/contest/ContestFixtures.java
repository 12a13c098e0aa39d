package ru.probity.contest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.access.CurrentUser;
import ru.probity.reports.engine.ProofOfWork;

/**
 * A fresh contest for a test (the demo's own stay as they are), and a visitor of the public form who
 * solves its proof of work as the page's script does.
 */
public final class ContestFixtures {

    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");

    /** A tiny PNG (the first bytes are what counts). */
    public static final byte[] PNG = {
        (byte) 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1
    };

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Contests contests;

    public ContestFixtures(MockMvc mvc, JdbcClient jdbc, Contests contests) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.contests = contests;
    }

    /** The ids of a new announced contest: its own, the poster nomination's, the video's, and the organizer. */
    public record Fresh(long id, long organizer, long poster, long video, List<Long> posterCriteria) {}

    /**
     * A contest of {@code organizer}, open today, with a poster nomination (images, PDF; two criteria
     * of 10 and 5), a video one, the age groups 14–17 and 18–25 and the given jurors, announced.
     */
    public Fresh announced(CurrentUser admin, long organizer, String title, LocalDate today, String... jurors) {
        long id = contests.create(
                admin,
                new Contests.ContestForm(
                        organizer,
                        title,
                        "Положение: " + title,
                        today.minusDays(1),
                        today.plusDays(10),
                        today.plusDays(20),
                        today.plusDays(30)));
        contests.addNomination(admin, id, "Лучший плакат", List.of("IMAGE", "PDF"));
        contests.addNomination(admin, id, "Лучший видеоролик", List.of("VIDEO"));
        List<Nomination> nominations = contests.nominations(admin, id);
        contests.addCriterion(admin, id, nominations.get(0).id(), "Соответствие теме", 10);
        contests.addCriterion(admin, id, nominations.get(0).id(), "Оригинальность", 5);
        contests.addCriterion(admin, id, nominations.get(1).id(), "Соответствие теме", 10);
        contests.addAgeGroup(admin, id, 14, 17);
        contests.addAgeGroup(admin, id, 18, 25);
        for (String juror : jurors) {
            contests.appointJuror(admin, id, juror);
        }
        contests.announce(admin, id);
        nominations = contests.nominations(admin, id);
        return new Fresh(
                id,
                organizer,
                nominations.get(0).id(),
                nominations.get(1).id(),
                nominations.get(0).criteria().stream()
                        .map(ru.probity.contest.model.Scoring.Criterion::id)
                        .toList());
    }

    public static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The form's challenge. */
    public String challenge(Fresh c, String address) throws Exception {
        Matcher m =
                CHALLENGE.matcher(html(mvc.perform(get("/public/" + c.organizer() + "/contests/" + c.id() + "/apply")
                                .with(from(address)))
                        .andReturn()));
        if (!m.find()) {
            throw new AssertionError("no challenge on the form");
        }
        return m.group(1);
    }

    /** The public form sent (solved) with the fields given over the defaults; the response. */
    public MvcResult apply(Fresh c, String address, Map<String, String> fields, MockMultipartFile... files)
            throws Exception {
        String challenge = challenge(c, address);
        MockMultipartHttpServletRequestBuilder request =
                multipart("/public/" + c.organizer() + "/contests/" + c.id() + "/apply");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("lastName", "Ручкина");
        values.put("firstName", "Дарья");
        values.put("middleName", "Олеговна");
        values.put("birthDate", LocalDate.now().minusYears(20).toString());
        values.put("school", "МБОУ «Гимназия № 24» г. Калуги");
        values.put("municipalityId", Long.toString(c.organizer()));
        values.put("nominationId", Long.toString(c.poster()));
        values.put("workTitle", "Честность — это стиль жизни");
        values.putAll(fields);
        values.forEach((k, v) -> {
            if (v != null) {
                request.param(k, v);
            }
        });
        return mvc.perform(request.param("challenge", challenge)
                        .param("solution", ProofOfWork.solve(challenge))
                        .with(csrf())
                        .with(from(address)))
                .andReturn();
    }

    /** A poster file. */
    public static MockMultipartFile poster() {
        return new MockMultipartFile("files", "плакат.png", "image/png", PNG);
    }

    /** The id of the application with the receipt's number. */
    public long applicationId(Fresh c, MvcResult receipt) throws Exception {
        Matcher m = Pattern.compile("id=\"contest-receipt-number\">([0-9-]+)<").matcher(html(receipt));
        if (!m.find()) {
            throw new AssertionError("no receipt:\n" + html(receipt));
        }
        return jdbc.sql("select id from contest_application where contest_id = ? and number = ?")
                .params(c.id(), m.group(1))
                .query(Long.class)
                .single();
    }
}
