package ru.probity.council;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The council on the public section «Противодействие коррупции» (other information, after the
 * subsections of Приказ №530н): shown only for an organization whose council has a published
 * meeting; the council's page (composition without private data, the published meetings) and each
 * published meeting's page; the site search over the summaries and the agenda.
 */
@Component
class CouncilPublicSection implements PublicSection {

    static final String ID = "council";

    private final CouncilStore store;
    private final Messages messages;

    CouncilPublicSection(CouncilStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    static String councilPath(long organizationId) {
        return "/public/" + organizationId + "/" + ID;
    }

    static String meetingPath(Meeting meeting) {
        return councilPath(meeting.organizationId()) + "/meetings/" + meeting.id();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "council.public.menu";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean shownFor(long organizationId) {
        return store.hasPublished(organizationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicPage> pages(long organizationId) {
        List<Meeting> meetings = store.publishedMeetings(organizationId);
        if (meetings.isEmpty()) {
            return List.of();
        }
        List<PublicPage> pages = new ArrayList<>();
        pages.add(new PublicPage(
                councilPath(organizationId),
                meetings.getFirst().councilName(),
                meetings.getFirst().updatedAt()));
        for (Meeting m : meetings) {
            pages.add(new PublicPage(meetingPath(m), meetingTitle(m), m.updatedAt()));
        }
        return pages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicHit> search(long organizationId, String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return store.searchPublished(organizationId, query.strip(), limit).stream()
                .map(m -> new PublicHit(meetingPath(m), meetingTitle(m), snippet(m.summary(), query.strip())))
                .toList();
    }

    private String meetingTitle(Meeting m) {
        return messages.text("council.public.meetingTitle", RussianFormats.date(m.heldOn()));
    }

    /** The words around the first match in the summary (or its beginning). */
    static String snippet(String text, String query) {
        if (text == null) {
            return "";
        }
        int at = text.toLowerCase().indexOf(query.toLowerCase());
        int from = Math.max(0, at < 0 ? 0 : at - 80);
        int to = Math.min(text.length(), from + 200);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
