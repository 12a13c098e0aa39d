package ru.probity.reports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public forms take at most {@code probity.reports.max-request-mb} per request (the rest of
 * the application allows large register files): a larger or chunked (unannounced) body is refused before
 * anything is read or spooled to disk, with a Russian page. At most {@code
 * probity.reports.uploads-at-once} anonymous posts are read at the same time (their parts up to the
 * spool threshold live in memory); more are answered 503 at once, so a crowd of anonymous uploads
 * cannot fill the heap (issue 14, item 10).
 */
@Component
// before Spring Security: its CSRF check reads the form's parameters, which makes Tomcat read (and
// spool) the whole multipart body; a refusal after it would come too late
@Order(Ordered.HIGHEST_PRECEDENCE + 101)
class PublicUploadLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Semaphore atOnce;

    PublicUploadLimit(ReportSettings settings) {
        this.maxBytes = settings.maxRequestMb() * 1024L * 1024L;
        this.atOnce = new Semaphore(Math.max(1, settings.uploadsAtOnce()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (chunked || length > maxBytes) {
            response.setStatus(chunked ? HttpStatus.LENGTH_REQUIRED.value() : HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Слишком большой"
                            + " запрос</title></head><body><h1>Файлы слишком велики</h1><p>Общий размер сообщения"
                            + " с файлами — не более " + (maxBytes / 1048576) + " МБ. Вернитесь назад, уменьшите"
                            + " или уберите файлы и отправьте снова.</p></body></html>");
            // sent at once: the client may still be sending the body it announced
            response.flushBuffer();
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!atOnce.tryAcquire()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.setHeader("Retry-After", "60");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Повторите"
                            + " позже</title></head><body><h1>Сейчас принимается много обращений</h1><p>Вернитесь"
                            + " на страницу формы и повторите отправку через минуту.</p></body></html>");
            response.flushBuffer();
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            atOnce.release();
        }
    }
}
