package ru.probity.portal;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The menu of an organization's public section: every {@link PublicSection} shown for it, in the
 * order of Приказ №530н and then the other information.
 */
@Component
public class PortalMenu {

    /** A line of the menu: the subsection's id, the message key of its title and its address. */
    public record Item(String id, String titleKey, String path) {}

    private final List<PublicSection> sections;

    PortalMenu(List<PublicSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PublicSection::order))
                .toList();
    }

    /** The menu of the organization. */
    public List<Item> items(long organizationId) {
        return sections.stream()
                .filter(s -> s.shownFor(organizationId))
                .map(s -> new Item(s.id(), s.titleKey(), "/public/" + organizationId + "/" + s.id()))
                .toList();
    }

    /** Every subsection, in the order of the menu. */
    public List<PublicSection> sections() {
        return sections;
    }
}
