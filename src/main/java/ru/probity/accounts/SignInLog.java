package ru.probity.accounts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;

/**
 * Failed sign-ins in the access log, bounded (issue 14, item 12): the typed username is kept to
 * {@value SignInThrottle#MAX_TYPED_USERNAME} characters, only the free failures of a username from
 * an address are written one by one, and a run of failures that starts a delay is written once
 * (LOCKED, with the address); attempts refused while held back are counted in the throttle only.
 */
@Component
class SignInLog {

    private final AccessLog accessLog;

    SignInLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(
            String account,
            String address,
            SignInThrottle.Reservation reservation,
            boolean addressHeldBack,
            Exception reason) {
        String details = "from " + address
                + (reason instanceof org.springframework.security.authentication.DisabledException
                        ? ", account disabled"
                        : "");
        if (addressHeldBack) {
            accessLog.recordAs(
                    account, AccessAction.LOCKED, "USER", null, null, details + ", every account from there");
        } else if (reservation.delayStarted()) {
            accessLog.recordAs(account, AccessAction.LOCKED, "USER", null, null, details);
        } else if (reservation.accountAttempt() <= SignInThrottle.PER_ACCOUNT.free()) {
            accessLog.recordAs(account, AccessAction.LOGIN_FAILED, "USER", null, null, details);
        }
    }

    /** The directory accepted the password but no person card matched: no account, the reason kept. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void directoryRefused(String account, String address, String detail) {
        accessLog.recordAs(account, AccessAction.LOGIN_FAILED, "USER", null, null, "from " + address + ", " + detail);
    }
}
