package ru.probity.notifications;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such notification or file. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotificationNotFound extends RuntimeException {
    NotificationNotFound(String what, long id) {
        super(what + " " + id + " not found");
    }
}
