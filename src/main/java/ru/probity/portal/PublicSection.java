package ru.probity.portal;

import java.util.List;

/**
 * One subsection of an organization's public section «Противодействие коррупции», implemented by the
 * area that owns its data (a package-private {@code @Component} over the area's own stores). The
 * portal builds the menu, the site map, the static export and the site search from every bean of
 * this type; the area serves the pages themselves under {@code /public/{organization}/{id}/…} with
 * the layout {@code portal/layout :: page(title, content)}.
 */
public interface PublicSection {

    /** The stable path segment under {@code /public/{organization}/}, e.g. {@code acts}. */
    String id();

    /** The message key of its title in the menu. */
    String titleKey();

    /**
     * Its place in the menu: the subsections of Приказ №530н in its order (10 acts, 20 expertise, 30
     * methodological materials, 40 forms of documents, 50 income information, 60 the commission, 70
     * feedback, 80 reports and statistics), then the other information (100 and above).
     */
    int order();

    /**
     * Whether the menu of this organization shows it. The subsections of Приказ №530н are always shown
     * (with their empty state); the others only where they have something public.
     */
    default boolean shownFor(long organizationId) {
        return true;
    }

    /**
     * Every public page of this subsection for the organization, its own first: the site map and the
     * static export list them. Paths start with {@code /public/}.
     */
    List<PublicPage> pages(long organizationId);

    /** The site search in this subsection: at most {@code limit} hits, best first. */
    default List<PublicHit> search(long organizationId, String query, int limit) {
        return List.of();
    }
}
