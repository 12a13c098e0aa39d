package ru.probity.reports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such report (or file) — also what a user outside its organization's subtree is told. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFound extends RuntimeException {
    ReportNotFound(String what, long id) {
        super(what + " " + id + " not found");
    }
}
