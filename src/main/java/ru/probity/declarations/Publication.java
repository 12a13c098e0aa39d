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
 * saved (or when the campaign was last published). Readable without signing in; it holds no names,
 * identifiers, addresses or accounts. Its term is {@link ru.probity.declarations.checks.Terms#publicationTerm}.
 * While publication is suspended ({@link PublicationSwitch}, Указ №968 of 29.12.2022) nothing is
 * served, not even what was published before.
 */
@Service
@Transactional(readOnly = true)
public class Publication {

    private final PublicationStore store;
    private final JsonMapper json;
    private final PublicationSwitch publicationSwitch;

    Publication(PublicationStore store, JsonMapper json, PublicationSwitch publicationSwitch) {
        this.store = store;
        this.json = json;
        this.publicationSwitch = publicationSwitch;
    }

    /** Whether publication is on (else suspended under Указ №968). */
    public boolean enabled() {
        return publicationSwitch.enabled();
    }

    /** An organization with published declarations for a year. */
    public record Published(long organizationId, String organization, int year, int declarations) {}

    /** One declarant's extract: his post and the rows of his family. */
    public record Entry(String post, Extract extract) {}

    /** The organizations and years published; none while publication is suspended. */
    public List<Published> index() {
        return enabled() ? store.index() : List.of();
    }

    public String organizationName(long organizationId) {
        return store.activeOrganizationName(organizationId)
                .orElseThrow(() -> new NotFound("organization", organizationId));
    }

    /** The published extracts of an organization for a year, by post; none while publication is suspended. */
    public List<Entry> entries(long organizationId, int year) {
        if (!enabled()) {
            return List.of();
        }
        return store.entries(organizationId, year).stream()
                .map(r -> new Entry(r.post(), json.readValue(r.extract(), Extract.class)))
                .toList();
    }

    /** The years of the organization's own published declarations, the latest first; none while suspended. */
    public List<Integer> years(long organizationId) {
        return enabled() ? store.years(organizationId) : List.of();
    }

    /** The organizations (with the year) whose declarations the campaign publishes. */
    List<Published> ofCampaign(long campaignId) {
        return store.ofCampaign(campaignId);
    }
}
