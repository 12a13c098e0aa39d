package ru.probity.accounts;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.Role;

/**
 * Accounts loaded at once into an empty database — the demo region's: all with one known password,
 * none asked to change it, without the checks and the access log of an administrator's work.
 */
@Service
@Transactional
public class AccountLoad {

    private final AccountStore store;
    private final PasswordEncoder encoder;

    AccountLoad(AccountStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    /** An account of an organization, linked to one of its employees or to none. */
    public record Loaded(String username, String fullName, Role role, long organizationId, Long employeeId) {}

    /** Adds the accounts, all with {@code password} (hashed once: the hash is slow and salted). */
    public void add(List<Loaded> accounts, String password, String author) {
        String hash = encoder.encode(password);
        for (Loaded account : accounts) {
            store.insertLoaded(account, hash, author);
        }
    }
}
