package ru.probity.accounts;

import java.io.Serial;
import java.time.Instant;
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
    private final Instant lockedUntil;

    UserAccount(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
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
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
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
