package ru.probity.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import ru.probity.access.CurrentUser;

/** Refusals on pages: a Russian page with the right status, an English log line. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

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
