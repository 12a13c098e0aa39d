package ru.probity.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;
import ru.probity.access.CurrentUser;

/** Refusals on pages: a Russian page with the right status, an English log line. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    ErrorPages(ApplicationEventPublisher events, org.springframework.context.MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Access denied to {} for {}: {}", request.getRequestURI(), CurrentUser.actorName(), e.getMessage());
        events.publishEvent(Refusals.of(request, e));
        if (!response.isCommitted()) {
            // a download refused after its headers (attachment, XLSX type) or its stream were set up
            response.reset();
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        ModelAndView page = new ModelAndView("error/403");
        page.setStatus(HttpStatus.FORBIDDEN);
        page.addObject("me", CurrentUser.find().orElse(null));
        return page;
    }

    /**
     * A rule said no. A missing record is the 404 page; a refused GET is the error page with the
     * reason; a refused form (POST) goes back to the page it was posted from, the reason shown
     * there as the flash message {@code problem} — so a controller needs no try/catch of its own.
     */
    @ExceptionHandler(Refusal.class)
    ModelAndView refusal(Refusal e, HttpServletRequest request, HttpServletResponse response) {
        log.info(
                "Refused {} {} for {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                CurrentUser.actorName(),
                e.getMessage());
        String text = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), RUSSIAN);
        if (e instanceof NotFound || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            if (!response.isCommitted()) {
                response.reset();
            }
            boolean missing = e instanceof NotFound;
            ModelAndView page = new ModelAndView(missing ? "error/404" : "error");
            page.setStatus(HttpStatusCode.valueOf(e.status()));
            page.addObject("status", e.status());
            page.addObject("message", missing ? null : text);
            page.addObject("me", CurrentUser.find().orElse(null));
            return page;
        }
        RequestContextUtils.getOutputFlashMap(request).put("problem", text);
        return new ModelAndView(new RedirectView(back(request), true));
    }

    /** The page a form was posted from (same site only), else the posted address itself. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI uri = new URI(referer);
                boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                if (sameSite && uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
                    String path = uri.getRawPath();
                    String context = request.getContextPath();
                    if (!context.isEmpty() && path.startsWith(context)) {
                        path = path.substring(context.length());
                    }
                    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                }
            } catch (URISyntaxException ignored) {
                // a malformed header: fall back to the posted address
            }
        }
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** An upload refused by a limit that its form did not answer itself: the page names the limit. */
    @ExceptionHandler(UploadRefused.class)
    ModelAndView refused(UploadRefused e, HttpServletRequest request) {
        log.warn("Upload to {} by {} refused: {}", request.getRequestURI(), CurrentUser.actorName(), e.getMessage());
        ModelAndView page = new ModelAndView("error/413");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("me", CurrentUser.find().orElse(null));
        page.addObject("message", e.russian(messages));
        return page;
    }

    /** An upload over the limit: the page says so instead of a broken connection. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        log.warn(
                "Upload to {} by {} refused: over {} bytes",
                request.getRequestURI(),
                CurrentUser.actorName(),
                e.getMaxUploadSize());
        ModelAndView page = new ModelAndView("error/413");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("me", CurrentUser.find().orElse(null));
        page.addObject("limit", e.getMaxUploadSize() < 0 ? null : UploadLimits.size(e.getMaxUploadSize()));
        return page;
    }
}
