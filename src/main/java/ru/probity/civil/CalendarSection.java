package ru.probity.civil;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/** The public subsection «Календарь мероприятий»: the month grid and list of an organization's public events. */
@Component
class CalendarSection implements PublicSection {

    private final Messages messages;

    static final String ID = "calendar";

    private final PublicOrganizations organizations;
    private final Discussions discussions;

    CalendarSection(PublicOrganizations organizations, Discussions discussions, Messages messages) {
        this.messages = messages;
        this.organizations = organizations;
        this.discussions = discussions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "civil.calendar.title";
    }

    @Override
    public int order() {
        return 125;
    }

    @Override
    public boolean shownFor(long organizationId) {
        return organizations.hasPublic(organizationId) || discussions.hasPublic(organizationId);
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        return List.of(
                new PublicPage("/public/" + organizationId + "/" + ID, messages.text("civil.calendar.title"), null));
    }
}
