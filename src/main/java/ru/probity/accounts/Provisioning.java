package ru.probity.accounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.accounts.logins.Logins;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organization;
import ru.probity.org.Organizations;
import ru.probity.platform.Mailer;

/**
 * Accounts for every employee at once (issue 16, item 1): an administrator of the registry picks an
 * organization of his subtree and, if he likes, a post and the procurement roles; every active
 * employee there without an account gets an {@link Role#EMPLOYEE} account linked to his card, with
 * a login by the rule of {@link Logins} and a one-time password to be changed at the first sign-in.
 * The passwords exist in clear only in the returned XLSX sheet (one sheet per organization), never in
 * the database. Re-running creates nothing twice: who has an account is skipped and reported. One
 * transaction; every account in the access log as a grant.
 */
@Service
@Transactional
public class Provisioning {

    private static final String USER = "USER";

    private final AccountStore store;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final PasswordSheet sheet;
    private final PasswordResets resets;
    private final ForgottenPasswords forgotten;
    private final Mailer mailer;

    Provisioning(
            AccountStore store,
            Organizations organizations,
            AccessLog accessLog,
            PasswordSheet sheet,
            PasswordResets resets,
            ForgottenPasswords forgotten,
            Mailer mailer) {
        this.resets = resets;
        this.forgotten = forgotten;
        this.mailer = mailer;
        this.store = store;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.sheet = sheet;
    }

    /**
     * Whom to provision: the subtree of an organization, a post containing a text, procurement roles;
     * {@code byMail}: a person whose card has an e-mail gets a letter with a link to set his password
     * instead of a one-time password on the sheet.
     */
    public record Filter(Long organizationId, String post, Boolean procurement, Boolean byMail) {
        public boolean procurementOnly() {
            return Boolean.TRUE.equals(procurement);
        }

        public boolean mailLinks() {
            return Boolean.TRUE.equals(byMail);
        }
    }

    /** An employee the filter chose, with his account's login if he has one. */
    public record Candidate(
            long employeeId,
            String lastName,
            String firstName,
            String middleName,
            String post,
            long organizationId,
            String organizationName,
            String username) {

        public String fullName() {
            return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
        }
    }

    /**
     * An account opened, with its one-time password (only in the sheet and the API's answer); the
     * password is null when a link to set it went to the card's e-mail instead.
     */
    public record Created(long id, String username, Candidate person, String password) {}

    /** What one run did: the accounts opened, the employees skipped (they had one), the sheet. */
    public record Result(List<Created> created, List<Candidate> skipped, byte[] sheet) {}

    /** Whether letters can be sent at all (an SMTP server is configured): the page offers links by mail. */
    public boolean canMail() {
        return mailer.configured();
    }

    /** Who the filter chooses and who has an account already, before anything is created. */
    public List<Candidate> preview(CurrentUser user, Filter filter) {
        Organization organization = authorized(user, filter);
        List<Candidate> found = store.candidates(organization.id(), filter.post(), filter.procurementOnly());
        logRead(found, "account provisioning: preview");
        return found;
    }

    /** Opens the accounts and returns them with the sheet of one-time passwords. */
    public Result provision(CurrentUser user, Filter filter) {
        Organization organization = authorized(user, filter);
        List<Candidate> found = store.candidates(organization.id(), filter.post(), filter.procurementOnly());
        logRead(found, "account provisioning");
        List<Candidate> skipped =
                found.stream().filter(c -> c.username() != null).toList();
        List<Candidate> chosen =
                found.stream().filter(c -> c.username() == null).toList();
        Set<String> taken = new HashSet<>(store.usernames());
        List<String> logins = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            String login = Logins.unique(Logins.base(c.lastName(), c.firstName(), c.middleName()), taken::contains);
            taken.add(login);
            logins.add(login);
        }
        List<String> passwords =
                chosen.stream().map(c -> Accounts.oneTimePassword()).toList();
        // generated one-time passwords: a fast salted hash is as safe as Argon2id (OneTimePasswordHash)
        List<String> hashes = passwords.stream().map(OneTimePasswordHash::of).toList();
        List<Created> created = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            long id = store.create(
                    new NewAccount(
                            logins.get(i),
                            c.fullName(),
                            Role.EMPLOYEE,
                            c.organizationId(),
                            c.employeeId(),
                            null,
                            false),
                    hashes.get(i),
                    user.username());
            accessLog.record(
                    AccessAction.CREATE,
                    USER,
                    id,
                    c.organizationId(),
                    "role EMPLOYEE granted, linked to employee " + c.employeeId() + ", provisioned in bulk");
            created.add(new Created(id, logins.get(i), c, passwords.get(i)));
        }
        if (filter.mailLinks() && mailer.configured()) {
            created = mailLinks(created);
        }
        return new Result(created, skipped, sheet(organization, created, skipped));
    }

    /**
     * Links instead of passwords for those whose card has an e-mail: the letters go out once the
     * accounts are committed; their passwords, never shown, are of no use to anybody.
     */
    private List<Created> mailLinks(List<Created> created) {
        List<PasswordResets.Letter> letters = new ArrayList<>();
        List<Created> result = new ArrayList<>(created.size());
        for (Created c : created) {
            var letter = resets.welcome(c.id());
            letter.ifPresent(letters::add);
            result.add(letter.isPresent() ? new Created(c.id(), c.username(), c.person(), null) : c);
        }
        if (!letters.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgotten.sendLater(letters);
                }
            });
        }
        return result;
    }

    private Organization authorized(CurrentUser user, Filter filter) {
        if (!user.role().managesRegistry() || !user.role().grants(Role.EMPLOYEE)) {
            throw new AccessDeniedException("Role " + user.role() + " may not open accounts");
        }
        if (filter.organizationId() == null) {
            throw ru.probity.platform.Refusal.invalidFields(Map.of("organizationId", "provision.error.organization"));
        }
        return organizations.get(user, filter.organizationId());
    }

    private void logRead(List<Candidate> found, String details) {
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                found.stream()
                        .map(c -> new AccessLog.Subject(c.employeeId(), c.organizationId()))
                        .toList(),
                details);
    }

    /** The login slips of a run as a printable PDF (a page per organization). */
    byte[] pdf(Result result) {
        return sheet.pdf(slips(result.created()));
    }

    private static List<PasswordSheet.Slip> slips(List<Created> created) {
        return created.stream()
                .map(c -> new PasswordSheet.Slip(
                        c.username(),
                        c.person().fullName(),
                        c.person().organizationId(),
                        c.person().organizationName(),
                        c.password()))
                .toList();
    }

    /** The sheet: a summary, then one sheet per organization with the login slips. */
    private byte[] sheet(Organization organization, List<Created> created, List<Candidate> skipped) {
        return sheet.xlsx(
                organization.name(),
                slips(created),
                skipped.stream()
                        .map(c -> new PasswordSheet.Skip(c.fullName(), c.organizationName() + " — " + c.username()))
                        .toList());
    }
}
