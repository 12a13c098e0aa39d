package ru.probity.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUserHolder;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;

/**
 * Counts failed sign-ins and locks an account for a while after {@value
 * AccountRepository#MAX_FAILED_ATTEMPTS} failures in a row; writes sign-ins to the access log.
 */
@Component
class SignInAudit {

    static final int LOCK_MINUTES = 15;

    private final AccountRepository accounts;
    private final AccessLog accessLog;

    SignInAudit(AccountRepository accounts, AccessLog accessLog) {
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUserHolder holder) {
            // every API call authenticates: only clear a failure count when there is one
            accounts.clearFailures(holder.currentUser().userId());
        }
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
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        boolean locked = accounts.registerFailure(username, LOCK_MINUTES);
        accessLog.recordAs(
                username, locked ? AccessAction.LOCKED : AccessAction.LOGIN_FAILED, "USER", null, null, null);
    }

    @EventListener
    @Transactional
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            accessLog.recordAs(
                    event.getAuthentication().getName(),
                    AccessAction.LOGIN_FAILED,
                    "USER",
                    null,
                    null,
                    event.getException().getClass().getSimpleName());
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
