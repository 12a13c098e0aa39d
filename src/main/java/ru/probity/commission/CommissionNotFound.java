package ru.probity.commission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such commission, member, case or meeting. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CommissionNotFound extends RuntimeException {
    CommissionNotFound(String what, long id) {
        super(what + " " + id + " not found");
    }
}
