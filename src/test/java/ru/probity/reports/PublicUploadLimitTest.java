package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Anonymous uploads are read a few at a time: the rest are answered 503 at once (issue 14, item 10). */
@Tag("security")
class PublicUploadLimitTest {

    private static MockHttpServletRequest post(String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/reports");
        request.setContentType(contentType);
        request.setContent(new byte[1024]);
        return request;
    }

    @Test
    void anAnonymousUploadBeyondTheOnesBeingReadIsAnswered503AndAPlainFormIsNot() throws Exception {
        // 60 MB a post, one anonymous upload read at a time
        PublicUploadLimit limit =
                new PublicUploadLimit(new ReportSettings("", null, 600_000, 10, 60, 1, 18, 10, 5, 3, 1825));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                limit.doFilter(post("multipart/form-data; boundary=x"), new MockHttpServletResponse(), (rq, rs) -> {
                    inside.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse second = new MockHttpServletResponse();
        limit.doFilter(post("multipart/form-data; boundary=x"), second, (rq, rs) -> {});
        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getContentAsString()).contains("повторите отправку");

        // a receipt look-up (no files) is never held back by the uploads
        MockHttpServletResponse lookUp = new MockHttpServletResponse();
        boolean[] passed = {false};
        limit.doFilter(post("application/x-www-form-urlencoded"), lookUp, (rq, rs) -> passed[0] = true);
        assertThat(passed[0]).isTrue();

        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        MockHttpServletResponse third = new MockHttpServletResponse();
        boolean[] read = {false};
        limit.doFilter(post("multipart/form-data; boundary=x"), third, (rq, rs) -> read[0] = true);
        assertThat(read[0]).isTrue();
    }
}
