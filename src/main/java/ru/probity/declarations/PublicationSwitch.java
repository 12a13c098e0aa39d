package ru.probity.declarations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;

/**
 * Whether the declarations are published on the website. Указ №613 orders the publication, but
 * Указ Президента №968 of 29.12.2022 suspends it on websites and in the media (DOMAIN.md): so it is
 * off by default, and only the regional administrator turns it on, stating the legal basis (the act
 * that lifts the suspension for the region's bodies). Every change is kept with who made it and
 * when; while it is off nothing is published and nothing published before is served.
 */
@Service
@Transactional
public class PublicationSwitch {

    /** The longest basis accepted. */
    static final int BASIS_MAX = 2000;

    private final PublicationSwitchStore store;

    PublicationSwitch(PublicationSwitchStore store) {
        this.store = store;
    }

    /**
     * One change of the switch.
     *
     * @param by the login of who changed it
     * @param byName his name, as the accounts know him (the login when unknown)
     */
    public record Change(boolean enabled, String basis, String by, String byName, Instant at) {}

    /** Whether publication is on. */
    @Transactional(readOnly = true)
    public boolean enabled() {
        return store.latest().map(Change::enabled).orElse(false);
    }

    /** The change in force: empty while it has never been changed (off). */
    @Transactional(readOnly = true)
    public Optional<Change> current() {
        return store.latest();
    }

    /** Every change, the latest first: for the regional administrator. */
    @Transactional(readOnly = true)
    public List<Change> history(CurrentUser user) {
        requireAdministrator(user);
        return store.history();
    }

    /**
     * The regional administrator turns publication on, stating its legal basis (required), or off
     * (a note is optional).
     */
    public void set(CurrentUser user, boolean enabled, String basis) {
        requireAdministrator(user);
        String text = RussianFormats.blankToNull(basis);
        if (enabled && text == null) {
            throw Refusal.invalid("declarations.publicationSwitch.error.basis");
        }
        if (text != null && text.length() > BASIS_MAX) {
            throw Refusal.invalid("declarations.publicationSwitch.error.basisLong", String.valueOf(BASIS_MAX));
        }
        store.insert(enabled, text == null ? null : text.strip(), user.username());
    }

    /** Refuses a publication while it is off (Указ №968). */
    void requireEnabled() {
        if (!enabled()) {
            throw Refusal.conflict("declarations.error.publicationSuspended");
        }
    }

    static void requireAdministrator(CurrentUser user) {
        if (user.role() != Role.REGIONAL_ADMIN) {
            throw new AccessDeniedException("Only the regional administrator switches the publication of declarations");
        }
    }
}
