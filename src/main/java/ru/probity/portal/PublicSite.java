package ru.probity.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import ru.probity.org.Organization;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;

/**
 * The public section as a whole, from every {@link PublicSection}: the organizations that have one
 * (every active organization of the tree), the pages of an organization (its home, then each
 * subsection's pages in the menu's order) for the site map and the static export, and the site search
 * that asks every subsection.
 */
@Service
public class PublicSite {

    /** The most hits a subsection gives to one search. */
    static final int HITS_PER_SECTION = 20;

    /** An organization of the tree with its children, for the list at {@code /public}. */
    public record Node(long id, String name, List<Node> children) {}

    /** The hits of one subsection: the message key of its title and the hits. */
    public record SectionHits(String titleKey, List<PublicHit> hits) {}

    /**
     * How long the site map is served as built: it asks every subsection of every organization (a few
     * thousand queries for a region), so an anonymous request may not rebuild it each time.
     */
    static final long SITEMAP_TTL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    /** The site map as built, with the publication log's newest entry then and when it was built. */
    private record Sitemap(long logId, long builtAt, List<PublicPage> pages) {}

    private final PortalMenu menu;
    private final Organizations organizations;
    private final PortalStore store;
    private final PublicationLogStore log;
    private final Messages messages;
    private volatile Sitemap sitemap;

    PublicSite(
            PortalMenu menu,
            Organizations organizations,
            PortalStore store,
            PublicationLogStore log,
            Messages messages) {
        this.menu = menu;
        this.organizations = organizations;
        this.store = store;
        this.log = log;
        this.messages = messages;
    }

    /** The active organization; a 404 otherwise. */
    public PortalOrganization organization(long id) {
        return store.organization(id).orElseThrow(() -> new NotFound("organization", id));
    }

    /** Every active organization of the region as a tree (the region first). */
    public List<Node> tree() {
        List<Organization> all = organizations.allActive();
        Set<Long> ids = all.stream().map(Organization::id).collect(Collectors.toSet());
        Map<Long, List<Organization>> byParent = all.stream()
                .filter(o -> o.parentId() != null && ids.contains(o.parentId()))
                .collect(Collectors.groupingBy(
                        Organization::parentId, java.util.LinkedHashMap::new, Collectors.toList()));
        return all.stream()
                .filter(o -> o.parentId() == null || !ids.contains(o.parentId()))
                .map(o -> node(o, byParent))
                .toList();
    }

    private static Node node(Organization o, Map<Long, List<Organization>> byParent) {
        return new Node(
                o.id(),
                o.name(),
                byParent.getOrDefault(o.id(), List.of()).stream()
                        .map(c -> node(c, byParent))
                        .toList());
    }

    /** The root of the tree (the region), if any. */
    public java.util.Optional<Long> regionRoot() {
        return organizations.allActive().stream()
                .filter(o -> o.parentId() == null)
                .map(Organization::id)
                .findFirst();
    }

    /**
     * Every public page of the organization: its home, then the pages of each subsection in the
     * menu's order (its own pages and news included), each address once.
     */
    public List<PublicPage> pages(long organizationId) {
        PortalOrganization organization = organization(organizationId);
        List<PublicPage> pages = new ArrayList<>();
        pages.add(new PublicPage("/public/" + organizationId, organization.name(), null));
        Set<String> seen = new LinkedHashSet<>();
        seen.add(pages.getFirst().path());
        for (PublicSection section : menu.sections()) {
            for (PublicPage page : section.pages(organizationId)) {
                if (page.path().startsWith("/public/") && seen.add(page.path())) {
                    pages.add(page);
                }
            }
        }
        return pages;
    }

    /**
     * Every public page of every organization, for {@code sitemap.xml}: built again when something was
     * published, changed or withdrawn since (a new entry of the publication log), else at most every
     * {@link #SITEMAP_TTL_NANOS} (what changes without an entry: an organization added, a term ended).
     */
    public List<PublicPage> sitemap() {
        long logId = log.latestId();
        Sitemap built = sitemap;
        long now = System.nanoTime();
        if (built != null && built.logId() == logId && now - built.builtAt() < SITEMAP_TTL_NANOS) {
            return built.pages();
        }
        List<PublicPage> pages = List.copyOf(buildSitemap());
        sitemap = new Sitemap(logId, now, pages);
        return pages;
    }

    private List<PublicPage> buildSitemap() {
        List<PublicPage> pages = new ArrayList<>();
        pages.add(new PublicPage("/public", messages.text("portal.title"), null));
        for (Organization o : organizations.allActive()) {
            pages.addAll(pages(o.id()));
        }
        return pages;
    }

    /** The site search in the organization's section: each subsection's hits under its title. */
    public List<SectionHits> search(long organizationId, String query) {
        organization(organizationId);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        List<SectionHits> found = new ArrayList<>();
        for (PublicSection section : menu.sections()) {
            List<PublicHit> hits = section.search(organizationId, q, HITS_PER_SECTION);
            if (!hits.isEmpty()) {
                found.add(new SectionHits(section.titleKey(), hits));
            }
        }
        return found;
    }
}
