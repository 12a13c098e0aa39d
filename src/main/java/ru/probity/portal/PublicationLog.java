package ru.probity.portal;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The publication log of the public section: what was published, changed or withdrawn on an
 * organization's public pages, when and by whom. Every area that publishes through a
 * {@link PublicSection} records here, in the transaction that publishes.
 */
@Service
public class PublicationLog {

    /** What happened to a public page. */
    public enum Action {
        PUBLISHED,
        UPDATED,
        WITHDRAWN
    }

    /** One line of the log. */
    public record Entry(
            long id,
            long organizationId,
            String section,
            String path,
            String title,
            Action action,
            Instant at,
            String by) {}

    private final PublicationLogStore store;

    PublicationLog(PublicationLogStore store) {
        this.store = store;
    }

    /**
     * Records that {@code username} did {@code action} to the page {@code path} (titled {@code title})
     * of the subsection {@code section} of the organization's public section.
     */
    public void record(long organizationId, String section, String path, String title, Action action, String username) {
        store.insert(organizationId, section, path, title, action, username);
    }

    /** The newest lines of the organization's log (its own pages only), at most {@code limit}. */
    public List<Entry> recent(long organizationId, int limit) {
        return store.recent(organizationId, limit);
    }
}
