package ru.probity.civil;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/** The public subsection «Публичные обсуждения»: announcements, registration, results and minutes. */
@Component
class DiscussionSection implements PublicSection {

    private final Messages messages;

    private final Discussions discussions;

    DiscussionSection(Discussions discussions, Messages messages) {
        this.messages = messages;
        this.discussions = discussions;
    }

    @Override
    public String id() {
        return Discussions.SECTION;
    }

    @Override
    public String titleKey() {
        return "civil.discussion.public.title";
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public boolean shownFor(long organizationId) {
        return discussions.hasPublic(organizationId);
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        String base = "/public/" + organizationId + "/" + id();
        List<PublicPage> pages = new ArrayList<>();
        List<Discussion> list = discussions.publicList(organizationId);
        pages.add(new PublicPage(base, messages.text("civil.discussion.public.title"), null));
        for (Discussion d : list) {
            pages.add(new PublicPage(
                    base + "/" + d.id(),
                    d.topic(),
                    d.resultsPublishedAt() != null ? d.resultsPublishedAt() : d.publishedAt()));
        }
        return pages;
    }

    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        String base = "/public/" + organizationId + "/" + id();
        return discussions.publicSearch(organizationId, query, limit).stream()
                .map(d -> new PublicHit(
                        base + "/" + d.id(),
                        d.topic(),
                        Snippets.around(
                                d.results() != null && Snippets.contains(d.results(), query)
                                        ? d.results()
                                        : d.description(),
                                query)))
                .toList();
    }
}
