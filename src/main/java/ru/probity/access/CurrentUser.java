package ru.probity.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.Authentication;
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

    /** Name written to audit columns: the username, or "system" for batch work. */
    public static String actorName() {
        return find().map(CurrentUser::username).orElse("system");
    }
}
