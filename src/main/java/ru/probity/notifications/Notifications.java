package ru.probity.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.WorkingDays;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications and their course: filed online by an employee or registered from paper by the
 * officer; registration with a gap-free number per organization, kind and year; the preliminary
 * review with a motivated conclusion; sending to the commission or closing. An employee sees his
 * own notifications; officers and the regional administrator keep those of their subtree; the head
 * and the auditor read them; a commission member reads those sent to the commission. Every read
 * and change is written to the access log.
 */
@Service
@Transactional
public class Notifications {

    static final String SUBJECT = "NOTIFICATION";
    static final int MAX_CONCLUSION = 8000;

    private static final Set<Role> READERS = Set.of(
            Role.REGIONAL_ADMIN,
            Role.ANTICORRUPTION_OFFICER,
            Role.ORGANIZATION_HEAD,
            Role.AUDITOR,
            Role.COMMISSION_MEMBER);
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {};

    private static final String CARD = """
            select n.*, o.path as organization_path, o.name as organization_name
            from notification n join organization o on o.id = n.organization_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final NotificationFiles files;
    private final int reviewWorkingDays;

    Notifications(
            JdbcClient jdbc,
            JsonMapper json,
            Organizations organizations,
            AccessLog accessLog,
            ApplicationEventPublisher events,
            NotificationFiles files,
            @Value("${probity.notifications.review-working-days:7}") int reviewWorkingDays) {
        this.jdbc = jdbc;
        this.json = json;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.events = events;
        this.files = files;
        this.reviewWorkingDays = reviewWorkingDays;
    }

    /** A file as uploaded. */
    public record Upload(String name, byte[] content) {}

    /** A line of a notification's history. */
    public record HistoryEntry(String action, String detail, String actor, Instant at) {}

    /** Filters of the register; {@code organizationId} narrows to one organization's journal. */
    public record Filter(
            NotificationKind kind,
            NotificationStatus status,
            Long organizationId,
            Integer year,
            String query,
            boolean overdueOnly) {}

    // ---------------------------------------------------------------- who may do what

    /** Keeps the registers: registers, reviews, sends to the commission, closes. */
    public static boolean keeps(CurrentUser user) {
        return user.role().managesRegistry();
    }

    /** Reads the registers of his subtree (a commission member: what was sent to the commission). */
    public static boolean readsRegisters(CurrentUser user) {
        return READERS.contains(user.role());
    }

    /** Files notifications himself: anyone with his own employee record. */
    public static boolean files(CurrentUser user) {
        return user.employeeId() != null;
    }

    private boolean mayRead(CurrentUser user, Notification n) {
        if (user.employeeId() != null && user.employeeId().equals(n.employeeId())) {
            return true;
        }
        if (!readsRegisters(user) || !n.organizationPath().startsWith(organizations.scopePath(user))) {
            return false;
        }
        return user.role() != Role.COMMISSION_MEMBER
                || n.status() == NotificationStatus.SENT_TO_COMMISSION
                || n.status() == NotificationStatus.DECIDED;
    }

    /**
     * A notification the officer handles: in his subtree, and not his own — an officer's own
     * notification is reviewed by another officer or the head, never by himself.
     */
    private Notification kept(CurrentUser user, long id) {
        requireKeeper(user);
        Notification n = visible(user, id, true);
        if (user.employeeId() != null && user.employeeId().equals(n.employeeId())) {
            throw new NotificationRefused("notifications.error.own");
        }
        return n;
    }

    private static void requireKeeper(CurrentUser user) {
        if (!keeps(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not keep the registers of notifications");
        }
    }

    // ---------------------------------------------------------------- reading

    Notification row(ResultSet rs, int n) throws SQLException {
        return new Notification(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_path"),
                rs.getString("organization_name"),
                NotificationKind.valueOf(rs.getString("kind")),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getString("channel"),
                (Long) rs.getObject("employee_id"),
                rs.getString("person_name"),
                rs.getString("person_post"),
                rs.getString("sender"),
                rs.getString("summary"),
                json.readValue(rs.getString("details"), DETAILS),
                rs.getBoolean("attend_meeting"),
                date(rs.getDate("submitted_on")),
                rs.getString("registration_number"),
                date(rs.getDate("registered_on")),
                rs.getString("registered_by"),
                date(rs.getDate("review_by")),
                rs.getString("conclusion"),
                date(rs.getDate("concluded_on")),
                rs.getString("concluded_by"),
                date(rs.getDate("sent_to_commission_on")),
                date(rs.getDate("closed_on")),
                rs.getString("outcome"),
                date(rs.getDate("commission_decided_on")),
                rs.getString("commission_decision"),
                rs.getString("created_by"));
    }

    static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private Notification load(long id, boolean forUpdate) {
        return jdbc.sql(CARD + " where n.id = ?" + (forUpdate ? " for update of n" : ""))
                .param(id)
                .query(this::row)
                .optional()
                .orElseThrow(() -> new NotificationNotFound("notification", id));
    }

    private Notification visible(CurrentUser user, long id, boolean forUpdate) {
        Notification n = load(id, forUpdate);
        if (!mayRead(user, n)) {
            throw new AccessDeniedException("Notification " + id + " is not for " + user.username());
        }
        return n;
    }

    /** The card; the reading is logged. */
    public Notification get(CurrentUser user, long id) {
        Notification n = visible(user, id, false);
        accessLog.record(AccessAction.READ, SUBJECT, id, n.organizationId(), null);
        return n;
    }

    /** The employee's own notifications, newest first. */
    public List<Notification> mine(CurrentUser user) {
        if (user.employeeId() == null) {
            return List.of();
        }
        List<Notification> found = jdbc.sql(CARD + " where n.employee_id = ? order by n.id desc")
                .param(user.employeeId())
                .query(this::row)
                .list();
        logList(found, "own");
        return found;
    }

    /**
     * The register of the user's subtree: unregistered first, then newest; in journal order (by
     * number) when narrowed to one organization, kind and year.
     */
    public List<Notification> register(CurrentUser user, Filter filter, int limit) {
        if (!readsRegisters(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not read the registers of notifications");
        }
        boolean journal = filter.organizationId() != null && filter.kind() != null && filter.year() != null;
        List<Notification> found = jdbc.sql(CARD + """
                where o.path like :scope || '%'
                  and (not :member or n.status in ('SENT_TO_COMMISSION', 'DECIDED'))
                  and (cast(:kind as text) is null or n.kind = :kind)
                  and (cast(:status as text) is null or n.status = :status)
                  and (cast(:organization as bigint) is null or n.organization_id = :organization)
                  and (cast(:year as int) is null
                       or coalesce(n.registration_year, extract(year from n.submitted_on)::int) = :year)
                  and (:q = '' or n.person_name ilike '%' || :q || '%' or n.registration_number ilike '%' || :q || '%')
                order by"""
                        + (journal
                                ? " n.registration_seq nulls last, n.id"
                                : " (n.status = 'SUBMITTED') desc, n.id desc")
                        + " limit :limit")
                .param("scope", organizations.scopePath(user))
                .param("member", user.role() == Role.COMMISSION_MEMBER)
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("organization", filter.organizationId())
                .param("year", filter.year())
                .param("q", filter.query() == null ? "" : filter.query().strip())
                .param("limit", limit)
                .query(this::row)
                .list();
        if (filter.overdueOnly()) {
            found = found.stream().filter(Notification::overdue).toList();
        }
        logList(found, "register");
        return found;
    }

    private void logList(List<Notification> found, String details) {
        accessLog.recordEach(
                AccessAction.READ,
                SUBJECT,
                found.stream()
                        .map(n -> new AccessLog.Subject(n.id(), n.organizationId()))
                        .toList(),
                details);
    }

    public List<NotificationFiles.Info> files(CurrentUser user, long id) {
        visible(user, id, false);
        return files.list(id);
    }

    /** A file's content; the reading is logged. */
    public NotificationFiles.Content file(CurrentUser user, long id, long fileId) {
        Notification n = visible(user, id, false);
        NotificationFiles.Content content = files.content(id, fileId);
        accessLog.record(AccessAction.READ, SUBJECT, id, n.organizationId(), "file " + fileId);
        return content;
    }

    public List<HistoryEntry> history(CurrentUser user, long id) {
        visible(user, id, false);
        return jdbc.sql(
                        "select action, detail, actor, at from notification_history where notification_id = ? order by id")
                .param(id)
                .query((rs, n) -> new HistoryEntry(
                        rs.getString("action"),
                        rs.getString("detail"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    public long maxFileMb() {
        return files.maxFileMb();
    }

    // ---------------------------------------------------------------- filing and registration

    /** The employee files a notification online; it awaits registration by the officer. */
    public long file(CurrentUser user, NotificationForm form, List<Upload> uploads) {
        if (!files(user)) {
            throw new AccessDeniedException("Only an employee with his own record files notifications");
        }
        if (form.getKind() != null && !form.getKind().online()) {
            throw new NotificationRefused("notifications.error.notOnline");
        }
        Map<String, String> errors = form.validate(false);
        if (!errors.isEmpty()) {
            throw new InvalidNotification(errors);
        }
        List<AttachedFile> checked = files.check(uploads);
        var employee = jdbc.sql("""
                select organization_id, last_name || ' ' || first_name || coalesce(' ' || middle_name, '') as name, post
                from employee where id = ?""")
                .param(user.employeeId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .optional()
                .orElseThrow(() -> new AccessDeniedException("No employee record for " + user.username()));
        long organizationId = (Long) employee[0];
        long id = insert(
                form,
                organizationId,
                user.employeeId(),
                (String) employee[1],
                (String) employee[2],
                null,
                "ONLINE",
                LocalDate.now(),
                user);
        files.store(id, checked, user.username());
        history(id, "SUBMITTED", form.getKind().name(), user.username());
        accessLog.record(
                AccessAction.CREATE, SUBJECT, id, organizationId, form.getKind().name());
        return id;
    }

    /** The officer registers a notification that arrived on paper: it gets its number at once. */
    public long registerPaper(CurrentUser user, NotificationForm form, List<Upload> uploads) {
        requireKeeper(user);
        Map<String, String> errors = form.validate(true);
        if (form.getOrganizationId() != null && !organizations.isVisible(user, form.getOrganizationId())) {
            errors.put("organizationId", "notifications.error.organization");
        }
        if (!errors.isEmpty()) {
            throw new InvalidNotification(errors);
        }
        List<AttachedFile> checked = files.check(uploads);
        String name = NotificationForm.trim(form.getPersonName());
        Long employeeId = employeeNamed(form.getOrganizationId(), name);
        LocalDate received = form.getReceivedOn() == null ? LocalDate.now() : form.getReceivedOn();
        long id = insert(
                form,
                form.getOrganizationId(),
                employeeId,
                name,
                NotificationForm.trim(form.getPersonPost()),
                NotificationForm.trim(form.getSender()),
                "PAPER",
                received,
                user);
        files.store(id, checked, user.username());
        history(id, "RECEIVED_ON_PAPER", received.toString(), user.username());
        accessLog.record(
                AccessAction.CREATE,
                SUBJECT,
                id,
                form.getOrganizationId(),
                form.getKind().name());
        register(user, id);
        return id;
    }

    /** The one employee of the organization with exactly this name (in any case, ё as е), if any. */
    private Long employeeNamed(long organizationId, String name) {
        List<Long> ids =
                jdbc.sql("""
                select id from employee where organization_id = ? and search_name = probity_search_text(?)
                order by active desc, id limit 2""").params(organizationId, name).query(Long.class).list();
        return ids.size() == 1 ? ids.getFirst() : null;
    }

    private long insert(
            NotificationForm form,
            long organizationId,
            Long employeeId,
            String personName,
            String personPost,
            String sender,
            String channel,
            LocalDate submittedOn,
            CurrentUser user) {
        return jdbc.sql("""
                insert into notification (organization_id, kind, status, channel, employee_id, person_name, person_post,
                  sender, summary, details, attend_meeting, submitted_on, created_by, updated_by)
                values (?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(
                        organizationId,
                        form.getKind().name(),
                        channel,
                        employeeId,
                        personName,
                        personPost,
                        sender,
                        NotificationForm.trim(form.getSummary()),
                        json.writeValueAsString(form.cleanDetails()),
                        form.isAttendMeeting(),
                        submittedOn,
                        user.username(),
                        user.username())
                .query(Long.class)
                .single();
    }

    /**
     * Registers a notification: the next number of its organization's register of its kind for the
     * year. The counter row's lock serializes concurrent registrations; a rollback returns the number.
     */
    public String register(CurrentUser user, long id) {
        Notification n = kept(user, id);
        if (n.status() != NotificationStatus.SUBMITTED) {
            throw new NotificationRefused("notifications.error.alreadyRegistered");
        }
        LocalDate today = LocalDate.now();
        int seq = jdbc.sql("""
                insert into notification_counter (organization_id, kind, year, last) values (?, ?, ?, 1)
                on conflict (organization_id, kind, year) do update set last = notification_counter.last + 1
                returning last""")
                .params(n.organizationId(), n.kind().name(), today.getYear())
                .query(Integer.class)
                .single();
        String number = n.kind().number(seq, today.getYear());
        jdbc.sql("""
                update notification set status = 'REGISTERED', registration_year = ?, registration_seq = ?,
                  registration_number = ?, registered_on = ?, registered_by = ?, review_by = ?, updated_by = ?,
                  updated_at = now()
                where id = ?""")
                .params(
                        today.getYear(),
                        seq,
                        number,
                        today,
                        user.fullName(),
                        WorkingDays.plus(today, reviewWorkingDays),
                        user.username(),
                        id)
                .update();
        history(id, "REGISTERED", number, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "registered " + number);
        return number;
    }

    /** The officer's motivated conclusion on the preliminary review (may be rewritten until sent). */
    public void conclude(CurrentUser user, long id, String conclusion) {
        Notification n = kept(user, id);
        if (n.status() != NotificationStatus.REGISTERED && n.status() != NotificationStatus.REVIEWED) {
            throw new NotificationRefused("notifications.error.notUnderReview");
        }
        String text = NotificationForm.trim(conclusion);
        if (text == null) {
            throw new NotificationRefused("notifications.error.conclusion");
        }
        if (text.length() > MAX_CONCLUSION) {
            throw new NotificationRefused("notifications.error.tooLong");
        }
        jdbc.sql("""
                update notification set status = 'REVIEWED', conclusion = ?, concluded_on = current_date,
                  concluded_by = ?, updated_by = ?, updated_at = now() where id = ?""").params(text, user.fullName(), user.username(), id).update();
        history(id, "CONCLUDED", null, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "conclusion");
    }

    /** Sends a reviewed notification to the commission: the commission opens a case from the event. */
    public void sendToCommission(CurrentUser user, long id) {
        Notification n = kept(user, id);
        if (n.status() != NotificationStatus.REVIEWED) {
            throw new NotificationRefused("notifications.error.conclusionFirst");
        }
        jdbc.sql("""
                update notification set status = 'SENT_TO_COMMISSION', sent_to_commission_on = current_date,
                  updated_by = ?, updated_at = now() where id = ?""").params(user.username(), id).update();
        history(id, "SENT_TO_COMMISSION", null, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "sent to the commission");
        events.publishEvent(new NotificationSentToCommission(
                id,
                n.organizationId(),
                n.employeeId(),
                n.kind(),
                n.registrationNumber(),
                n.registeredOn(),
                n.personName(),
                n.personPost(),
                n.summary(),
                n.conclusion()));
    }

    /** Closes a registered notification without the commission, with the result written down. */
    public void close(CurrentUser user, long id, String outcome) {
        Notification n = kept(user, id);
        if (n.status() != NotificationStatus.REGISTERED && n.status() != NotificationStatus.REVIEWED) {
            throw new NotificationRefused("notifications.error.notUnderReview");
        }
        String text = NotificationForm.trim(outcome);
        if (text == null) {
            throw new NotificationRefused("notifications.error.outcome");
        }
        if (text.length() > NotificationForm.MAX_TEXT) {
            throw new NotificationRefused("notifications.error.tooLong");
        }
        jdbc.sql("""
                update notification set status = 'CLOSED', closed_on = current_date, outcome = ?, updated_by = ?,
                  updated_at = now() where id = ?""").params(text, user.username(), id).update();
        history(id, "CLOSED", null, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "closed");
    }

    /** Adds documents to a registered notification (materials of the review, the paper original's scan). */
    public void addFiles(CurrentUser user, long id, List<Upload> uploads) {
        Notification n = kept(user, id);
        if (n.status() != NotificationStatus.SUBMITTED
                && n.status() != NotificationStatus.REGISTERED
                && n.status() != NotificationStatus.REVIEWED) {
            throw new NotificationRefused("notifications.error.notUnderReview");
        }
        List<AttachedFile> checked = files.check(uploads);
        if (checked.isEmpty()) {
            throw new NotificationRefused("notifications.file.none");
        }
        files.store(id, checked, user.username());
        history(id, "FILES_ADDED", Integer.toString(checked.size()), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "files added");
    }

    /**
     * The commission's decision on a notification it was sent (called by the commission, on behalf
     * of no user): the register shows it.
     */
    public void recordCommissionDecision(long id, LocalDate decidedOn, String decision) {
        Notification n = load(id, true);
        if (n.status() != NotificationStatus.SENT_TO_COMMISSION && n.status() != NotificationStatus.DECIDED) {
            throw new NotificationRefused("notifications.error.notSent");
        }
        jdbc.sql("""
                update notification set status = 'DECIDED', commission_decided_on = ?, commission_decision = ?,
                  updated_by = 'commission', updated_at = now() where id = ?""").params(decidedOn, decision, id).update();
        history(id, "DECIDED", null, "commission");
    }

    private void history(long id, String action, String detail, String actor) {
        jdbc.sql("insert into notification_history (notification_id, action, detail, actor) values (?, ?, ?, ?)")
                .params(id, action, detail, actor)
                .update();
    }
}
