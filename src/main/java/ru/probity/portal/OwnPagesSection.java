package ru.probity.portal;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The organization's own pages ({@code /public/{organization}/page/{slug}} and the home page with its
 * intro): not a line of the menu of its own — each page is shown under the subsection its officer
 * placed it in, or under «Иная информация» — but in the site map, the export and the search.
 */
@Component
class OwnPagesSection implements PublicSection {

    private final PortalContentStore store;

    OwnPagesSection(PortalContentStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return PortalContent.PAGES;
    }

    @Override
    public String titleKey() {
        return "portal.pages.title";
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public boolean shownFor(long organizationId) {
        return false;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        return store.pages(organizationId, true).stream()
                .filter(p -> !OwnPage.HOME.equals(p.menuSection()))
                .map(p -> new PublicPage(p.path(), p.title(), p.updatedAt()))
                .toList();
    }

    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        return store.searchPages(organizationId, query, limit);
    }
}
