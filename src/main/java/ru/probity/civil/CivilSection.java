package ru.probity.civil;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The public subsection «Общественные организации»: the registry of an organization without private
 * data (name, ИНН, the organization's contacts), their activities and results.
 */
@Component
class CivilSection implements PublicSection {

    private final Messages messages;

    private final PublicOrganizations organizations;

    CivilSection(PublicOrganizations organizations, Messages messages) {
        this.messages = messages;
        this.organizations = organizations;
    }

    @Override
    public String id() {
        return PublicOrganizations.SECTION;
    }

    @Override
    public String titleKey() {
        return "civil.public.title";
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public boolean shownFor(long organizationId) {
        return organizations.hasPublic(organizationId);
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        String base = "/public/" + organizationId + "/" + id();
        List<PublicPage> pages = new ArrayList<>();
        List<CivilOrganization> list = organizations.publicList(organizationId);
        pages.add(new PublicPage(
                base,
                messages.text("civil.public.title"),
                list.stream()
                        .map(CivilOrganization::updatedAt)
                        .max(java.util.Comparator.naturalOrder())
                        .orElse(null)));
        for (CivilOrganization c : list) {
            pages.add(new PublicPage(base + "/" + c.id(), c.name(), c.updatedAt()));
        }
        for (Activity a : organizations.publicActivitiesOfAll(organizationId)) {
            pages.add(new PublicPage(base + "/activities/" + a.id(), a.title(), a.updatedAt()));
        }
        return pages;
    }

    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        String base = "/public/" + organizationId + "/" + id();
        List<PublicHit> hits = new ArrayList<>();
        for (CivilOrganization c : organizations.publicSearch(organizationId, query, limit)) {
            hits.add(new PublicHit(base + "/" + c.id(), c.name(), Snippets.around(c.description(), query)));
        }
        for (Activity a : organizations.publicActivitySearch(organizationId, query, limit)) {
            String text = a.results() != null && Snippets.contains(a.results(), query) ? a.results() : a.description();
            hits.add(new PublicHit(base + "/activities/" + a.id(), a.title(), Snippets.around(text, query)));
        }
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }
}
