package ru.probity.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;

/** Account administration and password changes. */
@Service
@Transactional
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountRepository repository;
    private final PasswordEncoder encoder;
    private final Organizations organizations;
    private final AccessLog accessLog;

    Accounts(AccountRepository repository, PasswordEncoder encoder, Organizations organizations, AccessLog accessLog) {
        this.repository = repository;
        this.encoder = encoder;
        this.organizations = organizations;
        this.accessLog = accessLog;
    }

    /** Changes the user's password; returns the message key of the problem, if any. */
    Optional<String> changePassword(CurrentUser user, String current, String password, String repeat) {
        if (!encoder.matches(current, repository.passwordHash(user.userId()))) {
            return Optional.of("password.error.current");
        }
        if (!password.equals(repeat)) {
            return Optional.of("password.error.repeat");
        }
        Optional<String> weak = weakness(password, user.username());
        if (weak.isPresent()) {
            return weak;
        }
        repository.updatePassword(user.userId(), encoder.encode(password));
        accessLog.record(AccessAction.PASSWORD_CHANGED, "USER", user.userId(), user.organizationId(), null);
        return Optional.empty();
    }

    /**
     * Whether the password is the user's own: a signature by re-entering it (acknowledging an act
     * "под роспись"). A wrong one is logged like a failed sign-in.
     */
    public boolean confirmPassword(CurrentUser user, String password) {
        boolean ok = password != null && encoder.matches(password, repository.passwordHash(user.userId()));
        if (!ok) {
            accessLog.record(AccessAction.LOGIN_FAILED, "USER", user.userId(), user.organizationId(), "signature");
        }
        return ok;
    }

    /** The password policy: at least 10 characters, letters and digits, not the username. */
    static Optional<String> weakness(String password, String username) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("password.error.short");
        }
        if (!password.codePoints().anyMatch(Character::isLetter)
                || !password.codePoints().anyMatch(Character::isDigit)) {
            return Optional.of("password.error.simple");
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("password.error.username");
        }
        return Optional.empty();
    }

    List<Account> list(CurrentUser user) {
        requireAdministrator(user);
        return repository.listWithin(organizations.scopePath(user));
    }

    /** Opens an account in the administrator's subtree; returns the problem's message key, if any. */
    Optional<String> create(CurrentUser user, NewAccount account) {
        requireAdministrator(user);
        if (account.username() == null || !account.username().matches("[A-Za-z0-9._-]{3,40}")) {
            return Optional.of("users.error.username");
        }
        if (repository.usernameTaken(account.username())) {
            return Optional.of("users.error.usernameTaken");
        }
        if (account.fullName() == null || account.fullName().isBlank()) {
            return Optional.of("users.error.fullName");
        }
        if (account.role() == null || account.organizationId() == null) {
            return Optional.of("users.error.roleAndOrganization");
        }
        if (account.role() == Role.REGIONAL_ADMIN && user.role() != Role.REGIONAL_ADMIN) {
            return Optional.of("users.error.roleTooHigh");
        }
        organizations.get(user, account.organizationId());
        Optional<String> weak = weakness(account.password() == null ? "" : account.password(), account.username());
        if (weak.isPresent()) {
            return weak;
        }
        long id = repository.create(account, encoder.encode(account.password()), user.username());
        accessLog.record(
                AccessAction.CREATE,
                "USER",
                id,
                account.organizationId(),
                account.role().name());
        return Optional.empty();
    }

    void setEnabled(CurrentUser user, long id, boolean enabled) {
        Account account = administered(user, id);
        repository.setEnabled(id, enabled);
        accessLog.record(AccessAction.UPDATE, "USER", id, account.organizationId(), enabled ? "enabled" : "disabled");
    }

    void unlock(CurrentUser user, long id) {
        Account account = administered(user, id);
        repository.unlock(id);
        accessLog.record(AccessAction.UPDATE, "USER", id, account.organizationId(), "unlocked");
    }

    private Account administered(CurrentUser user, long id) {
        requireAdministrator(user);
        Account account = repository.find(id).orElseThrow(() -> new AccessDeniedException("No account " + id));
        if (!organizations.isVisible(user, account.organizationId()) || account.id() == user.userId()) {
            throw new AccessDeniedException("Account " + id + " is not administered by " + user.username());
        }
        return account;
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not administer accounts");
        }
    }
}
