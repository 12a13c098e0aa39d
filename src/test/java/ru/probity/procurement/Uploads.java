package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Uploads files as a user would: the form posts, then the upload's page is followed to its end. */
public final class Uploads {

    private Uploads() {}

    /** Posts the files, waits for the background import and returns the finished upload's page. */
    public static String upload(MockMvc mvc, String path, RequestPostProcessor user, MockMultipartFile... files)
            throws Exception {
        var request = multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        MvcResult posted = mvc.perform(request.with(csrf()).with(user)).andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        String page = posted.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/uploads/");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            String html = mvc.perform(get(page).with(user))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (!html.contains("hx-trigger=\"every 1s\"")) {
                return html;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The upload " + page + " did not finish in two minutes");
            }
            Thread.sleep(50);
        }
    }
}
