package ru.probity.accounts;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * The directory accepted the password but no person card matches the person (or more than one does):
 * no account is made, the sign-in page says so in Russian and the access log keeps the reason.
 */
final class DirectoryPersonUnknown extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    DirectoryPersonUnknown(String detail) {
        super(detail);
    }
}
