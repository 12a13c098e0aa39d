package ru.probity.reports;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.reports.engine.AppealDeadlines;
import ru.probity.reports.engine.Receipts;
import ru.probity.reports.engine.Sealing;

/**
 * The virtual reception: a report from anyone, without an account, sealed with the organization's
 * public key; the receipt code that alone opens the reporter's page later. Nothing about the
 * sender's connection is passed in, so nothing of it can be stored.
 */
@Service
@Transactional
public class PublicReports {

    static final int MAX_TEXT = 20_000;
    static final List<String> REPORTER_KINDS = List.of("TO_REPORTER", "FROM_REPORTER", "NOTICE");

    private final JdbcClient jdbc;
    private final ReportKeys keys;
    private final ReportStore store;

    PublicReports(JdbcClient jdbc, ReportKeys keys, ReportStore store) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.store = store;
    }

    /** What the reporter fills in. */
    public record Submission(
            Long organizationId,
            ReportTopic topic,
            String text,
            String name,
            String address,
            String phone,
            String email,
            boolean consent,
            boolean aboutMunicipalEmployee,
            List<Upload> files) {

        /** Without the text and the contacts (ReportLogSecrecyTest). */
        @Override
        public String toString() {
            return "Submission[organization=" + organizationId + ", topic=" + topic + "]";
        }

        boolean anonymous() {
            return blank(name) && blank(address) && blank(phone) && blank(email);
        }

        String contacts() {
            StringJoiner contacts = new StringJoiner("\n");
            line(contacts, "ФИО", name);
            line(contacts, "Адрес", address);
            line(contacts, "Телефон", phone);
            line(contacts, "E-mail", email);
            return contacts.toString();
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void line(StringJoiner joiner, String label, String value) {
        if (!blank(value)) {
            joiner.add(label + ": " + value.strip());
        }
    }

    /** An organization of the tree for the form's list. */
    public record Choice(long id, String name, int depth) {}

    @Transactional(readOnly = true)
    public List<Choice> organizations() {
        return jdbc.sql("""
                select id, name, length(path) - length(replace(path, '/', '')) - 2 as depth
                from organization where active order by path""")
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name"), rs.getInt("depth")))
                .list();
    }

    /**
     * Stores a report and returns its receipt code (normalized). The caller shows the code only
     * after this method's transaction has committed.
     */
    public String submit(Submission s) {
        validate(s);
        List<ReportStore.Checked> files = store.check(s.files() == null ? List.of() : s.files());
        String receipt = Receipts.newReceipt();
        byte[] dataKey = Sealing.newDataKey();
        LocalDate today = LocalDate.now();
        long id = jdbc.sql("""
                insert into report (organization_id, channel, topic, status, anonymous, about_municipal_employee,
                                    received_on, register_by, receipt_hash, data_key, body, contacts, created_by)
                values (?, 'WEB', ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, 'reporter') returning id""")
                .params(
                        s.organizationId(),
                        s.topic().name(),
                        s.anonymous(),
                        s.aboutMunicipalEmployee(),
                        today,
                        AppealDeadlines.registerBy(today),
                        keys.receiptHash(receipt),
                        Sealing.wrap(dataKey, keys.publicKey(s.organizationId())),
                        Sealing.sealText(dataKey, s.text().strip(), "report-text"),
                        s.anonymous() ? null : Sealing.sealText(dataKey, s.contacts(), "contacts"))
                .query(Long.class)
                .single();
        store.addFiles(id, null, "ATTACHMENT", dataKey, files);
        store.history(id, "RECEIVED", "WEB", "reporter");
        return receipt;
    }

    private void validate(Submission s) {
        if (s.organizationId() == null
                || !jdbc.sql("select exists (select 1 from organization where id = ? and active)")
                        .param(s.organizationId())
                        .query(Boolean.class)
                        .single()) {
            throw new ReportRefused("reports.error.organization");
        }
        if (s.topic() == null) {
            throw new ReportRefused("reports.error.topic");
        }
        if (blank(s.text()) || s.text().strip().length() < 10) {
            throw new ReportRefused("reports.error.textShort");
        }
        if (s.text().length() > MAX_TEXT) {
            throw new ReportRefused("reports.error.textLong", MAX_TEXT);
        }
        if (!s.anonymous() && !s.consent()) {
            throw new ReportRefused("reports.error.consent");
        }
        for (String field : new String[] {s.name(), s.address(), s.phone(), s.email()}) {
            if (field != null && field.length() > 300) {
                throw new ReportRefused("reports.error.contactLong");
            }
        }
    }

    /** The report a receipt opens; the hash is compared in constant time after the indexed lookup. */
    @Transactional(readOnly = true)
    public Optional<Long> find(String typed) {
        Optional<String> receipt = Receipts.normalize(typed);
        if (receipt.isEmpty()) {
            return Optional.empty();
        }
        byte[] hash = keys.receiptHash(receipt.get());
        return jdbc.sql("select id, receipt_hash from report where receipt_hash = ?")
                .param(hash)
                .query((rs, n) -> MessageDigest.isEqual(hash, rs.getBytes(2)) ? rs.getLong(1) : null)
                .optional();
    }

    /** What the reporter sees: the state, his text, the channel's messages and the answer. */
    public record ReporterView(
            ReportStatus status,
            String registrationNumber,
            LocalDate registeredOn,
            LocalDate answerBy,
            LocalDate receivedOn,
            String text,
            List<ReportFile> attachments,
            List<ReportMessage> messages,
            String answer,
            List<ReportFile> answerFiles) {

        /** Without the text, the messages and the answer (ReportLogSecrecyTest). */
        @Override
        public String toString() {
            return "ReporterView[status=" + status + ", number=" + registrationNumber + "]";
        }
    }

    @Transactional(readOnly = true)
    public ReporterView view(long reportId) {
        byte[] key = store.dataKey(reportId);
        return jdbc.sql("""
                select status, registration_number, registered_on, answer_by, received_on, body, answer
                from report where id = ?""")
                .param(reportId)
                .query((rs, n) -> new ReporterView(
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getString("registration_number"),
                        Reports.date(rs.getDate("registered_on")),
                        Reports.date(rs.getDate("answer_by")),
                        Reports.date(rs.getDate("received_on")),
                        Sealing.openText(key, rs.getBytes("body"), "report-text"),
                        store.filesOfKind(reportId, key, "ATTACHMENT"),
                        store.messages(reportId, key, REPORTER_KINDS),
                        rs.getBytes("answer") == null ? null : Sealing.openText(key, rs.getBytes("answer"), "answer"),
                        store.filesOfKind(reportId, key, "ANSWER")))
                .single();
    }

    /** The reporter's message to the officer, with files. */
    public void reply(long reportId, String text, List<Upload> uploads) {
        if (blank(text) && (uploads == null || uploads.stream().allMatch(u -> u.content().length == 0))) {
            throw new ReportRefused("reports.error.emptyMessage");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new ReportRefused("reports.error.textLong", MAX_TEXT);
        }
        List<ReportStore.Checked> files = store.check(uploads == null ? List.of() : uploads);
        store.addMessage(
                reportId, store.dataKey(reportId), "FROM_REPORTER", null, text == null ? "" : text.strip(), files);
        store.history(reportId, "REPORTER_MESSAGE", null, "reporter");
    }

    /** A file the reporter may download: his own, the officer's messages' and the answer's. */
    @Transactional(readOnly = true)
    ReportStore.Download file(long reportId, long fileId) {
        ReportStore.Download d = store.download(reportId, fileId, store.dataKey(reportId));
        if (d.messageId() != null && !REPORTER_KINDS.contains(store.messageKind(d.messageId()))) {
            throw new ReportNotFound("file", fileId);
        }
        return d;
    }
}
