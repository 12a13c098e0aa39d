package ru.probity.expertise;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The subsection «Антикоррупционная экспертиза» of an organization's public section (Приказ Минтруда
 * №530н): the drafts of its subtree open for independent and public expertise today ({@link
 * Publications}), each linking to its page with the forms, their Atom feed, and the figures of what the
 * expertise produced. An empty state when none is open.
 */
@Component
class ExpertisePublicSection implements PublicSection {

    static final String SECTION = "expertise";

    private final Publications publications;
    private final Messages messages;

    ExpertisePublicSection(Publications publications, Messages messages) {
        this.publications = publications;
        this.messages = messages;
    }

    @Override
    public String id() {
        return SECTION;
    }

    @Override
    public String titleKey() {
        return "expertise.section.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        return List.of(new PublicPage("/public/" + organizationId + "/" + SECTION, messages.text(titleKey()), null));
    }

    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return publications.searchOpen(organizationId, query.strip(), limit).stream()
                .map(d -> new PublicHit(
                        Publications.publicPath(d.id()),
                        d.title(),
                        messages.text(
                                "expertise.section.period",
                                RussianFormats.date(d.startsOn()),
                                RussianFormats.date(d.endsOn()))))
                .toList();
    }
}
