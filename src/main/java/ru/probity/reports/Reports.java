package ru.probity.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Employee;
import ru.probity.org.Organizations;
import ru.probity.org.People;
import ru.probity.platform.Page;
import ru.probity.reports.engine.AppealDeadlines;
import ru.probity.reports.engine.Sealing;

/**
 * The officers' side of reports. The register (requisites and terms, no content) is seen by the
 * officers and the regional administrator of the subtree, and by the custodian; what the reporter
 * wrote is opened only for the assigned officer, his identity only for the custodian (or for the
 * officer once the custodian discloses it); every opening is written to the access log.
 */
@Service
@Transactional
public class Reports {

    /** The access log's subject type of a report. */
    static final String SUBJECT = "REPORT";

    /** The access log's subject type of a read of a report's file (the subject id is the report's). */
    static final String SUBJECT_FILE = "REPORT_FILE";

    private static final Set<Role> HANDLERS = Set.of(Role.REGIONAL_ADMIN, Role.ANTICORRUPTION_OFFICER);

    private final JdbcClient jdbc;
    private final ReportKeys keys;
    private final ReportStore store;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final People people;
    private final ApplicationEventPublisher events;

    Reports(
            JdbcClient jdbc,
            ReportKeys keys,
            ReportStore store,
            Organizations organizations,
            AccessLog accessLog,
            People people,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.store = store;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.people = people;
        this.events = events;
    }

    static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static final String CARD = """
            select r.id, r.organization_id, r.channel, r.topic, r.status, r.anonymous, r.about_crime,
                   r.about_municipal_employee, r.received_on, r.register_by, r.registration_number, r.registered_on,
                   r.redirect_by, r.answer_by, r.extended_days, r.answered_on, r.closed_on, r.assignee_id,
                   r.identity_disclosed, r.receipt_hash is not null as web, r.employee_id, r.sent_to_commission_on,
                   o.path as organization_path, o.name as organization_name, u.full_name as assignee_name,
                   e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee_name
            from report r join organization o on o.id = r.organization_id left join app_user u on u.id = r.assignee_id
            left join employee e on e.id = r.employee_id
            """;

    private static ReportCard card(ResultSet rs, int n) throws SQLException {
        return new ReportCard(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_path"),
                rs.getString("organization_name"),
                ReportChannel.valueOf(rs.getString("channel")),
                ReportTopic.valueOf(rs.getString("topic")),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getBoolean("anonymous"),
                rs.getBoolean("about_crime"),
                rs.getBoolean("about_municipal_employee"),
                date(rs.getDate("received_on")),
                date(rs.getDate("register_by")),
                rs.getString("registration_number"),
                date(rs.getDate("registered_on")),
                date(rs.getDate("redirect_by")),
                date(rs.getDate("answer_by")),
                (Integer) rs.getObject("extended_days"),
                date(rs.getDate("answered_on")),
                date(rs.getDate("closed_on")),
                (Long) rs.getObject("assignee_id"),
                rs.getString("assignee_name"),
                rs.getBoolean("identity_disclosed"),
                rs.getBoolean("web"),
                (Long) rs.getObject("employee_id"),
                rs.getString("employee_name"),
                date(rs.getDate("sent_to_commission_on")));
    }

    static boolean seesRegister(CurrentUser user) {
        return HANDLERS.contains(user.role()) || user.role() == Role.CUSTODIAN;
    }

    private String scope(CurrentUser user) {
        if (!seesRegister(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not handle reports");
        }
        return organizations.scopePath(user);
    }

    /** Filters of the register. */
    public record Filter(ReportStatus status, ReportChannel channel, boolean mine, boolean overdueOnly) {}

    @Transactional(readOnly = true)
    public List<ReportCard> register(CurrentUser user, Filter filter, int limit) {
        List<ReportCard> found = jdbc.sql(CARD + """
                where o.path like :scope || '%'
                  and (cast(:status as text) is null or r.status = :status)
                  and (cast(:channel as text) is null or r.channel = :channel)
                  and (not :mine or r.assignee_id = :me)
                order by (r.status in ('NEW', 'REGISTERED')) desc, r.id desc limit :limit""")
                .param("scope", scope(user))
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param(
                        "channel",
                        filter.channel() == null ? null : filter.channel().name())
                .param("mine", filter.mine())
                .param("me", user.userId())
                .param("limit", limit)
                .query(Reports::card)
                .list();
        if (!HANDLERS.contains(user.role())) {
            found = found.stream().map(ReportCard::withoutEmployee).toList();
        }
        return filter.overdueOnly() ? found.stream().filter(ReportCard::overdue).toList() : found;
    }

    /**
     * One page of the register of the subtree, newest first: optionally of one status and channel,
     * received within a period (for the API).
     */
    @Transactional(readOnly = true)
    public Page<ReportCard> page(
            CurrentUser user,
            ReportStatus status,
            ReportChannel channel,
            LocalDate from,
            LocalDate to,
            int page,
            int size) {
        String where = """
                where o.path like :scope || '%'
                  and (cast(:status as text) is null or r.status = :status)
                  and (cast(:channel as text) is null or r.channel = :channel)
                  and (cast(:from as date) is null or r.received_on >= :from)
                  and (cast(:to as date) is null or r.received_on <= :to)
                """;
        String scope = scope(user);
        int number = Math.min(Math.max(0, page), 1_000_000);
        List<ReportCard> items = jdbc.sql(CARD + where + " order by r.id desc limit :size offset :offset")
                .param("scope", scope)
                .param("status", status == null ? null : status.name())
                .param("channel", channel == null ? null : channel.name())
                .param("from", from)
                .param("to", to)
                .param("size", size)
                .param("offset", (long) number * size)
                .query(Reports::card)
                .list();
        int total = jdbc.sql("select count(*) from report r join organization o on o.id = r.organization_id " + where)
                .param("scope", scope)
                .param("status", status == null ? null : status.name())
                .param("channel", channel == null ? null : channel.name())
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
        if (!HANDLERS.contains(user.role())) {
            items = items.stream().map(ReportCard::withoutEmployee).toList();
        }
        return new Page<>(items, number, size, total);
    }

    @Transactional(readOnly = true)
    public ReportCard card(CurrentUser user, long id) {
        ReportCard card = jdbc.sql(CARD + " where r.id = ?")
                .param(id)
                .query(Reports::card)
                .optional()
                .orElseThrow(() -> new ReportNotFound("report", id));
        if (!card.organizationPath().startsWith(scope(user))) {
            throw new AccessDeniedException("Report " + id + " is outside the subtree of " + user.username());
        }
        return HANDLERS.contains(user.role()) ? card : card.withoutEmployee();
    }

    private ReportCard handled(CurrentUser user, long id) {
        ReportCard card = card(user, id);
        if (!HANDLERS.contains(user.role())) {
            throw new AccessDeniedException("Role " + user.role() + " does not handle reports");
        }
        return card;
    }

    private ReportCard assigned(CurrentUser user, long id) {
        ReportCard card = handled(user, id);
        if (card.assigneeId() == null || card.assigneeId() != user.userId()) {
            throw new AccessDeniedException("Report " + id + " is not assigned to " + user.username());
        }
        return card;
    }

    private ReportCard assignedOpen(CurrentUser user, long id) {
        ReportCard card = assigned(user, id);
        if (!card.status().open()) {
            throw new ReportRefused("reports.error.closed");
        }
        return card;
    }

    /** The content, for the assigned officer only; the reading is logged. */
    public record Content(
            String text,
            String contacts,
            List<ReportFile> attachments,
            List<ReportMessage> messages,
            String answer,
            List<ReportFile> answerFiles) {

        /** Never the content: Spring MVC logs a returned body's toString at DEBUG (ReportLogSecrecyTest). */
        @Override
        public String toString() {
            return "Content[" + attachments.size() + " attachments, " + messages.size() + " messages, answered="
                    + (answer != null) + "]";
        }
    }

    public Content content(CurrentUser user, long id) {
        ReportCard card = assigned(user, id);
        byte[] key = store.dataKey(id);
        var row = jdbc.sql("select body, contacts, answer from report where id = ?")
                .param(id)
                .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2), rs.getBytes(3)})
                .single();
        accessLog.record(AccessAction.READ, SUBJECT, id, card.organizationId(), "content");
        return new Content(
                Sealing.openText(key, row[0], "report-text"),
                row[1] != null && card.identityDisclosed() ? Sealing.openText(key, row[1], "contacts") : null,
                store.filesOfKind(id, key, "ATTACHMENT"),
                store.messages(id, key, List.of("TO_REPORTER", "FROM_REPORTER", "NOTICE", "INTERNAL")),
                row[2] == null ? null : Sealing.openText(key, row[2], "answer"),
                store.filesOfKind(id, key, "ANSWER"));
    }

    /** The reporter's identity, for the custodian of the subtree; the reading is logged. */
    public String identity(CurrentUser user, long id) {
        ReportCard card = card(user, id);
        if (user.role() != Role.CUSTODIAN) {
            throw new AccessDeniedException("Only the custodian reads reporters' identities");
        }
        byte[] sealed = jdbc.sql("select contacts from report where id = ?")
                .param(id)
                .query(byte[].class)
                .optional()
                .orElse(null);
        accessLog.record(AccessAction.READ, "report-identity", id, card.organizationId(), null);
        return sealed == null ? null : Sealing.openText(store.dataKey(id), sealed, "contacts");
    }

    /** The custodian discloses the identity to whoever is assigned the report. */
    public void disclose(CurrentUser user, long id) {
        ReportCard card = card(user, id);
        if (user.role() != Role.CUSTODIAN) {
            throw new AccessDeniedException("Only the custodian discloses reporters' identities");
        }
        jdbc.sql("update report set identity_disclosed = true, updated_on = current_date where id = ?")
                .param(id)
                .update();
        store.history(id, "IDENTITY_DISCLOSED", null, user.username());
        accessLog.record(
                AccessAction.UPDATE, "report-identity", id, card.organizationId(), "disclosed to the assignee");
    }

    /** A report taken by an officer: a call, a letter, an e-mail or a visit. Registered at once. */
    public record Intake(
            Long organizationId,
            ReportChannel channel,
            ReportTopic topic,
            LocalDate receivedOn,
            String text,
            String contacts,
            boolean aboutCrime,
            boolean aboutMunicipalEmployee,
            List<Upload> files) {

        /** Without the text and the contacts (ReportLogSecrecyTest). */
        @Override
        public String toString() {
            return "Intake[organization=" + organizationId + ", channel=" + channel + ", topic=" + topic + "]";
        }
    }

    public long intake(CurrentUser user, Intake in) {
        if (!HANDLERS.contains(user.role())) {
            throw new AccessDeniedException("Role " + user.role() + " does not handle reports");
        }
        if (in.organizationId() == null || !organizations.isVisible(user, in.organizationId())) {
            throw new ReportRefused("reports.error.organization");
        }
        if (in.channel() == null || in.channel() == ReportChannel.WEB) {
            throw new ReportRefused("reports.error.channel");
        }
        if (in.topic() == null) {
            throw new ReportRefused("reports.error.topic");
        }
        if (PublicReports.blank(in.text()) || in.text().strip().length() < 10) {
            throw new ReportRefused("reports.error.textShort");
        }
        if (in.text().length() > PublicReports.MAX_TEXT) {
            throw new ReportRefused("reports.error.textLong", PublicReports.MAX_TEXT);
        }
        LocalDate today = LocalDate.now();
        LocalDate received = in.receivedOn() == null ? today : in.receivedOn();
        if (received.isAfter(today) || received.isBefore(today.minusYears(1))) {
            throw new ReportRefused("reports.error.receivedOn");
        }
        List<ReportStore.Checked> files = store.check(in.files() == null ? List.of() : in.files());
        boolean anonymous = PublicReports.blank(in.contacts());
        byte[] dataKey = Sealing.newDataKey();
        long id = jdbc.sql("""
                insert into report (organization_id, channel, topic, status, anonymous, about_crime,
                                    about_municipal_employee, received_on, register_by, registration_number,
                                    registered_on, redirect_by, answer_by, assignee_id, identity_disclosed,
                                    data_key, body, contacts, created_by)
                values (?, ?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?) returning id""")
                .params(
                        in.organizationId(),
                        in.channel().name(),
                        in.topic().name(),
                        anonymous,
                        in.aboutCrime(),
                        in.aboutMunicipalEmployee(),
                        received,
                        AppealDeadlines.registerBy(received),
                        store.nextNumber(in.organizationId(), today),
                        today,
                        AppealDeadlines.redirectBy(today),
                        AppealDeadlines.answerBy(today, anonymous),
                        user.userId(),
                        Sealing.wrap(dataKey, keys.publicKey(in.organizationId())),
                        Sealing.sealText(dataKey, in.text().strip(), "report-text"),
                        anonymous
                                ? null
                                : Sealing.sealText(dataKey, in.contacts().strip(), "contacts"),
                        user.username())
                .query(Long.class)
                .single();
        store.addFiles(id, null, "ATTACHMENT", dataKey, files);
        store.history(id, "RECEIVED", in.channel().name(), user.username());
        store.history(id, "REGISTERED", null, user.username());
        accessLog.record(
                AccessAction.CREATE,
                SUBJECT,
                id,
                in.organizationId(),
                in.channel().name());
        return id;
    }

    /** Registration of a report received through the website (or redirected here). */
    public void registerReport(CurrentUser user, long id, boolean aboutCrime, boolean aboutMunicipalEmployee) {
        ReportCard card = handled(user, id);
        if (card.status() != ReportStatus.NEW) {
            throw new ReportRefused("reports.error.alreadyRegistered");
        }
        LocalDate today = LocalDate.now();
        jdbc.sql("""
                update report set status = 'REGISTERED', registration_number = ?, registered_on = ?, redirect_by = ?,
                       answer_by = ?, about_crime = ?, about_municipal_employee = about_municipal_employee or ?,
                       updated_on = current_date
                where id = ?""")
                .params(
                        store.nextNumber(card.organizationId(), today),
                        today,
                        AppealDeadlines.redirectBy(today),
                        AppealDeadlines.answerBy(today, card.anonymous()),
                        aboutCrime,
                        aboutMunicipalEmployee,
                        id)
                .update();
        store.history(id, "REGISTERED", null, user.username());
    }

    /** Officers of the user's subtree who may be assigned the report (they see its organization). */
    public record Officer(long id, String name, String organization) {}

    @Transactional(readOnly = true)
    public List<Officer> assignees(CurrentUser user, long id) {
        ReportCard card = handled(user, id);
        return jdbc.sql("""
                select u.id, u.full_name, o.name from app_user u join organization o on o.id = u.organization_id
                where u.role in ('ANTICORRUPTION_OFFICER', 'REGIONAL_ADMIN') and u.enabled
                  and o.path like ? || '%' and ? like o.path || '%'
                order by o.path, u.full_name""")
                .params(organizations.scopePath(user), card.organizationPath())
                .query((rs, n) -> new Officer(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public void assign(CurrentUser user, long id, long assigneeId) {
        ReportCard card = handled(user, id);
        Officer officer = assignees(user, id).stream()
                .filter(o -> o.id() == assigneeId)
                .findFirst()
                .orElseThrow(() -> new ReportRefused("reports.error.assignee"));
        jdbc.sql("update report set assignee_id = ?, updated_on = current_date where id = ?")
                .params(assigneeId, id)
                .update();
        store.history(id, "ASSIGNED", officer.name(), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.organizationId(), "assigned to " + assigneeId);
    }

    /** The one extension of 59-ФЗ ст.12 ч.2, with a notice to the reporter. */
    public void extend(CurrentUser user, long id, int days, String reason) {
        ReportCard card = assignedOpen(user, id);
        if (card.status() != ReportStatus.REGISTERED) {
            throw new ReportRefused("reports.error.notRegistered");
        }
        LocalDate newTerm;
        try {
            newTerm = AppealDeadlines.extend(card.answerBy(), days, card.extended());
        } catch (AppealDeadlines.ExtensionRefused e) {
            throw new ReportRefused("reports.error.extension." + e.reason(), AppealDeadlines.MAX_EXTENSION_DAYS);
        }
        jdbc.sql(
                        "update report set answer_by = ?, extended_days = ?, extended_on = current_date, updated_on = current_date"
                                + " where id = ?")
                .params(newTerm, days, id)
                .update();
        String notice = "Срок рассмотрения обращения продлён на " + days + " дн., до "
                + newTerm.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + "."
                + (PublicReports.blank(reason) ? "" : " Причина: " + reason.strip());
        store.addMessage(id, store.dataKey(id), "NOTICE", user.fullName(), notice, List.of());
        store.history(id, "EXTENDED", days + " дн.", user.username());
    }

    /** A message to the reporter (a question) or an internal comment, with files. */
    public void write(CurrentUser user, long id, boolean internal, String text, List<Upload> uploads) {
        assigned(user, id);
        if (PublicReports.blank(text)) {
            throw new ReportRefused("reports.error.emptyMessage");
        }
        if (text.length() > PublicReports.MAX_TEXT) {
            throw new ReportRefused("reports.error.textLong", PublicReports.MAX_TEXT);
        }
        List<ReportStore.Checked> files = store.check(uploads == null ? List.of() : uploads);
        store.addMessage(
                id, store.dataKey(id), internal ? "INTERNAL" : "TO_REPORTER", user.fullName(), text.strip(), files);
        store.history(id, internal ? "COMMENT" : "MESSAGE", null, user.username());
    }

    /** The answer: text and optionally the signed document; the report is closed as answered. */
    public void answer(CurrentUser user, long id, String text, List<Upload> uploads) {
        ReportCard card = assignedOpen(user, id);
        if (card.status() != ReportStatus.REGISTERED) {
            throw new ReportRefused("reports.error.notRegistered");
        }
        if (PublicReports.blank(text)) {
            throw new ReportRefused("reports.error.emptyAnswer");
        }
        List<ReportStore.Checked> files = store.check(uploads == null ? List.of() : uploads);
        byte[] key = store.dataKey(id);
        jdbc.sql("update report set status = 'ANSWERED', answer = ?, answered_on = current_date,"
                        + " closed_on = current_date, updated_on = current_date where id = ?")
                .params(Sealing.sealText(key, text.strip(), "answer"), id)
                .update();
        store.addFiles(id, null, "ANSWER", key, files);
        store.history(id, "ANSWERED", null, user.username());
    }

    /** Closing without an answer: anonymous, or nothing to answer; the reason goes to the history. */
    public void close(CurrentUser user, long id, String reason) {
        assignedOpen(user, id);
        if (PublicReports.blank(reason)) {
            throw new ReportRefused("reports.error.reason");
        }
        jdbc.sql(
                        "update report set status = 'CLOSED', closed_on = current_date, updated_on = current_date where id = ?")
                .param(id)
                .update();
        store.history(id, "CLOSED", reason.strip(), user.username());
    }

    /**
     * Sends the report to the competent organization (59-ФЗ ст.8 ч.3; an anonymous report of a
     * crime, ст.11 ч.1): the data key is re-wrapped for the new organization's key, the report
     * arrives there unassigned and unregistered, and the reporter is told.
     */
    public void redirect(CurrentUser user, long id, long organizationId, String reason) {
        ReportCard card = handled(user, id);
        if (!card.status().open()) {
            throw new ReportRefused("reports.error.closed");
        }
        if (organizationId == card.organizationId()) {
            throw new ReportRefused("reports.error.sameOrganization");
        }
        String name = jdbc.sql("select name from organization where id = ? and active")
                .param(organizationId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ReportRefused("reports.error.organization"));
        byte[] key = store.dataKey(id);
        LocalDate today = LocalDate.now();
        jdbc.sql("""
                update report set organization_id = ?, redirected_from = ?, data_key = ?, status = 'NEW',
                       assignee_id = null, identity_disclosed = false, received_on = ?, register_by = ?,
                       registration_number = null, registered_on = null, redirect_by = null, answer_by = null,
                       extended_days = null, extended_on = null, updated_on = current_date
                where id = ?""")
                .params(
                        organizationId,
                        card.organizationId(),
                        Sealing.wrap(key, keys.publicKey(organizationId)),
                        today,
                        AppealDeadlines.registerBy(today),
                        id)
                .update();
        store.addMessage(
                id,
                key,
                "NOTICE",
                user.fullName(),
                "Обращение направлено по компетенции: " + name + "."
                        + (PublicReports.blank(reason) ? "" : " " + reason.strip()),
                List.of());
        store.history(id, "REDIRECTED", card.organizationName() + " → " + name, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.organizationId(), "redirected to " + organizationId);
    }

    /**
     * Employees of the report's organization subtree who may be named as the one the report is about
     * (active, found by name, INN or SNILS); the list is read through {@link People}, so it is logged.
     */
    public List<Employee> commissionCandidates(CurrentUser user, long id, String query) {
        ReportCard card = handled(user, id);
        return people.search(user, query, card.organizationId(), false, 0, 50).items();
    }

    /**
     * Sends a registered report to the commission on official conduct and conflicts of interest,
     * naming the employee of the report's organization subtree it is about (or nobody, when the
     * person is not established): written to the history and the access log, and published as
     * {@link ReportSentToCommission} for the commission. Once per report.
     */
    public void sendToCommission(CurrentUser user, long id, Long employeeId) {
        ReportCard card = handled(user, id);
        if (card.status() == ReportStatus.NEW) {
            throw new ReportRefused("reports.error.notRegistered");
        }
        if (card.sentToCommission()) {
            throw new ReportRefused("reports.commission.error.already");
        }
        if (employeeId != null
                && !jdbc.sql("""
                                select exists (select 1 from employee e join organization o on o.id = e.organization_id
                                               where e.id = ? and e.active and o.path like ? || '%')""")
                        .params(employeeId, card.organizationPath())
                        .query(Boolean.class)
                        .single()) {
            throw new ReportRefused("reports.commission.error.employee");
        }
        int sent = jdbc.sql("update report set employee_id = ?, sent_to_commission_on = current_date,"
                        + " updated_on = current_date where id = ? and sent_to_commission_on is null")
                .params(employeeId, id)
                .update();
        if (sent == 0) {
            throw new ReportRefused("reports.commission.error.already");
        }
        // the employee's name stays out of the history, which the custodian also reads
        store.history(id, "SENT_TO_COMMISSION", null, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                SUBJECT,
                id,
                card.organizationId(),
                "sent to the commission" + (employeeId == null ? "" : ", employee " + employeeId));
        events.publishEvent(
                new ReportSentToCommission(id, card.organizationId(), employeeId, card.registrationNumber()));
    }

    /** A file of the report, for the assigned officer; the reading is logged. */
    ReportStore.Download file(CurrentUser user, long id, long fileId) {
        ReportCard card = assigned(user, id);
        ReportStore.Download d = store.download(id, fileId, store.dataKey(id));
        accessLog.record(AccessAction.READ, SUBJECT_FILE, id, card.organizationId(), "file " + fileId);
        return d;
    }

    /**
     * What happened to the report, without content, and on which day: never a time of day, which
     * could be matched with a submission or a reporter's reply (issue 14, item 3).
     */
    public record Event(String action, String detail, String actor, LocalDate date) {}

    @Transactional(readOnly = true)
    public List<Event> history(CurrentUser user, long id) {
        card(user, id);
        return new ArrayList<>(jdbc.sql("select action, detail, actor, happened_on from report_history"
                        + " where report_id = ? order by happened_on, id")
                .param(id)
                .query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getDate(4))))
                .list());
    }

    /** Organizations a report may be redirected to: the whole tree (the competent body may be anywhere). */
    @Transactional(readOnly = true)
    public List<PublicReports.Choice> destinations() {
        return jdbc.sql("""
                select id, name, length(path) - length(replace(path, '/', '')) - 2 as depth
                from organization where active order by path""")
                .query((rs, n) -> new PublicReports.Choice(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }
}
