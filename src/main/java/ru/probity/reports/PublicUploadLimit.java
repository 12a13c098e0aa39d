package ru.probity.reports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public forms take at most {@code probity.reports.max-request-mb} per request (the rest of
 * the application allows large register files): a larger or chunked (unannounced) body is refused before
 * anything is read or spooled to disk, with a Russian page.
 */
@Component
class PublicUploadLimit extends OncePerRequestFilter {

    private final long maxBytes;

    PublicUploadLimit(@Value("${probity.reports.max-request-mb:60}") int maxRequestMb) {
        this.maxBytes = maxRequestMb * 1024L * 1024L;
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
            return;
        }
        chain.doFilter(request, response);
    }
}
