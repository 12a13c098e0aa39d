package ru.probity.declarations;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.declarations.checks.Extract;
import ru.probity.platform.NotFound;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public extract of Указ Президента №613: for every organization and year of a published
 * campaign, each filed annual declaration as its post and the {@link Extract} computed when it was
 * saved. Readable without signing in; it holds no names, identifiers, addresses or accounts. Its
 * term is {@link ru.probity.declarations.checks.Terms#publicationTerm}.
 */
@Service
@Transactional(readOnly = true)
public class Publication {

    private final PublicationStore store;
    private final JsonMapper json;

    Publication(PublicationStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** An organization with published declarations for a year. */
    public record Published(long organizationId, String organization, int year, int declarations) {}

    /** One declarant's extract: his post and the rows of his family. */
    public record Entry(String post, Extract extract) {}

    public List<Published> index() {
        return store.index();
    }

    public String organizationName(long organizationId) {
        return store.activeOrganizationName(organizationId)
                .orElseThrow(() -> new NotFound("organization", organizationId));
    }

    /** The published extracts of an organization for a year, by post. */
    public List<Entry> entries(long organizationId, int year) {
        return store.entries(organizationId, year).stream()
                .map(r -> new Entry(r.post(), json.readValue(r.extract(), Extract.class)))
                .toList();
    }
}
