package ru.probity.civil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.civil.model.ICalendar;
import ru.probity.civil.model.MonthGrid;
import ru.probity.platform.RegionTime;

/**
 * The events calendar: the activities of public organizations and the public discussions in a
 * month — for the officers of their subtree (every discussion, also the drafts) and on the public
 * page of an organization (its public organizations' activities and its announced discussions) — as
 * a month grid, a list, and an iCalendar file.
 */
@Service
@Transactional(readOnly = true)
public class CivilCalendar {

    private final CivilStore civil;
    private final Discussions discussions;
    private final RegionTime regionTime;

    CivilCalendar(CivilStore civil, Discussions discussions, RegionTime regionTime) {
        this.civil = civil;
        this.discussions = discussions;
        this.regionTime = regionTime;
    }

    /** The month's events of the user's subtree, in order. */
    public List<CalendarEvent> month(CurrentUser user, YearMonth month) {
        PublicOrganizations.requireOpen(user);
        return events(user.organizationId(), null, month.atDay(1), month.atEndOfMonth());
    }

    /** The month's public events of an organization, in order. */
    public List<CalendarEvent> publicMonth(long owner, YearMonth month) {
        return events(null, owner, month.atDay(1), month.atEndOfMonth());
    }

    /** The public events of an organization from {@code from} on, for a year (the iCalendar file). */
    public List<CalendarEvent> publicUpcoming(long owner, LocalDate from) {
        return events(null, owner, from, from.plusYears(1));
    }

    private List<CalendarEvent> events(Long me, Long owner, LocalDate from, LocalDate to) {
        List<CalendarEvent> events = new ArrayList<>();
        for (Activity a : civil.activitiesBetween(me, owner, from, to)) {
            events.add(new CalendarEvent(
                    "activity",
                    a.id(),
                    a.heldOn(),
                    a.startsAt(),
                    a.startsAt() == null ? null : regionTime.instant(a.heldOn().atTime(a.startsAt())),
                    a.title(),
                    a.organizationName(),
                    a.place(),
                    "/public/" + a.ownerId() + "/" + PublicOrganizations.SECTION + "/activities/" + a.id(),
                    "/civil/activities/" + a.id()));
        }
        Instant start = regionTime.instant(from.atStartOfDay());
        Instant end = regionTime.instant(to.plusDays(1).atStartOfDay());
        for (DiscussionStore.Row r : discussions.between(me, owner, start, end)) {
            var local = regionTime.local(r.startsAt());
            events.add(new CalendarEvent(
                    "discussion",
                    r.id(),
                    local.toLocalDate(),
                    local.toLocalTime(),
                    r.startsAt(),
                    r.topic(),
                    r.ownerName(),
                    r.place() != null ? r.place() : r.onlineLink(),
                    r.publishedAt() == null
                            ? null
                            : "/public/" + r.ownerId() + "/" + Discussions.SECTION + "/" + r.id(),
                    "/civil/discussions/" + r.id()));
        }
        events.sort(Comparator.comparing(CalendarEvent::day)
                .thenComparing(e -> e.time() == null ? java.time.LocalTime.MIN : e.time())
                .thenComparing(CalendarEvent::title));
        return events;
    }

    /** The month grid of the events. */
    public MonthGrid<CalendarEvent> grid(YearMonth month, List<CalendarEvent> events) {
        Map<LocalDate, List<CalendarEvent>> byDay = new LinkedHashMap<>();
        for (CalendarEvent e : events) {
            byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e);
        }
        return MonthGrid.of(month, byDay);
    }

    /** The iCalendar file of the events; {@code base} the site's address for the links (no slash at the end). */
    public String ics(String name, List<CalendarEvent> events, String base) {
        return ICalendar.write(
                name,
                events.stream()
                        .map(e -> new ICalendar.Event(
                                "probity-" + e.kind() + "-" + e.id(),
                                e.start(),
                                e.day(),
                                e.title(),
                                e.organizer(),
                                e.place(),
                                e.publicPath() == null ? null : base + e.publicPath()))
                        .toList(),
                Instant.now());
    }

    /** The current month in the region. */
    public YearMonth thisMonth() {
        return YearMonth.from(regionTime.today());
    }
}
