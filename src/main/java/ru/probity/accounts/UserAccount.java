package ru.probity.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;

/** The security principal: a stored account as Spring Security sees it. */
final class UserAccount implements UserDetails, CredentialsContainer, CurrentUserHolder {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final boolean secondFactorPending;
    private final boolean secondFactorMissing;

    /**
     * @param secondFactorPending the account has a second factor: after the password, the code is asked
     * @param secondFactorMissing the account's role must have a second factor and it has none yet
     */
    UserAccount(
            CurrentUser user,
            String passwordHash,
            boolean enabled,
            boolean mustChangePassword,
            boolean secondFactorPending,
            boolean secondFactorMissing) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.secondFactorPending = secondFactorPending;
        this.secondFactorMissing = secondFactorMissing;
    }

    boolean secondFactorPending() {
        return secondFactorPending;
    }

    boolean secondFactorMissing() {
        return secondFactorMissing;
    }

    /** The same account once the second factor's code has been accepted. */
    UserAccount withSecondFactorPassed() {
        return new UserAccount(user, null, enabled, mustChangePassword, false, false);
    }

    /** The password was set by someone else (one-time, administrator-set): change it before anything. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same account once its password has been changed. */
    UserAccount withPasswordChanged() {
        return new UserAccount(user, null, enabled, false, secondFactorPending, secondFactorMissing);
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount account && account.user.userId() == user.userId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.userId());
    }

    @Override
    public String toString() {
        return "UserAccount[" + user.username() + "]";
    }
}
