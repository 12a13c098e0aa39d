package ru.probity.portal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The organization's news as a subsection of its public section ({@code /public/{organization}/news}),
 * placed after the subsections of Приказ №530н (order 95) and shown where there is a published item;
 * the three newest are also on the section's home page.
 */
@Component
class NewsSection implements PublicSection {

    private final PortalContentStore store;
    private final ru.probity.platform.Messages messages;

    NewsSection(PortalContentStore store, ru.probity.platform.Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public String id() {
        return PortalContent.NEWS;
    }

    @Override
    public String titleKey() {
        return "portal.news.title";
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public boolean shownFor(long organizationId) {
        return store.hasPublishedNews(organizationId);
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        List<NewsItem> news = store.news(organizationId, true, 1000);
        List<PublicPage> pages = new ArrayList<>();
        if (news.isEmpty()) {
            return pages;
        }
        pages.add(new PublicPage(
                "/public/" + organizationId + "/news",
                messages.text("portal.news.title"),
                news.getFirst().updatedAt()));
        for (NewsItem n : news) {
            pages.add(new PublicPage(n.path(), n.title(), n.updatedAt()));
        }
        return pages;
    }

    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        return store.searchNews(organizationId, query, limit);
    }
}
