package ru.probity.civil;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.access.CurrentUser;
import ru.probity.reports.engine.ProofOfWork;

/**
 * Public discussions for the civil tests and the security suite: a discussion announced through the
 * service, and a citizen who registers or asks through the public page — taking the form's
 * proof-of-work challenge off the page and solving it as the page's script does, each time from a
 * new client address (the per-client throttle is not what these tests are about).
 */
public final class CivilFixtures {

    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    private final MockMvc mvc;

    public CivilFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor fromNewAddress() {
        int n = ADDRESS.incrementAndGet();
        String address = "127.21." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A discussion of {@code owner} announced by {@code officer}: its id. */
    public static long announce(
            Discussions discussions,
            CurrentUser officer,
            long owner,
            String topic,
            LocalDateTime startsAt,
            LocalDateTime registrationUntil,
            Integer limit) {
        long id = discussions.create(
                officer,
                new Discussions.DiscussionForm(
                        owner,
                        topic,
                        "Описание",
                        startsAt,
                        "г. Калуга, ул. Ленина, 93",
                        null,
                        registrationUntil,
                        limit));
        discussions.publish(officer, id);
        return id;
    }

    /** The first challenge on the discussion's public page. */
    public String challenge(long owner, long id) throws Exception {
        String page =
                html(mvc.perform(get("/public/" + owner + "/discussions/" + id)).andReturn());
        Matcher m = CHALLENGE.matcher(page);
        if (!m.find()) {
            // a closed registration has no form: any challenge of the page will do, or none
            return "none";
        }
        return m.group(1);
    }

    /** A registration through the public form (solved); the response. */
    public MvcResult register(long owner, long id, String name, String email, boolean consent) throws Exception {
        return register(owner, owner, id, name, email, consent);
    }

    /** A registration posted under the public address of {@code addressOwner}; the response. */
    public MvcResult register(long pageOwner, long addressOwner, long id, String name, String email, boolean consent)
            throws Exception {
        return register(pageOwner, id, addressOwner, id, name, email, consent);
    }

    /**
     * A registration for {@code id} under the public address of {@code addressOwner}, with the challenge
     * taken off the page of discussion {@code pageId} of {@code pageOwner} (a page without a form has no
     * challenge of its own); the response.
     */
    public MvcResult register(
            long pageOwner, long pageId, long addressOwner, long id, String name, String email, boolean consent)
            throws Exception {
        String challenge = challenge(pageOwner, pageId);
        var request = post("/public/" + addressOwner + "/discussions/" + id + "/register")
                .param("name", name)
                .param("email", email)
                .param("challenge", challenge)
                .param("solution", challenge.equals("none") ? "0" : ProofOfWork.solve(challenge))
                .with(csrf())
                .with(fromNewAddress());
        if (consent) {
            request.param("consent", "true");
        }
        return mvc.perform(request).andReturn();
    }
}
