package ru.probity.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.Role;
import ru.probity.accounts.ldap.DirectoryRules;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;

/**
 * Sign-in through the organization's directory (issue 16, item 2; docs/security.md, «Directory
 * sign-in»): after the directory's bind, the person card is found by the configured attribute, and the
 * account linked to it is found or made just in time, with the role the directory's groups are mapped
 * to (unmapped: employee) in the card's organization, so the role reaches only that organization's
 * subtree. The directory's password is never stored: an account made here has the hash of a random
 * secret nobody knows and signs in only through the directory.
 */
@Service
class DirectorySignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DirectoryBind directory;
    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final AccessLog accessLog;

    DirectorySignIn(DirectoryBind directory, AccountStore store, PasswordEncoder encoder, AccessLog accessLog) {
        this.directory = directory;
        this.store = store;
        this.encoder = encoder;
        this.accessLog = accessLog;
    }

    boolean enabled() {
        return directory.enabled();
    }

    /** Whether the typed name goes to the directory first: no local account has it, or it is a directory one. */
    boolean directoryFirst(String typed) {
        return enabled() && (store.findByName(typed).isEmpty() || store.directoryOnly(typed));
    }

    /** Whether the account may sign in with a local password (else only through the directory). */
    boolean directoryOnly(String username) {
        return store.directoryOnly(username);
    }

    /**
     * The account of the person whose directory password this is: found by his person card, or made
     * now. Refused: a wrong password or unknown login ({@code BadCredentialsException}), no person
     * card ({@link DirectoryPersonUnknown}), a disabled account ({@link DisabledException}).
     */
    @Transactional
    public UserAccount signIn(String typed, String password) {
        DirectoryBind.DirectoryPerson person = directory.authenticate(typed, password);
        AccountSettings.Ldap settings = directory.settings();
        DirectoryRules.Match match = settings.match();
        Optional<String> value = DirectoryRules.cardValue(match, person.matchValue());
        List<AccountStore.Card> cards = value.map(v -> switch (match) {
                    case EMAIL -> store.cardsByEmail(v);
                    case SNILS -> store.cardsBySnils(v);
                    case LOGIN -> store.cardsByUsername(v);
                })
                .orElse(List.of());
        if (cards.size() != 1) {
            throw new DirectoryPersonUnknown(
                    "directory: " + (cards.isEmpty() ? "no" : cards.size()) + " person cards with "
                            + settings.matchAttributeName() + "="
                            + (person.matchValue() == null ? "(none)" : person.matchValue())
                            + " for " + person.dn());
        }
        AccountStore.Card card = cards.getFirst();
        Role role = DirectoryRules.role(person.groups(), settings.roles());
        Optional<AccountStore.Linked> linked = store.linkedAccount(card.employeeId());
        String username;
        if (linked.isPresent()) {
            AccountStore.Linked account = linked.get();
            if (!account.enabled()) {
                throw new DisabledException("Account disabled");
            }
            if (account.role() != role || account.organizationId() != card.organizationId()) {
                store.updateRoleAndOrganization(account.id(), role, card.organizationId());
                accessLog.recordAs(
                        account.username(),
                        AccessAction.UPDATE,
                        "USER",
                        account.id(),
                        card.organizationId(),
                        "directory sign-in: role " + account.role().name() + " -> " + role.name() + ", organization "
                                + account.organizationId() + " -> " + card.organizationId());
            }
            username = account.username();
            store.rememberDirectoryDn(account.id(), person.dn());
        } else {
            username = DirectoryRules.username(person.login(), card.employeeId(), store::usernameTaken);
            long id = store.createDirectory(username, encoder.encode(unknowable()), card, role, "directory");
            accessLog.recordAs(
                    username,
                    AccessAction.CREATE,
                    "USER",
                    id,
                    card.organizationId(),
                    "directory sign-in: role " + role.name() + " from the directory's groups, linked to employee "
                            + card.employeeId());
            store.rememberDirectoryDn(id, person.dn());
        }
        return store.findByUsername(username).orElseThrow();
    }

    /**
     * Whether the password is the directory's for the account's entry (a signature by password of an
     * account that signs in through the directory); false when the directory is off or unknown to it.
     */
    boolean confirms(long userId, String password) {
        return enabled()
                && password != null
                && !password.isEmpty()
                && store.directoryDn(userId)
                        .map(dn -> directory.confirm(dn, password))
                        .orElse(false);
    }

    /** A secret nobody learns: its hash makes the local password of a directory account unusable. */
    private static String unknowable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
