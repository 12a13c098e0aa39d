package ru.probity.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUserHolder;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;

/** Writes sign-ins and sign-outs to the access log (failures: {@link SignInLog}). */
@Component
class SignInAudit {

    private final AccountStore accounts;
    private final AccessLog accessLog;

    SignInAudit(AccountStore accounts, AccessLog accessLog) {
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    /** A sign-in on the login page (not each stateless API call) is a login worth logging. */
    @EventListener
    @Transactional
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUserHolder holder) {
            var user = holder.currentUser();
            accounts.registerSignIn(user.userId());
            accessLog.recordAs(user.username(), AccessAction.LOGIN, "USER", user.userId(), user.organizationId(), null);
        }
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUserHolder holder) {
            var user = holder.currentUser();
            accessLog.recordAs(
                    user.username(), AccessAction.LOGOUT, "USER", user.userId(), user.organizationId(), null);
        }
    }
}
