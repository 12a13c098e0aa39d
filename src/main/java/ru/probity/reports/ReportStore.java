package ru.probity.reports;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.org.OwnPeople;
import ru.probity.platform.Page;
import ru.probity.reports.engine.ReportStatus;

/**
 * The report itself ({@code report}): its requisites, terms and status, its sealed columns as
 * stored, its registration numbers ({@code report_counter}) and its history ({@code
 * report_history}). Reads the organization tree only through {@code org_subtree}.
 */
@Component
class ReportStore {

    /** The statuses of open reports, bound where SQL asks for them. */
    private static final List<String> OPEN = Arrays.stream(ReportStatus.values())
            .filter(ReportStatus::open)
            .map(ReportStatus::name)
            .toList();

    private static final String CARD = """
            select r.id, r.organization_id, r.channel, r.topic, r.status, r.anonymous, r.about_crime,
                   r.about_municipal_employee, r.received_on, r.register_by, r.registration_number, r.registered_on,
                   r.redirect_by, r.answer_by, r.extended_days, r.answered_on, r.closed_on, r.assignee_id,
                   r.identity_disclosed, r.receipt_hash is not null as web, r.employee_id, r.sent_to_commission_on,
                   r.forwarded_to, r.outgoing_number, r.outgoing_on, r.destroyed_on, r.destruction_act,
                   r.destruction_act_on,
                   o.path as organization_path, o.name as organization_name, u.full_name as assignee_name,
                   e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee_name
            from report r join organization o on o.id = r.organization_id left join app_user u on u.id = r.assignee_id
            left join employee e on e.id = r.employee_id
            """;

    private static final String IN_SUBTREE =
            " r.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

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
                date(rs.getDate("sent_to_commission_on")),
                rs.getString("forwarded_to"),
                rs.getString("outgoing_number"),
                date(rs.getDate("outgoing_on")),
                date(rs.getDate("destroyed_on")),
                rs.getString("destruction_act"),
                date(rs.getDate("destruction_act_on")));
    }

    // ---- reading -------------------------------------------------------------------------------

    Optional<ReportCard> card(long id) {
        return jdbc.sql(CARD + " where r.id = ?")
                .param(id)
                .query(ReportStore::card)
                .optional();
    }

    /**
     * Not a report naming one of the official's own people ({@code own}: 273-ФЗ ст.10–11) — left out
     * in the query, so a limited list or a page is never shorter and its total is right.
     */
    private static final String NOT_OWN =
            " and not coalesce(r.employee_id = any(cast(:ownEmployees as bigint[])), false)";

    /** The register of the subtree of {@code scope}: open reports first, then the newest. */
    List<ReportCard> list(long scope, Reports.Filter filter, long me, OwnPeople own, int limit) {
        return jdbc.sql(CARD + " where" + IN_SUBTREE + NOT_OWN + """
                  and (cast(:status as text) is null or r.status = :status)
                  and (cast(:channel as text) is null or r.channel = :channel)
                  and (not :mine or r.assignee_id = :me)
                  and (not :openOnly or r.status in (:open))
                order by (r.status in (:open)) desc, r.id desc limit :limit""")
                .param("scope", scope)
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param(
                        "channel",
                        filter.channel() == null ? null : filter.channel().name())
                .param("mine", filter.mine())
                .param("openOnly", filter.openOnly())
                .param("me", me)
                .param("ownEmployees", own.employeeArray())
                .param("open", OPEN)
                .param("limit", limit)
                .query(ReportStore::card)
                .list();
    }

    /** One page of the register of the subtree of {@code scope}, newest first. */
    Page<ReportCard> page(
            long scope,
            ReportStatus status,
            ReportChannel channel,
            LocalDate from,
            LocalDate to,
            OwnPeople own,
            int page,
            int size) {
        String where = " where" + IN_SUBTREE + NOT_OWN + """
                  and (cast(:status as text) is null or r.status = :status)
                  and (cast(:channel as text) is null or r.channel = :channel)
                  and (cast(:from as date) is null or r.received_on >= :from)
                  and (cast(:to as date) is null or r.received_on <= :to)
                """;
        int number = Page.clamp(page);
        List<ReportCard> items = jdbc.sql(CARD + where + " order by r.id desc limit :size offset :offset")
                .param("scope", scope)
                .param("status", status == null ? null : status.name())
                .param("channel", channel == null ? null : channel.name())
                .param("from", from)
                .param("to", to)
                .param("ownEmployees", own.employeeArray())
                .param("size", size)
                .param("offset", Page.offset(number, size))
                .query(ReportStore::card)
                .list();
        int total = jdbc.sql("select count(*) from report r" + where)
                .param("scope", scope)
                .param("status", status == null ? null : status.name())
                .param("channel", channel == null ? null : channel.name())
                .param("from", from)
                .param("to", to)
                .param("ownEmployees", own.employeeArray())
                .query(Integer.class)
                .single();
        return new Page<>(items, number, size, total);
    }

    /** The report's data key as stored: wrapped for its organization's public key. */
    record WrappedKey(long organizationId, byte[] wrapped) {}

    Optional<WrappedKey> wrappedKey(long id) {
        return jdbc.sql("select organization_id, data_key from report where id = ?")
                .param(id)
                .query((rs, n) -> new WrappedKey(rs.getLong(1), rs.getBytes(2)))
                .optional();
    }

    /** The sealed columns of a report: the text, the contacts and the answer (null if none). */
    record Sealed(byte[] body, byte[] contacts, byte[] answer) {}

    Sealed sealed(long id) {
        return jdbc.sql("select body, contacts, answer from report where id = ?")
                .param(id)
                .query((rs, n) -> new Sealed(rs.getBytes(1), rs.getBytes(2), rs.getBytes(3)))
                .single();
    }

    /** What the reporter's page shows of the report itself, the sealed columns still sealed. */
    record ReporterRow(
            ReportStatus status,
            String registrationNumber,
            LocalDate registeredOn,
            LocalDate answerBy,
            LocalDate receivedOn,
            byte[] body,
            byte[] answer) {}

    ReporterRow reporterRow(long id) {
        return jdbc.sql("""
                select status, registration_number, registered_on, answer_by, received_on, body, answer
                from report where id = ?""")
                .param(id)
                .query((rs, n) -> new ReporterRow(
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getString("registration_number"),
                        date(rs.getDate("registered_on")),
                        date(rs.getDate("answer_by")),
                        date(rs.getDate("received_on")),
                        rs.getBytes("body"),
                        rs.getBytes("answer")))
                .single();
    }

    /** The report whose receipt has this hash; compared in constant time after the indexed look-up. */
    Optional<Long> byReceiptHash(byte[] hash) {
        return jdbc.sql("select id, receipt_hash from report where receipt_hash = ?")
                .param(hash)
                .query((rs, n) -> MessageDigest.isEqual(hash, rs.getBytes(2)) ? rs.getLong(1) : null)
                .optional();
    }

    /**
     * What happened to the report, on which day, oldest first (issue 14, item 3: never a time of
     * day).
     */
    List<Reports.Event> history(long id) {
        return jdbc.sql("select h.action, h.detail, coalesce(u.full_name, h.actor), h.happened_on"
                        + " from report_history h left join app_user u on u.username = h.actor"
                        + " where h.report_id = ? order by h.happened_on, h.id")
                .param(id)
                .query((rs, n) ->
                        new Reports.Event(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getDate(4))))
                .list();
    }

    // ---- writing -------------------------------------------------------------------------------

    /** The registration of a report: its number and terms. */
    record Registration(String number, LocalDate registeredOn, LocalDate redirectBy, LocalDate answerBy) {}

    /** A new report, its sealed columns sealed; {@code registration} null while it is NEW. */
    record NewReport(
            long organizationId,
            ReportChannel channel,
            ReportTopic topic,
            ReportStatus status,
            boolean anonymous,
            boolean aboutCrime,
            boolean aboutMunicipalEmployee,
            LocalDate receivedOn,
            LocalDate registerBy,
            Registration registration,
            Long assigneeId,
            boolean identityDisclosed,
            byte[] receiptHash,
            byte[] dataKey,
            byte[] body,
            byte[] contacts,
            Boolean consent,
            String createdBy) {

        @Override
        public String toString() {
            return "NewReport[organization=" + organizationId + ", channel=" + channel + ", status=" + status + "]";
        }
    }

    long insert(NewReport r) {
        Registration g = r.registration() == null ? new Registration(null, null, null, null) : r.registration();
        return jdbc.sql("""
                insert into report (organization_id, channel, topic, status, anonymous, about_crime,
                                    about_municipal_employee, received_on, register_by, registration_number,
                                    registered_on, redirect_by, answer_by, assignee_id, identity_disclosed,
                                    receipt_hash, data_key, body, contacts, consent, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        r.organizationId(),
                        r.channel().name(),
                        r.topic().name(),
                        r.status().name(),
                        r.anonymous(),
                        r.aboutCrime(),
                        r.aboutMunicipalEmployee(),
                        r.receivedOn(),
                        r.registerBy(),
                        g.number(),
                        g.registeredOn(),
                        g.redirectBy(),
                        g.answerBy(),
                        r.assigneeId(),
                        r.identityDisclosed(),
                        r.receiptHash(),
                        r.dataKey(),
                        r.body(),
                        r.contacts(),
                        r.consent(),
                        r.createdBy())
                .query(Long.class)
                .single();
    }

    /** Registers a NEW report: REGISTERED with its number and terms. */
    void register(long id, Registration g, boolean aboutCrime, boolean aboutMunicipalEmployee) {
        jdbc.sql("""
                update report set status = ?, registration_number = ?, registered_on = ?, redirect_by = ?,
                       answer_by = ?, about_crime = ?, about_municipal_employee = about_municipal_employee or ?,
                       updated_on = current_date
                where id = ?""")
                .params(
                        ReportStatus.REGISTERED.name(),
                        g.number(),
                        g.registeredOn(),
                        g.redirectBy(),
                        g.answerBy(),
                        aboutCrime,
                        aboutMunicipalEmployee,
                        id)
                .update();
    }

    void assign(long id, long assigneeId) {
        jdbc.sql("update report set assignee_id = ?, updated_on = current_date where id = ?")
                .params(assigneeId, id)
                .update();
    }

    void discloseIdentity(long id) {
        jdbc.sql("update report set identity_disclosed = true, updated_on = current_date where id = ?")
                .param(id)
                .update();
    }

    void extend(long id, LocalDate answerBy, int days) {
        jdbc.sql("update report set answer_by = ?, extended_days = ?, extended_on = current_date,"
                        + " updated_on = current_date where id = ?")
                .params(answerBy, days, id)
                .update();
    }

    /** ANSWERED and closed today, with the sealed answer. */
    void answer(long id, byte[] sealedAnswer) {
        jdbc.sql("update report set status = ?, answer = ?, answered_on = current_date,"
                        + " closed_on = current_date, updated_on = current_date where id = ?")
                .params(ReportStatus.ANSWERED.name(), sealedAnswer, id)
                .update();
    }

    /** CLOSED today without an answer. */
    void close(long id) {
        jdbc.sql("update report set status = ?, closed_on = current_date, updated_on = current_date where id = ?")
                .params(ReportStatus.CLOSED.name(), id)
                .update();
    }

    /**
     * The report moved to another organization: NEW there, received today, unassigned and
     * unregistered, its data key wrapped for the new organization.
     */
    void redirect(long id, long from, long to, byte[] wrappedKey, LocalDate receivedOn, LocalDate registerBy) {
        jdbc.sql("""
                update report set organization_id = ?, redirected_from = ?, data_key = ?, status = ?,
                       assignee_id = null, identity_disclosed = false, received_on = ?, register_by = ?,
                       registration_number = null, registered_on = null, redirect_by = null, answer_by = null,
                       extended_days = null, extended_on = null, updated_on = current_date
                where id = ?""")
                .params(to, from, wrappedKey, ReportStatus.NEW.name(), receivedOn, registerBy, id)
                .update();
    }

    /**
     * Marks the report sent to the commission naming the employee (or keeping the one named as the
     * person complained about); false if it was sent already.
     */
    boolean sendToCommission(long id, Long employeeId) {
        return jdbc.sql(
                                "update report set employee_id = coalesce(?, employee_id), sent_to_commission_on = current_date,"
                                        + " updated_on = current_date where id = ? and sent_to_commission_on is null")
                        .params(employeeId, id)
                        .update()
                > 0;
    }

    /** An entry of the history, on today's date (the column holds no time of day). */
    void history(long reportId, String action, String detail, String actor) {
        jdbc.sql("insert into report_history (report_id, action, detail, actor) values (?, ?, ?, ?)")
                .params(reportId, action, detail, actor)
                .update();
    }

    /** The next registration number of an organization: {@code <n>/<year>}. */
    String nextNumber(long organizationId, LocalDate on) {
        int n = jdbc.sql("""
                insert into report_counter (organization_id, year, last) values (?, ?, 1)
                on conflict (organization_id, year) do update set last = report_counter.last + 1
                returning last""")
                .params(organizationId, on.getYear())
                .query(Integer.class)
                .single();
        return n + "/" + on.getYear();
    }

    // ---- the jobs ------------------------------------------------------------------------------

    /** An open assigned report whose term is near or past, with its assignee's e-mail. */
    record Due(long id, String email, String number, LocalDate term, boolean overdue) {}

    /** Reports due within {@code daysBefore} days or overdue, not reminded today yet. */
    List<Due> due(int daysBefore) {
        return jdbc.sql("""
                select r.id, e.email, r.registration_number as number, t.term,
                       t.term < current_date as overdue
                from report r join app_user u on u.id = r.assignee_id join employee e on e.id = u.employee_id
                cross join lateral (select case when r.status = :new then r.register_by
                                               else coalesce(r.answer_by, r.redirect_by) end as term) t
                where r.status in (:open) and e.email is not null and t.term is not null
                  and t.term <= current_date + cast(:days as int)
                  and (r.reminded_on is null or r.reminded_on < current_date)
                order by r.id limit 1000""")
                .param("new", ReportStatus.NEW.name())
                .param("open", OPEN)
                .param("days", daysBefore)
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getBoolean(5)))
                .list();
    }

    void remindedToday(long id) {
        jdbc.sql("update report set reminded_on = current_date where id = ?")
                .param(id)
                .update();
    }

    /**
     * Names the employee the report complains about (59-ФЗ ст.8 ч.6), or clears him; false once the
     * report went to the commission (the employee named there stays).
     */
    boolean nameSubject(long id, Long employeeId) {
        return jdbc.sql("update report set employee_id = ?, updated_on = current_date"
                                + " where id = ? and sent_to_commission_on is null")
                        .params(employeeId, id)
                        .update()
                > 0;
    }

    /** FORWARDED (and closed) today to an external body by an outgoing letter. */
    void forward(long id, String to, String outgoingNumber, LocalDate outgoingOn) {
        jdbc.sql("""
                update report set status = ?, forwarded_to = ?, outgoing_number = ?, outgoing_on = ?,
                       closed_on = current_date, updated_on = current_date
                where id = ?""")
                .params(ReportStatus.FORWARDED.name(), to, outgoingNumber, outgoingOn, id)
                .update();
    }

    /** The next outgoing letter's number of an organization's reports: {@code <n>-исх/<year>}. */
    String nextOutgoingNumber(long organizationId, LocalDate on) {
        int n = jdbc.sql("""
                insert into report_outgoing_counter (organization_id, year, last) values (?, ?, 1)
                on conflict (organization_id, year) do update set last = report_outgoing_counter.last + 1
                returning last""")
                .params(organizationId, on.getYear())
                .query(Integer.class)
                .single();
        return n + "-исх/" + on.getYear();
    }

    /**
     * Reports of the subtree closed (answered, forwarded or closed) before {@code closedBefore} and not
     * destroyed yet: their retention period has passed; never one naming the official's own people.
     */
    List<ReportCard> expired(long scope, LocalDate closedBefore, OwnPeople own) {
        return jdbc.sql(CARD + " where" + IN_SUBTREE + NOT_OWN + """
                  and r.closed_on is not null and r.closed_on < :before and r.destroyed_on is null
                order by r.closed_on, r.id limit 1000""")
                .param("scope", scope)
                .param("ownEmployees", own.employeeArray())
                .param("before", closedBefore)
                .query(ReportStore::card)
                .list();
    }

    /**
     * Destroys the report's content by an act: the text, the contacts, the answer, the data key, the
     * receipt, the messages and the files are gone; the row stays as a tombstone with the act, its
     * requisites and its history.
     */
    void destroy(long id, String act, LocalDate actOn, String by) {
        jdbc.sql("delete from report_file where report_id = ?").param(id).update();
        jdbc.sql("delete from report_message where report_id = ?").param(id).update();
        jdbc.sql("""
                update report set body = null, contacts = null, answer = null, data_key = null, receipt_hash = null,
                       destroyed_on = current_date, destruction_act = ?, destruction_act_on = ?, destroyed_by = ?,
                       updated_on = current_date
                where id = ? and destroyed_on is null""").params(act, actOn, by, id).update();
    }
}
