package ru.probity.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.council.model.CouncilRole;
import ru.probity.council.model.MeetingStatus;
import ru.probity.council.model.Membership;
import ru.probity.council.model.Presence;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicationLog;

/**
 * The councils, their composition and their meetings: the agenda, the materials, the attendance,
 * what was heard and decided, the minutes' data and the publication of a meeting's summary.
 *
 * <p>Who may do what: a council and its meetings are seen by the regional administrator, the
 * auditor, the officers and the heads whose subtree holds the council's organization (another is
 * not found). The council's secretary keeps it: the regional administrator for any council of his
 * subtree, the anti-corruption officer for a council of a municipality or body of his subtree (not
 * the region's own). Other roles have no council.
 */
@Service
@Transactional
public class Councils {

    static final String SUBJECT = "COUNCIL";

    private final CouncilStore store;
    private final CouncilSettings settings;
    private final AccessLog accessLog;
    private final PublicationLog publicationLog;
    private final RegionTime regionTime;

    Councils(
            CouncilStore store,
            CouncilSettings settings,
            AccessLog accessLog,
            PublicationLog publicationLog,
            RegionTime regionTime) {
        this.store = store;
        this.settings = settings;
        this.accessLog = accessLog;
        this.publicationLog = publicationLog;
        this.regionTime = regionTime;
    }

    // --- who

    /** The roles that see councils and assignments: the region, the auditor, the officers, the heads. */
    public static boolean mayOpen(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN
                || user.role() == Role.AUDITOR
                || user.role() == Role.ANTICORRUPTION_OFFICER
                || user.role() == Role.ORGANIZATION_HEAD;
    }

    /** Forms councils: the regional administrator and the officers (for a council of their subtree). */
    public static boolean formsCouncils(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN || user.role() == Role.ANTICORRUPTION_OFFICER;
    }

    /** Whether the user keeps the council as its secretary (the council is already in his subtree). */
    public boolean keeps(CurrentUser user, Council council) {
        return keeps(user, council.organizationId());
    }

    boolean keeps(CurrentUser user, long councilOrganizationId) {
        return user.role() == Role.REGIONAL_ADMIN
                || (user.role() == Role.ANTICORRUPTION_OFFICER && !store.isRoot(councilOrganizationId));
    }

    static void requireOpen(CurrentUser user) {
        if (!mayOpen(user)) {
            throw new AccessDeniedException("Role " + user.role() + " has no interdepartmental council");
        }
    }

    private void requireKeep(CurrentUser user, Council council) {
        if (!keeps(user, council)) {
            throw new AccessDeniedException("The council is kept by its secretary");
        }
    }

    // --- councils

    @Transactional(readOnly = true)
    public List<Council> councils(CurrentUser user) {
        requireOpen(user);
        return store.councils(user.organizationId());
    }

    @Transactional(readOnly = true)
    public Council get(CurrentUser user, long id) {
        requireOpen(user);
        return store.council(user.organizationId(), id).orElseThrow(() -> new NotFound("council", id));
    }

    /** A council formed for an organization of the user's subtree; one per organization. */
    public long create(CurrentUser user, Long organizationId, String name) {
        requireOpen(user);
        if (!formsCouncils(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not form councils");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (organizationId == null) {
            errors.put("organizationId", "council.error.organization");
        }
        String clean = RussianFormats.blankToNull(name);
        if (clean == null) {
            errors.put("name", "council.error.name");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        if (!store.inSubtree(user.organizationId(), organizationId)) {
            throw new NotFound("organization", organizationId);
        }
        if (!keeps(user, organizationId)) {
            throw new AccessDeniedException("The region's council is formed by the regional administrator");
        }
        long id = store.createCouncil(organizationId, clean, user.username());
        if (id < 0) {
            throw Refusal.conflict("council.error.exists");
        }
        return id;
    }

    public void rename(CurrentUser user, long id, String name) {
        Council council = get(user, id);
        requireKeep(user, council);
        String clean = RussianFormats.blankToNull(name);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of("name", "council.error.name"));
        }
        store.renameCouncil(id, clean, user.username());
    }

    // --- composition

    /** The composition, members of the registry logged as a read of personal data. */
    public List<Member> members(CurrentUser user, Council council) {
        List<Member> members = store.members(council.id());
        if (members.stream().anyMatch(m -> m.employeeId() != null)) {
            accessLog.record(AccessAction.READ, SUBJECT, council.id(), council.organizationId(), "composition");
        }
        return members;
    }

    /** What the composition's form posts: an employee's card, or the name, body and post of an external person. */
    public record MemberForm(
            Long employeeId,
            String fullName,
            String body,
            String post,
            CouncilRole role,
            LocalDate memberFrom,
            LocalDate memberTo) {}

    public long addMember(CurrentUser user, long councilId, MemberForm form) {
        Council council = get(user, councilId);
        requireKeep(user, council);
        String name = RussianFormats.blankToNull(form.fullName());
        String body = RussianFormats.blankToNull(form.body());
        String post = RussianFormats.blankToNull(form.post());
        if (form.employeeId() != null) {
            CouncilStore.Card card = store.card(user.organizationId(), form.employeeId())
                    .orElseThrow(() -> new NotFound("employee", form.employeeId()));
            name = name == null ? card.fullName() : name;
            body = body == null ? card.organizationName() : body;
            post = post == null ? RussianFormats.blankToNull(card.post()) : post;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null) {
            errors.put("fullName", "council.error.fullName");
        }
        if (body == null) {
            errors.put("body", "council.error.body");
        }
        if (post == null) {
            errors.put("post", "council.error.post");
        }
        if (form.role() == null) {
            errors.put("role", "council.error.role");
        }
        LocalDate from = form.memberFrom() == null ? regionTime.today() : form.memberFrom();
        if (!new Membership(from, form.memberTo()).valid()) {
            errors.put("memberTo", "council.error.membershipDates");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        long id = store.addMember(
                councilId, form.employeeId(), name, body, post, form.role(), from, form.memberTo(), user.username());
        if (form.employeeId() != null) {
            accessLog.record(AccessAction.UPDATE, SUBJECT, councilId, council.organizationId(), "member added");
        }
        return id;
    }

    /** The membership ended on the day (the act that excluded him). */
    public void endMembership(CurrentUser user, long councilId, long memberId, LocalDate on) {
        Council council = get(user, councilId);
        requireKeep(user, council);
        if (on == null) {
            throw Refusal.invalidFields(Map.of("memberTo", "council.error.memberTo"));
        }
        if (!store.endMember(councilId, memberId, on, user.username())) {
            throw Refusal.invalidFields(Map.of("memberTo", "council.error.membershipDates"));
        }
    }

    // --- meetings

    @Transactional(readOnly = true)
    public List<Meeting> meetings(CurrentUser user, Council council) {
        return store.meetings(council.id());
    }

    @Transactional(readOnly = true)
    public Meeting meeting(CurrentUser user, long id) {
        requireOpen(user);
        return store.meeting(user.organizationId(), id).orElseThrow(() -> new NotFound("council meeting", id));
    }

    /** Whether the user keeps the meeting's council. */
    public boolean keeps(CurrentUser user, Meeting meeting) {
        return keeps(user, meeting.organizationId());
    }

    private Meeting kept(CurrentUser user, long meetingId) {
        Meeting meeting = meeting(user, meetingId);
        if (!keeps(user, meeting)) {
            throw new AccessDeniedException("The council is kept by its secretary");
        }
        return meeting;
    }

    /** What the meeting's form posts; the time as typed ({@code 10:00}), none when blank. */
    public record MeetingForm(LocalDate heldOn, String startsAt, String place) {}

    private record CheckedMeeting(LocalDate heldOn, LocalTime startsAt, String place) {}

    private CheckedMeeting checked(MeetingForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.heldOn() == null) {
            errors.put("heldOn", "council.error.heldOn");
        }
        String place = RussianFormats.blankToNull(form.place());
        if (place == null) {
            errors.put("place", "council.error.place");
        }
        LocalTime time = null;
        String typed = RussianFormats.blankToNull(form.startsAt());
        if (typed != null) {
            try {
                time = LocalTime.parse(typed);
            } catch (java.time.format.DateTimeParseException e) {
                errors.put("startsAt", "council.error.startsAt");
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        return new CheckedMeeting(form.heldOn(), time, place);
    }

    /** A meeting announced: its date, time and place. */
    public long announce(CurrentUser user, long councilId, MeetingForm form) {
        Council council = get(user, councilId);
        requireKeep(user, council);
        CheckedMeeting c = checked(form);
        return store.createMeeting(councilId, c.heldOn(), c.startsAt(), c.place(), user.username());
    }

    public void reschedule(CurrentUser user, long meetingId, MeetingForm form) {
        Meeting meeting = kept(user, meetingId);
        if (meeting.held()) {
            throw Refusal.conflict("council.error.held");
        }
        CheckedMeeting c = checked(form);
        store.updateMeeting(meetingId, c.heldOn(), c.startsAt(), c.place(), user.username());
        if (meeting.published()) {
            publicationLog.record(
                    meeting.organizationId(),
                    CouncilPublicSection.ID,
                    CouncilPublicSection.meetingPath(meeting),
                    title(meeting.heldOn()),
                    PublicationLog.Action.UPDATED,
                    user.username());
        }
    }

    /** The meeting held: not before its day, with the attendance recorded. */
    public void hold(CurrentUser user, long meetingId) {
        Meeting meeting = kept(user, meetingId);
        if (!meeting.status().canMoveTo(MeetingStatus.HELD)) {
            throw Refusal.conflict("council.error.held");
        }
        if (meeting.heldOn().isAfter(regionTime.today())) {
            throw Refusal.conflict("council.error.heldInFuture");
        }
        if (store.attendance(meetingId).isEmpty()) {
            throw Refusal.conflict("council.error.noAttendance");
        }
        if (!store.hold(meetingId, user.username())) {
            throw Refusal.conflict("council.error.held");
        }
    }

    // --- agenda

    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(CurrentUser user, Meeting meeting) {
        return store.agenda(meeting.id());
    }

    public long addAgendaItem(CurrentUser user, long meetingId, String title, String speaker) {
        kept(user, meetingId);
        String clean = RussianFormats.blankToNull(title);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of("title", "council.error.itemTitle"));
        }
        String who = RussianFormats.blankToNull(speaker);
        return store.addAgendaItem(meetingId, clean, who == null ? "" : who);
    }

    /** «СЛУШАЛИ» and «РЕШИЛИ» of a question of the agenda. */
    public void recordItem(CurrentUser user, long meetingId, long itemId, String heard, String decided) {
        kept(user, meetingId);
        if (!store.recordItem(
                meetingId, itemId, RussianFormats.blankToNull(heard), RussianFormats.blankToNull(decided))) {
            throw new NotFound("agenda item", itemId);
        }
    }

    // --- attendance

    /** The members of the council on the meeting's day with their presence as recorded. */
    @Transactional(readOnly = true)
    public List<Attendance> attendance(CurrentUser user, Meeting meeting) {
        Map<Long, CouncilStore.Presenting> recorded = store.attendance(meeting.id());
        List<Attendance> rows = new ArrayList<>();
        for (Member m : store.members(meeting.councilId())) {
            CouncilStore.Presenting p = recorded.get(m.id());
            if (p != null || m.activeOn(meeting.heldOn())) {
                rows.add(new Attendance(m, p == null ? null : p.presence(), p == null ? null : p.replacedBy()));
            }
        }
        return rows;
    }

    /** One member's presence as posted. */
    public record PresenceInput(long memberId, Presence presence, String replacedBy) {}

    /** The attendance recorded at once; a member of another council or one who was no member that day is refused. */
    public void recordAttendance(CurrentUser user, long meetingId, List<PresenceInput> rows) {
        Meeting meeting = kept(user, meetingId);
        Map<Long, Member> members = new LinkedHashMap<>();
        for (Member m : store.members(meeting.councilId())) {
            if (m.activeOn(meeting.heldOn())) {
                members.put(m.id(), m);
            }
        }
        Map<Long, CouncilStore.Presenting> checked = new LinkedHashMap<>();
        for (PresenceInput row : rows) {
            if (!members.containsKey(row.memberId())) {
                throw Refusal.invalid("council.error.member");
            }
            if (row.presence() == null) {
                continue;
            }
            String replacement = RussianFormats.blankToNull(row.replacedBy());
            if (row.presence() == Presence.REPLACED && replacement == null) {
                throw Refusal.invalid(
                        "council.error.replacedBy", members.get(row.memberId()).fullName());
            }
            checked.put(
                    row.memberId(),
                    new CouncilStore.Presenting(
                            row.presence(), row.presence() == Presence.REPLACED ? replacement : null));
        }
        store.saveAttendance(meetingId, checked);
    }

    // --- materials

    /** The meeting's materials (the files of the reports are shown with their assignments). */
    @Transactional(readOnly = true)
    public List<CouncilFile> materials(CurrentUser user, Meeting meeting) {
        return store.files(meeting.id()).stream()
                .filter(f -> f.reportId() == null)
                .toList();
    }

    public void addMaterial(CurrentUser user, long meetingId, String fileName, byte[] content) {
        kept(user, meetingId);
        store.addFile(meetingId, null, checkFile(meetingId, fileName, content), user.username());
    }

    /** The file checked (inert, within the size) and room for it among the meeting's files. */
    AttachedFile checkFile(long meetingId, String fileName, byte[] content) {
        AttachedFile file = AttachedFile.checkInertOrRefuse(fileName, content, settings.maxFileBytes());
        AttachedFile.requireRoom(store.fileCount(meetingId), settings.maxFiles());
        return file;
    }

    /** A stored file with its content, for its download. */
    public record Download(String name, String contentType, byte[] bytes) {}

    /** A material of the meeting, for those who see the meeting. */
    @Transactional(readOnly = true)
    public Download material(CurrentUser user, long meetingId, long fileId) {
        Meeting meeting = meeting(user, meetingId);
        return store.content(meeting.id(), fileId)
                .filter(c -> c.reportId() == null)
                .map(c -> new Download(c.name(), c.contentType(), c.bytes()))
                .orElseThrow(() -> new NotFound("council file", fileId));
    }

    // --- publication

    /**
     * The public summary written by the secretary and whether the meeting is shown on the public
     * section of the council's organization; recorded in the publication log.
     */
    public void publication(CurrentUser user, long meetingId, String summary, boolean published) {
        Meeting meeting = kept(user, meetingId);
        String clean = RussianFormats.blankToNull(summary);
        if (published && !meeting.held()) {
            throw Refusal.conflict("council.error.publishNotHeld");
        }
        if (published && clean == null) {
            throw Refusal.invalidFields(Map.of("summary", "council.error.summary"));
        }
        store.publication(meetingId, clean, published, user.username());
        PublicationLog.Action action = published
                ? (meeting.published() ? PublicationLog.Action.UPDATED : PublicationLog.Action.PUBLISHED)
                : (meeting.published() ? PublicationLog.Action.WITHDRAWN : null);
        if (action != null) {
            publicationLog.record(
                    meeting.organizationId(),
                    CouncilPublicSection.ID,
                    CouncilPublicSection.meetingPath(meeting),
                    title(meeting.heldOn()),
                    action,
                    user.username());
        }
    }

    private static String title(LocalDate heldOn) {
        return RussianFormats.date(heldOn);
    }

    // --- the minutes

    /** Everything the minutes DOCX shows (the export logged). */
    public CouncilMinutes.Data minutes(CurrentUser user, long meetingId) {
        Meeting meeting = meeting(user, meetingId);
        List<Attendance> attendance = attendance(user, meeting);
        if (attendance.stream().anyMatch(a -> a.member().employeeId() != null)) {
            accessLog.record(
                    AccessAction.EXPORT,
                    SUBJECT,
                    meeting.councilId(),
                    meeting.organizationId(),
                    "minutes " + meetingId);
        }
        return new CouncilMinutes.Data(meeting, attendance, store.agenda(meetingId), store.assignments(meetingId));
    }

    // --- the public section (no user: published data only)

    /** A member as the public section shows him: name, post, body and role, nothing else. */
    public record PublicMember(String fullName, String post, String body, CouncilRole role) {}

    /** A decision as the public section lists it: to whom, what, by when. */
    public record PublicDecision(Long agendaItemId, String executorName, String text, LocalDate dueOn) {}

    /** The council's public page: its name, the members today, the published meetings. */
    public record PublicCouncil(String name, List<PublicMember> members, List<Meeting> meetings) {}

    /** A published meeting's public page. */
    public record PublicMeeting(Meeting meeting, List<AgendaItem> agenda, List<PublicDecision> decisions) {}

    /** The council of the organization with a published meeting; otherwise not found. */
    @Transactional(readOnly = true)
    public PublicCouncil publicCouncil(long organizationId) {
        List<Meeting> meetings = store.publishedMeetings(organizationId);
        Council council = store.councilOf(organizationId)
                .filter(c -> !meetings.isEmpty())
                .orElseThrow(() -> new NotFound("council", organizationId));
        LocalDate today = regionTime.today();
        List<PublicMember> members = store.members(council.id()).stream()
                .filter(m -> m.activeOn(today))
                .map(m -> new PublicMember(m.fullName(), m.post(), m.body(), m.role()))
                .toList();
        return new PublicCouncil(council.name(), members, meetings);
    }

    /** A published meeting of the organization's council; a meeting not published is not found. */
    @Transactional(readOnly = true)
    public PublicMeeting publicMeeting(long organizationId, long meetingId) {
        Meeting meeting = store.publishedMeeting(organizationId, meetingId)
                .orElseThrow(() -> new NotFound("council meeting", meetingId));
        return new PublicMeeting(
                meeting,
                store.agenda(meetingId),
                store.assignments(meetingId).stream()
                        .map(a -> new PublicDecision(a.agendaItemId(), a.executorName(), a.text(), a.dueOn()))
                        .toList());
    }
}
