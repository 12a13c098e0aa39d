package ru.probity.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.accounts.totp.Totp;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;

/**
 * Two-factor sign-in (issue 14, item 14): an authenticator app's code (TOTP, RFC 6238) after the
 * password, with ten one-time recovery codes; required for the roles the regional administrator
 * chooses (administrators, custodians, auditors, officers are offered), optional for everyone else.
 */
@Service
@Transactional
public class TwoFactor {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final String USER = "USER";

    /** The roles the policy page offers: those who see most. */
    static final Set<Role> OFFERED = EnumSet.of(
            Role.REGIONAL_ADMIN, Role.CUSTODIAN, Role.AUDITOR, Role.ANTICORRUPTION_OFFICER, Role.COMMISSION_MEMBER);

    private final TwoFactorStore store;
    private final TwoFactorKey key;
    private final AccessLog accessLog;
    private final Clock clock;

    TwoFactor(TwoFactorStore store, TwoFactorKey key, AccessLog accessLog) {
        this.store = store;
        this.key = key;
        this.accessLog = accessLog;
        this.clock = Clock.systemUTC();
    }

    boolean enrolled(long userId) {
        return store.find(userId).isPresent();
    }

    boolean required(Role role) {
        return store.requiredRoles().contains(role);
    }

    int recoveryLeft(long userId) {
        return store.recoveryLeft(userId);
    }

    /**
     * Confirms a new secret with a code from the app and stores it; returns the recovery codes (shown
     * once), or empty when the code is wrong.
     */
    Optional<List<String>> enrol(CurrentUser user, byte[] secret, String code) {
        OptionalLong step = Totp.verify(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder recovery = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                recovery.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            String shown = recovery.substring(0, 5) + "-" + recovery.substring(5);
            codes.add(shown);
            hashes.add(key.hash(normalised(shown)));
        }
        store.enrol(user.userId(), key.seal(secret), step.getAsLong(), hashes);
        accessLog.record(AccessAction.UPDATE, USER, user.userId(), user.organizationId(), "second factor enrolled");
        return Optional.of(codes);
    }

    /** Checks a code from the app or a recovery code at sign-in; a used code never works again. */
    boolean verify(CurrentUser user, String code) {
        Optional<TwoFactorStore.Enrolment> enrolment = store.find(user.userId());
        if (enrolment.isEmpty() || code == null) {
            return false;
        }
        byte[] secret = key.open(enrolment.get().sealedSecret());
        OptionalLong step =
                Totp.verify(secret, code, clock.instant(), enrolment.get().lastUsedStep());
        if (step.isPresent()) {
            return store.use(user.userId(), step.getAsLong());
        }
        String recovery = normalised(code);
        if (recovery.length() == 10 && store.spendRecovery(user.userId(), key.hash(recovery))) {
            accessLog.record(AccessAction.LOGIN, USER, user.userId(), user.organizationId(), "recovery code used");
            return true;
        }
        return false;
    }

    /** The user turns his second factor off, confirming with a current code (not if his role requires it). */
    boolean disable(CurrentUser user, String code) {
        if (required(user.role()) || !verify(user, code)) {
            return false;
        }
        store.remove(user.userId());
        accessLog.record(AccessAction.UPDATE, USER, user.userId(), user.organizationId(), "second factor removed");
        return true;
    }

    /** The console's reset of a lost phone: the second factor is removed; enrolment starts again. */
    void removeFromConsole(long userId, long organizationId) {
        store.remove(userId);
        accessLog.recordAs("console", AccessAction.UPDATE, USER, userId, organizationId, "second factor removed");
    }

    Set<Role> requiredRoles() {
        return store.requiredRoles();
    }

    /** The regional administrator sets the roles that must sign in with a second factor. */
    void requireFor(CurrentUser user, Set<Role> roles) {
        if (user.role() != Role.REGIONAL_ADMIN) {
            throw new AccessDeniedException("Only the regional administrator sets the two-factor policy");
        }
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.stream().filter(OFFERED::contains).forEach(chosen::add);
        store.requireFor(chosen, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                "SECURITY_POLICY",
                null,
                user.organizationId(),
                "second factor required for " + chosen);
    }

    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
