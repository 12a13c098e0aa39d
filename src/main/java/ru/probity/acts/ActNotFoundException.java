package ru.probity.acts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An act, version, distribution or acknowledgement that does not exist or is not the user's to see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ActNotFoundException extends RuntimeException {
    ActNotFoundException(long id) {
        super("Not found or not visible: " + id);
    }
}
