package ru.probity.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A multipart request announcing more than {@link UploadLimits#maxRequest()} is refused before
 * anything of it is read or spooled, and before the security filters parse it: HTTP 413 with a
 * Russian page, or a problem detail for the API. (Tomcat enforces the same limit,
 * {@code spring.servlet.multipart.*}, on a body without a length; {@link ErrorPages} and
 * {@link ApiProblems} answer that one.) The forms have smaller limits of their own, checked by
 * their controllers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UploadRequestLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadRequestLimit.class);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final long maxBytes;
    private final MessageSource messages;

    UploadRequestLimit(UploadLimits limits, MessageSource messages) {
        this.maxBytes = limits.maxRequest().toBytes();
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Upload to {} refused: {} bytes announced, over {}", request.getRequestURI(), length, maxBytes);
        String text = messages.getMessage("upload.tooLarge", new Object[] {UploadLimits.size(maxBytes)}, RUSSIAN);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                            + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            response.flushBuffer();
            return;
        }
        String title = messages.getMessage("error.413.title", null, RUSSIAN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>"
                        + HtmlUtils.htmlEscape(title) + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title)
                        + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p></body></html>");
        // sent at once: the client may still be sending the body it announced
        response.flushBuffer();
    }
}
