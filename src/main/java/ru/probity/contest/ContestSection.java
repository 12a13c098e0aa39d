package ru.probity.contest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.platform.Messages;
import ru.probity.platform.RegionTime;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The contests in the organization's public section (other information, 140): shown where the
 * organization has an announced contest; the list, each contest's page, its form while open and its
 * results once published.
 */
@Component
class ContestSection implements PublicSection {

    static final String ID = "contests";
    private static final int SNIPPET = 200;

    private final ContestStore store;
    private final RegionTime regionTime;
    private final Messages messages;

    ContestSection(ContestStore store, RegionTime regionTime, Messages messages) {
        this.store = store;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    static String path(long organizationId, long contestId) {
        return "/public/" + organizationId + "/" + ID + "/" + contestId;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "contest.public.title";
    }

    @Override
    public int order() {
        return 140;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean shownFor(long organizationId) {
        return store.hasPublic(organizationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicPage> pages(long organizationId) {
        List<Contest> contests = store.publicContests(organizationId);
        List<PublicPage> pages = new ArrayList<>();
        if (contests.isEmpty()) {
            return pages;
        }
        pages.add(new PublicPage(
                "/public/" + organizationId + "/" + ID,
                messages.text("contest.public.title"),
                modified(contests.getFirst())));
        for (Contest c : contests) {
            String path = path(organizationId, c.id());
            pages.add(new PublicPage(path, c.title(), modified(c)));
            if (c.open(regionTime.today())) {
                pages.add(new PublicPage(
                        path + "/apply", messages.text("contest.apply.titleOf", c.title()), modified(c)));
            }
            if (c.published()) {
                pages.add(new PublicPage(
                        path + "/results",
                        messages.text("contest.public.resultsOf", c.title()),
                        c.resultsPublishedAt()));
            }
        }
        return pages;
    }

    private static java.time.Instant modified(Contest c) {
        return c.resultsPublishedAt() != null ? c.resultsPublishedAt() : c.judgingClosedAt();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicHit> search(long organizationId, String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return store.search(organizationId, query.strip(), limit).stream()
                .map(c -> new PublicHit(path(organizationId, c.id()), c.title(), snippet(c.rules())))
                .toList();
    }

    private static String snippet(String rules) {
        String text = rules == null ? "" : rules.replaceAll("\\s+", " ").strip();
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "…";
    }
}
