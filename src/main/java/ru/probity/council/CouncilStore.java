package ru.probity.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.council.model.AssignmentStatus;
import ru.probity.council.model.CouncilRole;
import ru.probity.council.model.MeetingStatus;
import ru.probity.council.model.Presence;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.RegionTime;

/**
 * The tables of the council: {@code council}, {@code council_member}, {@code council_meeting},
 * {@code council_agenda_item}, {@code council_attendance}, {@code council_assignment}, {@code
 * council_assignment_report} and {@code council_file}; it reads the published {@code organization},
 * {@code employee}, {@code org_subtree} and {@code app_user}. A council and its meetings are seen by
 * the users whose subtree holds the council's organization ({@code :me}); an assignment also by those
 * whose subtree holds its executor.
 */
@Repository
class CouncilStore {

    private static final String COUNCIL_IN_SUBTREE =
            " c.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me) ";

    private static final String COUNCIL = """
            select c.id, c.organization_id, o.name as organization_name, c.name,
                   (select count(*) from council_meeting m where m.council_id = c.id) as meetings
            from council c join organization o on o.id = c.organization_id
            """;

    private static final String MEETING = """
            select m.id, m.council_id, c.name as council_name, c.organization_id, o.name as organization_name,
                   m.held_on, m.starts_at, m.place, m.status, m.summary, m.published, m.updated_at
            from council_meeting m
            join council c on c.id = m.council_id
            join organization o on o.id = c.organization_id
            """;

    private static final String ASSIGNMENT = """
            select a.id, a.meeting_id, m.held_on, c.id as council_id, c.name as council_name,
                   c.organization_id as council_organization_id, a.agenda_item_id, i.title as agenda_title,
                   a.executor_id, x.name as executor_name, a.text, a.expected_result, a.due_on, a.status,
                   (a.status in ('OPEN', 'RETURNED') and a.due_on < :today) as overdue
            from council_assignment a
            join council_meeting m on m.id = a.meeting_id
            join council c on c.id = m.council_id
            join organization x on x.id = a.executor_id
            left join council_agenda_item i on i.id = a.agenda_item_id
            """;

    /** Seen by the council's side or the executor's side. */
    private static final String ASSIGNMENT_VISIBLE = """
             (c.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me)
              or a.executor_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me)) """;

    private static final String EXECUTOR_IN_SUBTREE =
            " a.executor_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me) ";

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    CouncilStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    private LocalDate today() {
        return regionTime.today();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Council council(ResultSet rs, int n) throws SQLException {
        return new Council(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("name"),
                rs.getInt("meetings"));
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("council_id"),
                (Long) rs.getObject("employee_id"),
                rs.getString("full_name"),
                rs.getString("body"),
                rs.getString("post"),
                CouncilRole.valueOf(rs.getString("role")),
                rs.getObject("member_from", LocalDate.class),
                rs.getObject("member_to", LocalDate.class));
    }

    private static Meeting meeting(ResultSet rs, int n) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("council_id"),
                rs.getString("council_name"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getObject("held_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getString("place"),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getString("summary"),
                rs.getBoolean("published"),
                instant(rs, "updated_at"));
    }

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        return new Assignment(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getObject("held_on", LocalDate.class),
                rs.getLong("council_id"),
                rs.getString("council_name"),
                rs.getLong("council_organization_id"),
                (Long) rs.getObject("agenda_item_id"),
                rs.getString("agenda_title"),
                rs.getLong("executor_id"),
                rs.getString("executor_name"),
                rs.getString("text"),
                rs.getString("expected_result"),
                rs.getObject("due_on", LocalDate.class),
                AssignmentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("overdue"));
    }

    // --- the tree

    boolean inSubtree(long ancestorId, long organizationId) {
        return jdbc.sql("select exists (select 1 from org_subtree where ancestor_id = :a and organization_id = :o)")
                .param("a", ancestorId)
                .param("o", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** Whether the organization is the root of the tree (the region itself). */
    boolean isRoot(long organizationId) {
        return jdbc.sql("select parent_id is null from organization where id = ?")
                .param(organizationId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** An employee's card in the subtree of {@code me}: his name, post and organization. */
    record Card(long id, String fullName, String post, String organizationName) {}

    Optional<Card> card(long me, long employeeId) {
        return jdbc.sql("""
                        select e.id, e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as full_name,
                               coalesce(e.post, '') as post, o.name as organization_name
                        from employee e join organization o on o.id = e.organization_id
                        where e.id = :id and e.organization_id in
                              (select s.organization_id from org_subtree s where s.ancestor_id = :me)""")
                .param("id", employeeId)
                .param("me", me)
                .query((rs, n) -> new Card(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("post"),
                        rs.getString("organization_name")))
                .optional();
    }

    // --- councils

    List<Council> councils(long me) {
        return jdbc.sql(COUNCIL + " where " + COUNCIL_IN_SUBTREE + " order by o.name, c.id")
                .param("me", me)
                .query(CouncilStore::council)
                .list();
    }

    Optional<Council> council(long me, long id) {
        return jdbc.sql(COUNCIL + " where c.id = :id and " + COUNCIL_IN_SUBTREE)
                .param("id", id)
                .param("me", me)
                .query(CouncilStore::council)
                .optional();
    }

    Optional<Council> councilOf(long organizationId) {
        return jdbc.sql(COUNCIL + " where c.organization_id = ?")
                .param(organizationId)
                .query(CouncilStore::council)
                .optional();
    }

    long createCouncil(long organizationId, String name, String actor) {
        return jdbc.sql("""
                        insert into council (organization_id, name, created_by, updated_by) values (?, ?, ?, ?)
                        on conflict (organization_id) do nothing returning id""")
                .params(organizationId, name, actor, actor)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    void renameCouncil(long id, String name, String actor) {
        jdbc.sql("update council set name = ?, updated_by = ?, updated_at = now() where id = ?")
                .params(name, actor, id)
                .update();
    }

    // --- members

    List<Member> members(long councilId) {
        return jdbc.sql("""
                        select * from council_member where council_id = ?
                        order by case role when 'CHAIR' then 0 when 'DEPUTY_CHAIR' then 1 when 'SECRETARY' then 2
                                 else 3 end, full_name, id""").param(councilId).query(CouncilStore::member).list();
    }

    long addMember(
            long councilId,
            Long employeeId,
            String fullName,
            String body,
            String post,
            CouncilRole role,
            LocalDate from,
            LocalDate to,
            String actor) {
        return jdbc.sql("""
                        insert into council_member (council_id, employee_id, full_name, body, post, role, member_from,
                                                    member_to, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(councilId, employeeId, fullName, body, post, role.name(), from, to, actor, actor)
                .query(Long.class)
                .single();
    }

    /** Ends the membership on {@code to}; false if the member is not of the council or the day is before his start. */
    boolean endMember(long councilId, long memberId, LocalDate to, String actor) {
        return jdbc.sql("""
                                update council_member set member_to = ?, updated_by = ?, updated_at = now()
                                where id = ? and council_id = ? and member_from <= ?""").params(to, actor, memberId, councilId, to).update() == 1;
    }

    // --- meetings

    List<Meeting> meetings(long councilId) {
        return jdbc.sql(MEETING + " where m.council_id = ? order by m.held_on desc, m.id desc")
                .param(councilId)
                .query(CouncilStore::meeting)
                .list();
    }

    Optional<Meeting> meeting(long me, long id) {
        return jdbc.sql(MEETING + " where m.id = :id and " + COUNCIL_IN_SUBTREE)
                .param("id", id)
                .param("me", me)
                .query(CouncilStore::meeting)
                .optional();
    }

    long createMeeting(long councilId, LocalDate heldOn, LocalTime startsAt, String place, String actor) {
        return jdbc.sql("""
                        insert into council_meeting (council_id, held_on, starts_at, place, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(councilId, heldOn, startsAt, place, actor, actor)
                .query(Long.class)
                .single();
    }

    void updateMeeting(long id, LocalDate heldOn, LocalTime startsAt, String place, String actor) {
        jdbc.sql("""
                        update council_meeting set held_on = ?, starts_at = ?, place = ?, updated_by = ?, updated_at = now()
                        where id = ?""").params(heldOn, startsAt, place, actor, id).update();
    }

    boolean hold(long id, String actor) {
        return jdbc.sql("""
                                update council_meeting set status = 'HELD', updated_by = ?, updated_at = now()
                                where id = ? and status = 'ANNOUNCED'""").params(actor, id).update() == 1;
    }

    void publication(long id, String summary, boolean published, String actor) {
        jdbc.sql("""
                        update council_meeting set summary = ?, published = ?,
                               published_at = case when ? then coalesce(published_at, now()) else null end,
                               updated_by = ?, updated_at = now()
                        where id = ?""").params(summary, published, published, actor, id).update();
    }

    // --- agenda

    List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("""
                        select id, meeting_id, position, title, speaker, heard, decided from council_agenda_item
                        where meeting_id = ? order by position""")
                .param(meetingId)
                .query((rs, n) -> new AgendaItem(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("speaker"),
                        rs.getString("heard"),
                        rs.getString("decided")))
                .list();
    }

    long addAgendaItem(long meetingId, String title, String speaker) {
        return jdbc.sql("""
                        insert into council_agenda_item (meeting_id, position, title, speaker)
                        values (:m, (select coalesce(max(position), 0) + 1 from council_agenda_item where meeting_id = :m),
                                :title, :speaker) returning id""")
                .param("m", meetingId)
                .param("title", title)
                .param("speaker", speaker)
                .query(Long.class)
                .single();
    }

    boolean recordItem(long meetingId, long itemId, String heard, String decided) {
        return jdbc.sql("update council_agenda_item set heard = ?, decided = ? where id = ? and meeting_id = ?")
                        .params(heard, decided, itemId, meetingId)
                        .update()
                == 1;
    }

    // --- attendance

    record Presenting(Presence presence, String replacedBy) {}

    Map<Long, Presenting> attendance(long meetingId) {
        Map<Long, Presenting> found = new LinkedHashMap<>();
        jdbc.sql("select member_id, presence, replaced_by from council_attendance where meeting_id = ?")
                .param(meetingId)
                .query(rs -> {
                    found.put(rs.getLong(1), new Presenting(Presence.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return found;
    }

    void saveAttendance(long meetingId, Map<Long, Presenting> attendance) {
        jdbc.sql("delete from council_attendance where meeting_id = ?")
                .param(meetingId)
                .update();
        for (var e : attendance.entrySet()) {
            jdbc.sql("""
                            insert into council_attendance (meeting_id, member_id, presence, replaced_by)
                            values (?, ?, ?, ?)""")
                    .params(
                            meetingId,
                            e.getKey(),
                            e.getValue().presence().name(),
                            e.getValue().replacedBy())
                    .update();
        }
    }

    // --- files

    long addFile(long meetingId, Long reportId, AttachedFile file, String actor) {
        return jdbc.sql("""
                        insert into council_file (meeting_id, report_id, name, content_type, size, sha256, content,
                                                  uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        meetingId,
                        reportId,
                        file.name(),
                        file.type().contentType(),
                        file.content().length,
                        file.sha256(),
                        file.content(),
                        actor)
                .query(Long.class)
                .single();
    }

    int fileCount(long meetingId) {
        return jdbc.sql("select count(*) from council_file where meeting_id = ?")
                .param(meetingId)
                .query(Integer.class)
                .single();
    }

    List<CouncilFile> files(long meetingId) {
        return jdbc.sql("""
                        select f.id, f.report_id, f.name, f.content_type, f.size, f.uploaded_at,
                               coalesce(u.full_name, f.uploaded_by) as uploaded_by
                        from council_file f left join app_user u on u.username = f.uploaded_by
                        where f.meeting_id = ? order by f.id""")
                .param(meetingId)
                .query((rs, n) -> new CouncilFile(
                        rs.getLong("id"),
                        (Long) rs.getObject("report_id"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        instant(rs, "uploaded_at"),
                        rs.getString("uploaded_by")))
                .list();
    }

    record Content(Long reportId, String name, String contentType, byte[] bytes) {}

    Optional<Content> content(long meetingId, long fileId) {
        return jdbc.sql(
                        "select report_id, name, content_type, content from council_file where meeting_id = ? and id = ?")
                .params(meetingId, fileId)
                .query((rs, n) -> new Content((Long) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /** The assignment a report's file belongs to. */
    Optional<Long> assignmentOfReport(long reportId) {
        return jdbc.sql("select assignment_id from council_assignment_report where id = ?")
                .param(reportId)
                .query(Long.class)
                .optional();
    }

    // --- assignments

    record Filter(AssignmentStatus status, boolean overdueOnly, Long executorId, Long councilId) {}

    List<Assignment> assignments(long meetingId) {
        return jdbc.sql(ASSIGNMENT + " where a.meeting_id = :m order by a.agenda_item_id nulls last, a.id")
                .param("m", meetingId)
                .param("today", today())
                .query(CouncilStore::assignment)
                .list();
    }

    List<Assignment> assignments(long me, Filter filter) {
        StringBuilder sql = new StringBuilder(ASSIGNMENT).append(" where ").append(ASSIGNMENT_VISIBLE);
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("me", me);
        statement.put("today", today());
        if (filter.status() != null) {
            sql.append(" and a.status = :status");
            statement.put("status", filter.status().name());
        }
        if (filter.overdueOnly()) {
            sql.append(" and a.status in ('OPEN', 'RETURNED') and a.due_on < :today");
        }
        if (filter.executorId() != null) {
            sql.append(
                    " and a.executor_id in (select s.organization_id from org_subtree s where s.ancestor_id = :executor)");
            statement.put("executor", filter.executorId());
        }
        if (filter.councilId() != null) {
            sql.append(" and c.id = :council");
            statement.put("council", filter.councilId());
        }
        sql.append(" order by (a.status in ('OPEN', 'RETURNED') and a.due_on < :today) desc,"
                + " (a.status = 'DONE'), a.due_on, a.id limit 2000");
        return jdbc.sql(sql.toString())
                .params(statement)
                .query(CouncilStore::assignment)
                .list();
    }

    Optional<Assignment> assignment(long me, long id) {
        return jdbc.sql(ASSIGNMENT + " where a.id = :id and " + ASSIGNMENT_VISIBLE)
                .param("id", id)
                .param("me", me)
                .param("today", today())
                .query(CouncilStore::assignment)
                .optional();
    }

    long addAssignment(
            long meetingId,
            Long agendaItemId,
            long executorId,
            String text,
            String expectedResult,
            LocalDate dueOn,
            String actor) {
        return jdbc.sql("""
                        insert into council_assignment (meeting_id, agenda_item_id, executor_id, text, expected_result,
                                                        due_on, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(meetingId, agendaItemId, executorId, text, expectedResult, dueOn, actor, actor)
                .query(Long.class)
                .single();
    }

    /** Removes an open assignment no report was sent on; false if it has one or is no longer open. */
    boolean removeUnreported(long meetingId, long id) {
        return jdbc.sql("""
                                delete from council_assignment a where a.id = ? and a.meeting_id = ? and a.status = 'OPEN'
                                  and not exists (select 1 from council_assignment_report r where r.assignment_id = a.id)""").params(id, meetingId).update() == 1;
    }

    /** Moves the assignment from {@code from} to {@code to}; false if it was no longer in {@code from}. */
    boolean move(long id, AssignmentStatus from, AssignmentStatus to, String actor) {
        return jdbc.sql("""
                                update council_assignment set status = ?, updated_by = ?, updated_at = now()
                                where id = ? and status = ?""").params(to.name(), actor, id, from.name()).update() == 1;
    }

    long addReport(long assignmentId, String text, String actor) {
        return jdbc.sql("""
                        insert into council_assignment_report (assignment_id, text, reported_by)
                        values (?, ?, ?) returning id""").params(assignmentId, text, actor).query(Long.class).single();
    }

    /** Who sent the assignment's last report, if any. */
    Optional<String> lastReporter(long assignmentId) {
        return jdbc.sql(
                        "select reported_by from council_assignment_report where assignment_id = ? order by id desc limit 1")
                .param(assignmentId)
                .query(String.class)
                .optional();
    }

    void decide(long assignmentId, String decision, String remark, String actor) {
        jdbc.sql("""
                        update council_assignment_report set decision = ?, remark = ?, decided_by = ?, decided_at = now()
                        where assignment_id = ? and decision is null""").params(decision, remark, actor, assignmentId).update();
    }

    List<AssignmentReport> reports(long assignmentId) {
        return jdbc.sql("""
                        select x.id, x.assignment_id, x.text, x.reported_at,
                               coalesce(ru.full_name, x.reported_by) as reported_by, x.decision, x.remark, x.decided_at,
                               coalesce(du.full_name, x.decided_by) as decided_by
                        from council_assignment_report x
                        left join app_user ru on ru.username = x.reported_by
                        left join app_user du on du.username = x.decided_by
                        where x.assignment_id = ? order by x.id""")
                .param(assignmentId)
                .query((rs, n) -> new AssignmentReport(
                        rs.getLong("id"),
                        rs.getLong("assignment_id"),
                        rs.getString("text"),
                        instant(rs, "reported_at"),
                        rs.getString("reported_by"),
                        rs.getString("decision"),
                        rs.getString("remark"),
                        instant(rs, "decided_at"),
                        rs.getString("decided_by"),
                        List.of()))
                .list();
    }

    // --- «Мои задачи»

    /** Assignments to the subtree of {@code me} that wait on a report. */
    List<Assignment> awaitingReport(long me) {
        return jdbc.sql(ASSIGNMENT + " where a.status in ('OPEN', 'RETURNED') and " + EXECUTOR_IN_SUBTREE
                        + " order by a.due_on, a.id")
                .param("me", me)
                .param("today", today())
                .query(CouncilStore::assignment)
                .list();
    }

    record Reported(Assignment assignment, Instant reportedAt) {}

    /** Reported assignments of the councils in the subtree of {@code me}, with when the last report came. */
    List<Reported> awaitingReview(long me) {
        return jdbc.sql(ASSIGNMENT.replace(
                                "from council_assignment a",
                                ", (select max(r.reported_at) from council_assignment_report r"
                                        + " where r.assignment_id = a.id) as reported_at from council_assignment a")
                        + " where a.status = 'REPORTED' and " + COUNCIL_IN_SUBTREE + " order by a.id")
                .param("me", me)
                .param("today", today())
                .query((rs, n) -> new Reported(assignment(rs, n), instant(rs, "reported_at")))
                .list();
    }

    // --- the public section

    /** Whether the organization's council has a published meeting. */
    boolean hasPublished(long organizationId) {
        return jdbc.sql("""
                        select exists (select 1 from council_meeting m join council c on c.id = m.council_id
                                       where c.organization_id = ? and m.published)""").param(organizationId).query(Boolean.class).single();
    }

    List<Meeting> publishedMeetings(long organizationId) {
        return jdbc.sql(MEETING + " where c.organization_id = ? and m.published order by m.held_on desc, m.id desc")
                .param(organizationId)
                .query(CouncilStore::meeting)
                .list();
    }

    Optional<Meeting> publishedMeeting(long organizationId, long id) {
        return jdbc.sql(MEETING + " where m.id = ? and c.organization_id = ? and m.published")
                .params(id, organizationId)
                .query(CouncilStore::meeting)
                .optional();
    }

    /** The published meetings whose summary or agenda holds the words, newest first. */
    List<Meeting> searchPublished(long organizationId, String query, int limit) {
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(MEETING + """
                         where c.organization_id = :org and m.published
                           and (m.summary ilike :q or exists (select 1 from council_agenda_item i
                                where i.meeting_id = m.id and i.title ilike :q))
                         order by m.held_on desc limit :limit""")
                .param("org", organizationId)
                .param("q", like)
                .param("limit", limit)
                .query(CouncilStore::meeting)
                .list();
    }
}
