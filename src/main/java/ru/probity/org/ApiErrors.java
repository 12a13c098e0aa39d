package ru.probity.org;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the org API as RFC 9457 problem details with Russian messages per field. */
@RestControllerAdvice(assignableTypes = {OrganizationApi.class, PeopleApi.class})
class ApiErrors {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("api.error.validation", null, RUSSIAN));
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, RUSSIAN)));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, messages.getMessage("error.404.text", null, RUSSIAN));
    }
}
