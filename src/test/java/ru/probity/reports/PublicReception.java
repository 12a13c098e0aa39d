package ru.probity.reports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.reports.engine.ProofOfWork;

/**
 * A reporter's browser at the public reception, through MockMvc: it takes the proof-of-work
 * challenge off each form it opens and solves it as the page's script does, from a given source
 * address. For the reports' tests and the security suite.
 */
public final class PublicReception {

    public static final Pattern RECEIPT = Pattern.compile("id=\"receipt\">([0-9A-Z-]{24})<");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");
    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");

    private final MockMvc mvc;
    private final String address;

    public PublicReception(MockMvc mvc, String address) {
        this.mvc = mvc;
        this.address = address;
    }

    private RequestPostProcessor from() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new AssertionError("not on the page: " + pattern + "\n" + html);
        }
        return m.group(1);
    }

    /** Sends a report to the organization through the form (solved); the response. */
    public MvcResult submit(long organizationId, String text, MockMultipartFile... files) throws Exception {
        String challenge = find(
                CHALLENGE,
                html(mvc.perform(get("/public/reports/new").with(from())).andReturn()));
        MockMultipartHttpServletRequestBuilder request = multipart("/public/reports");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.param("organizationId", Long.toString(organizationId))
                        .param("topic", "BRIBERY")
                        .param("text", text)
                        .param("challenge", challenge)
                        .param("solution", ProofOfWork.solve(challenge))
                        .with(csrf())
                        .with(from()))
                .andReturn();
    }

    /** The receipt shown after a report was sent. */
    public static String receipt(MvcResult sent) throws Exception {
        return find(RECEIPT, html(sent));
    }

    /** The challenge the look-up form gives this client now (null if the form has none). */
    public String lookUpChallenge() throws Exception {
        Matcher m = CHALLENGE.matcher(
                html(mvc.perform(get("/public/reports/status").with(from())).andReturn()));
        return m.find() ? m.group(1) : null;
    }

    /** Types a receipt into the look-up form, solving its challenge (if any) as the browser does. */
    public MvcResult lookUp(String receipt) throws Exception {
        String challenge = lookUpChallenge();
        return lookUp(receipt, challenge, challenge == null ? null : ProofOfWork.solve(challenge));
    }

    /** A look-up with the given (possibly missing or wrong) challenge and solution. */
    public MvcResult lookUp(String receipt, String challenge, String solution) throws Exception {
        var request = post("/public/reports/status")
                .param("receipt", receipt)
                .with(csrf())
                .with(from());
        if (challenge != null) {
            request.param("challenge", challenge);
        }
        if (solution != null) {
            request.param("solution", solution);
        }
        return mvc.perform(request).andReturn();
    }

    /** The ticket the reporter's page carries in its forms (null if it has none). */
    public static String ticket(String page) {
        Matcher m = TICKET.matcher(page);
        return m.find() ? m.group(1) : null;
    }

    /** The reporter's reply from his page (receipt and ticket), with files. */
    public MvcResult reply(String receipt, String ticket, String text, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/public/reports/status/reply");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.param("receipt", receipt).param("text", text).with(csrf()).with(from());
        if (ticket != null) {
            request.param("ticket", ticket);
        }
        return mvc.perform(request).andReturn();
    }
}
