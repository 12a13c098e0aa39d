package ru.probity.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.probity.access.CurrentUser;

/** Refusals in the JSON API: 403 problem details in Russian (the pages get an HTML page instead). */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ApiProblems(MessageSource messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        log.warn("API access denied for {}: {}", CurrentUser.actorName(), e.getMessage());
        events.publishEvent(Refusals.of(request, e));
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, messages.getMessage("error.403.text", null, Locale.forLanguageTag("ru")));
    }
}
