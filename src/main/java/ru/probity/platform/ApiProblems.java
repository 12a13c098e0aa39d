package ru.probity.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import ru.probity.access.CurrentUser;

/**
 * Refusals and bad requests in the JSON API: RFC 9457 problem details with a Russian {@code detail}
 * (the pages get an HTML page instead) — 403, 400 for a missing or invalid parameter, an
 * unreadable body or a failed validation, 413 for an upload over a limit. The library's own text
 * goes to the log only.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

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

    /**
     * A rule said no: the refusal's status (400 bad input, 404 not found, 409 the state forbids
     * it), its Russian text as {@code detail}, wrong fields as {@code errors} (field → text).
     */
    @ExceptionHandler(Refusal.class)
    ProblemDetail refusal(Refusal e) {
        log.info("API refused for {}: {}", CurrentUser.actorName(), e.getMessage());
        // wrong fields: the detail says so in general, each field's own message is in `errors`
        String detail = e.fields().isEmpty()
                ? messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), RUSSIAN)
                : messages.getMessage("api.error.validation", null, RUSSIAN);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), detail);
        if (!e.fields().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fields().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, RUSSIAN)));
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return badRequest(e, "api.error.missingParameter", e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return badRequest(e, "api.error.missingParameter", e.getRequestPartName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return badRequest(e, "api.error.badParameter", e.getName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return badRequest(e, "api.error.unreadable");
    }

    @ExceptionHandler({
        MethodArgumentNotValidException.class,
        HandlerMethodValidationException.class,
        ServletRequestBindingException.class
    })
    ProblemDetail invalid(Exception e) {
        return badRequest(e, "api.error.badRequest");
    }

    @ExceptionHandler(UploadRefused.class)
    ProblemDetail refused(UploadRefused e) {
        log.warn("API upload by {} refused: {}", CurrentUser.actorName(), e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.russian(messages));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        log.warn("API upload by {} refused: over {} bytes", CurrentUser.actorName(), e.getMaxUploadSize());
        String detail = e.getMaxUploadSize() < 0
                ? messages.getMessage("error.413.text", null, RUSSIAN)
                : messages.getMessage(
                        "upload.tooLarge", new Object[] {UploadLimits.size(e.getMaxUploadSize())}, RUSSIAN);
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
    }

    private ProblemDetail badRequest(Exception e, String key, Object... args) {
        log.info("API bad request by {}: {}", CurrentUser.actorName(), e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(key, args, RUSSIAN));
    }
}
