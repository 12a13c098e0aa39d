package ru.probity.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every area sees him: his role, the organization whose subtree he may see,
 * and his own employee record if he has one.
 */
public record CurrentUser(
        long userId, String username, String fullName, Role role, long organizationId, Long employeeId)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The user of the current request, if someone is signed in. */
    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUserHolder holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    /** The user of the current request; fails if nobody is signed in. */
    public static CurrentUser get() {
        return find().orElseThrow(() -> new AccessDeniedException("No signed-in user"));
    }

    /**
     * Runs work in this thread as the user — background work with no request, such as a batch
     * resumed after a restart — so that {@link #find()} and the audit columns and access log name
     * him; the thread's previous user is restored afterwards.
     */
    public void runAs(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        CurrentUserHolder holder = () -> this;
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                holder, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Name written to audit columns: the username, or "system" for batch work. */
    public static String actorName() {
        return find().map(CurrentUser::username).orElse("system");
    }
}
