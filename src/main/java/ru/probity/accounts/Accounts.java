package ru.probity.accounts;

import java.security.SecureRandom;
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
import ru.probity.org.Employee;
import ru.probity.org.Organizations;
import ru.probity.org.People;

/**
 * Account administration and passwords. Who may open which account (issue 14, items 1 and 2): an
 * administrator of the registry (a regional administrator or an officer) in his subtree, granting
 * only the roles his role grants ({@link Role#grants}), and linking an account to an employee only
 * if that employee is in the account's own organization, visible to him, and has no account yet.
 * A password set by someone else must be changed at the next sign-in; a change of password, a
 * reset and a disable end the account's sessions (item 9).
 */
@Service
@Transactional
public class Accounts {

    private static final String USER = "USER";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final Organizations organizations;
    private final People people;
    private final AccessLog accessLog;
    private final SignInThrottle throttle;
    private final TwoFactor twoFactor;
    private final ApiTokens tokens;
    private final DirectorySignIn directory;

    Accounts(
            AccountStore store,
            PasswordEncoder encoder,
            Organizations organizations,
            People people,
            AccessLog accessLog,
            SignInThrottle throttle,
            TwoFactor twoFactor,
            ApiTokens tokens,
            DirectorySignIn directory) {
        this.directory = directory;
        this.store = store;
        this.encoder = encoder;
        this.organizations = organizations;
        this.people = people;
        this.accessLog = accessLog;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.tokens = tokens;
    }

    /**
     * Changes the user's own password; returns the message key of the problem, if any. Every other
     * session of the account ends; the one given by {@code keptSessionId} stays.
     */
    Optional<String> changePassword(
            CurrentUser user, String current, String password, String repeat, String keptSessionId) {
        if (store.directoryOnly(user.username())) {
            return Optional.of("password.error.directory");
        }
        if (current == null || !encoder.matches(current, store.passwordHash(user.userId()))) {
            return Optional.of("password.error.current");
        }
        if (password == null || !password.equals(repeat)) {
            return Optional.of("password.error.repeat");
        }
        if (password.equals(current)) {
            return Optional.of("password.error.same");
        }
        Optional<String> weak = PasswordPolicy.weakness(password, user.username(), user.fullName());
        if (weak.isPresent()) {
            return weak;
        }
        store.updatePassword(user.userId(), encoder.encode(password), false);
        int ended = store.endSessions(user.username(), keptSessionId);
        accessLog.record(
                AccessAction.PASSWORD_CHANGED,
                USER,
                user.userId(),
                user.organizationId(),
                ended == 0 ? null : "other sessions ended: " + ended);
        return Optional.empty();
    }

    /**
     * Whether the password is the user's own: a signature by re-entering it (acknowledging an act
     * "под роспись"). An account that signs in through the organization's directory may give the
     * directory's password. A wrong one is logged like a failed sign-in.
     */
    public boolean confirmPassword(CurrentUser user, String password) {
        boolean ok = password != null && encoder.matches(password, store.passwordHash(user.userId()))
                || directory.confirms(user.userId(), password);
        if (!ok) {
            accessLog.record(AccessAction.LOGIN_FAILED, USER, user.userId(), user.organizationId(), "signature");
        }
        return ok;
    }

    /** The password policy for this username (message key of the weakness, if any). */
    static Optional<String> weakness(String password, String username) {
        return PasswordPolicy.weakness(password, username);
    }

    List<Account> list(CurrentUser user) {
        requireAdministrator(user);
        return store.listWithin(user.organizationId());
    }

    /** The roles this user may grant, for the form. */
    List<Role> grantable(CurrentUser user) {
        return java.util.Arrays.stream(Role.values())
                .filter(user.role()::grants)
                .toList();
    }

    /**
     * Opens an account in the administrator's subtree; returns the problem's message key, if any. A
     * personal account names its person (a visible employee of the account's organization without
     * an account); an account of no person must be marked technical (issue 16, item 1). The name
     * defaults to the person's.
     */
    Optional<String> create(CurrentUser user, NewAccount input) {
        requireAdministrator(user);
        NewAccount account = input;
        if (account.username() == null || !account.username().matches("[A-Za-z0-9._-]{3,40}")) {
            return Optional.of("users.error.username");
        }
        if (store.usernameTaken(account.username())) {
            return Optional.of("users.error.usernameTaken");
        }
        if (account.role() == null || account.organizationId() == null) {
            return Optional.of("users.error.roleAndOrganization");
        }
        if (!user.role().grants(account.role())) {
            return Optional.of("users.error.roleTooHigh");
        }
        organizations.get(user, account.organizationId());
        if (account.isTechnical() && account.employeeId() != null) {
            return Optional.of("users.error.technicalWithEmployee");
        }
        if (!account.isTechnical() && account.employeeId() == null) {
            return Optional.of("users.error.employeeRequired");
        }
        if (account.employeeId() != null) {
            Employee employee = people.get(user, account.employeeId());
            if (employee.organizationId() != account.organizationId()) {
                return Optional.of("users.error.employeeOrganization");
            }
            if (store.accountOfEmployee(employee.id()).isPresent()) {
                return Optional.of("users.error.employeeHasAccount");
            }
            if (account.fullName() == null || account.fullName().isBlank()) {
                account = account.withFullName(employee.fullName());
            }
        }
        if (account.fullName() == null || account.fullName().isBlank()) {
            return Optional.of("users.error.fullName");
        }
        Optional<String> weak = PasswordPolicy.weakness(account.password(), account.username(), account.fullName());
        if (weak.isPresent()) {
            return weak;
        }
        long id = store.create(account, encoder.encode(account.password()), user.username());
        accessLog.record(
                AccessAction.CREATE,
                USER,
                id,
                account.organizationId(),
                "role " + account.role().name() + " granted"
                        + (account.employeeId() == null
                                ? ", technical"
                                : ", linked to employee " + account.employeeId()));
        return Optional.empty();
    }

    /** The account as its administrator sees it (the API's answer). */
    Account account(CurrentUser user, long id) {
        return administered(user, id);
    }

    /**
     * The active employees of an organization without an account whose name contains {@code name}
     * (case-insensitive, ё as е; empty: all), for the user form's choice.
     */
    List<Provisioning.Candidate> employeesWithoutAccount(CurrentUser user, long organizationId, String name) {
        requireAdministrator(user);
        organizations.get(user, organizationId);
        List<Provisioning.Candidate> found = store.withoutAccount(organizationId, name);
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                found.stream()
                        .map(c -> new AccessLog.Subject(c.employeeId(), c.organizationId()))
                        .toList(),
                "choice of a person for an account");
        return found;
    }

    /** A new one-time password of an account, shown once. */
    record OneTimePassword(long id, String username, String fullName, String password) {}

    /**
     * The officer's reset of a password (issue 16, item 1): a new one-time password, shown once and
     * to be changed at the next sign-in; the account's sessions end and its sign-in failures are
     * forgotten. Only for accounts he administers (his subtree, roles he grants); his own is changed
     * on the password page. The second factor stays (its reset is the console's).
     */
    OneTimePassword resetPassword(CurrentUser user, long id) {
        Account account = administered(user, id);
        String password = oneTimePassword();
        store.updatePassword(id, OneTimePasswordHash.of(password), true);
        throttle.forget(SignInThrottle.key(account.username()));
        int ended = store.endSessions(account.username(), null);
        accessLog.record(
                AccessAction.PASSWORD_CHANGED,
                USER,
                id,
                account.organizationId(),
                "one-time password set by the administrator, sessions ended: " + ended);
        return new OneTimePassword(id, account.username(), account.fullName(), password);
    }

    /**
     * A person dismissed or deactivated in the people registry can no longer sign in (issue 16,
     * item 1): his account is disabled in the same transaction and its sessions end.
     */
    @org.springframework.context.event.EventListener
    void employeeDeactivated(ru.probity.org.EmployeeDeactivated event) {
        store.disableOfEmployee(event.employeeId()).ifPresent(account -> {
            int ended = store.endSessions(account.username(), null);
            accessLog.record(
                    AccessAction.UPDATE,
                    USER,
                    account.id(),
                    account.organizationId(),
                    "disabled: employee " + event.employeeId() + " " + event.reason() + ", sessions ended: " + ended);
        });
    }

    /**
     * A person moved to another organization in the people registry (issue 16, item 1): his account
     * moves with him in the same transaction, so he sees the new organization's subtree and no longer
     * the old one's. A role above {@link Role#EMPLOYEE} was granted for the old organization — an
     * officer, head, commission member, auditor or administrator there — and is not carried into the
     * new one, whether it lies inside the old subtree or not: the account becomes an employee's, and
     * the new organization's grantor grants again what it needs (docs/security.md «Transfer»). The
     * account's sessions end, since they carry the old organization and role.
     */
    @org.springframework.context.event.EventListener
    void employeeTransferred(ru.probity.org.EmployeeTransferred event) {
        store.linkedAccount(event.employeeId()).ifPresent(account -> {
            // every role is the employee's in the new organization (see above)
            store.updateRoleAndOrganization(account.id(), Role.EMPLOYEE, event.toOrganizationId());
            int ended = store.endSessions(account.username(), null);
            accessLog.record(
                    AccessAction.UPDATE,
                    USER,
                    account.id(),
                    event.toOrganizationId(),
                    "moved with employee " + event.employeeId() + " from organization " + event.fromOrganizationId()
                            + " to organization " + event.toOrganizationId()
                            + (account.role() == Role.EMPLOYEE
                                    ? ""
                                    : ", role " + account.role().name() + " withdrawn")
                            + ", sessions ended: " + ended);
        });
    }

    void setEnabled(CurrentUser user, long id, boolean enabled) {
        Account account = administered(user, id);
        store.setEnabled(id, enabled);
        int ended = enabled ? 0 : store.endSessions(account.username(), null);
        accessLog.record(
                AccessAction.UPDATE,
                USER,
                id,
                account.organizationId(),
                enabled ? "enabled" : "disabled, sessions ended: " + ended);
    }

    void unlock(CurrentUser user, long id) {
        Account account = administered(user, id);
        throttle.forget(SignInThrottle.key(account.username()));
        accessLog.record(AccessAction.UPDATE, USER, id, account.organizationId(), "unlocked");
    }

    /**
     * The command line's unlock of any account (the root administrator's too): the failures are
     * forgotten everywhere. Logged as done by "system" from the console.
     */
    Optional<Account> unlockFromConsole(String username) {
        Optional<Account> account = store.findByName(username);
        account.ifPresent(a -> {
            throttle.forget(SignInThrottle.key(a.username()));
            accessLog.recordAs("console", AccessAction.UPDATE, USER, a.id(), a.organizationId(), "unlocked");
        });
        return account;
    }

    /**
     * The command line's reset of any account: a new one-time password (returned, shown once),
     * to be changed at the next sign-in; the account is enabled and unlocked, its second factor is
     * removed (a lost phone: enrolment starts again), its sessions end and its API tokens are revoked.
     */
    Optional<String> resetFromConsole(String username) {
        Optional<Account> found = store.findByName(username);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get();
        String password = oneTimePassword();
        store.updatePassword(account.id(), OneTimePasswordHash.of(password), true);
        store.setEnabled(account.id(), true);
        throttle.forget(SignInThrottle.key(account.username()));
        twoFactor.removeFromConsole(account.id(), account.organizationId());
        int revoked = tokens.revokeAll(account.id());
        int ended = store.endSessions(account.username(), null);
        accessLog.recordAs(
                "console",
                AccessAction.PASSWORD_CHANGED,
                USER,
                account.id(),
                account.organizationId(),
                "reset from the console, sessions ended: " + ended + ", API tokens revoked: " + revoked);
        return Optional.of(password);
    }

    /** A random password of 17 characters that passes the policy. */
    static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.append(random.nextInt(10)).toString();
    }

    private Account administered(CurrentUser user, long id) {
        requireAdministrator(user);
        Account account = store.find(id).orElseThrow(() -> new AccessDeniedException("No account " + id));
        if (!organizations.isVisible(user, account.organizationId())
                || account.id() == user.userId()
                || !user.role().grants(account.role())) {
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
