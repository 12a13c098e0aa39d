package ru.probity.declarations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such campaign, obligation or declaration. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DeclarationNotFound extends RuntimeException {
    public DeclarationNotFound(long id) {
        super("Not found: " + id);
    }
}
