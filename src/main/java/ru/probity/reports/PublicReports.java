package ru.probity.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Receipts;
import ru.probity.platform.Refusal;
import ru.probity.reports.engine.AppealDeadlines;
import ru.probity.reports.engine.FileKind;
import ru.probity.reports.engine.MessageKind;
import ru.probity.reports.engine.ReportStatus;
import ru.probity.sealing.Sealing;

/**
 * The virtual reception: a report from anyone, without an account, sealed with the organization's
 * public key; the receipt code that alone opens the reporter's page later. Nothing about the
 * sender's connection is passed in, so nothing of it can be stored.
 */
@Service
@Transactional
public class PublicReports {

    static final int MAX_TEXT = 20_000;

    /** The messages the reporter's page shows: the channel and the notices, never internal comments. */
    static final List<MessageKind> REPORTER_KINDS = Arrays.stream(MessageKind.values())
            .filter(MessageKind::reporterSees)
            .toList();

    private final ReportStore store;
    private final ReportPartStore parts;
    private final ReportDirectoryStore directory;
    private final ReportKeys keys;
    private final ReportUploads uploads;
    private final ReportHandling handling;
    private final Organizations organizations;

    PublicReports(
            ReportStore store,
            ReportPartStore parts,
            ReportDirectoryStore directory,
            ReportKeys keys,
            ReportUploads uploads,
            ReportHandling handling,
            Organizations organizations) {
        this.organizations = organizations;
        this.store = store;
        this.parts = parts;
        this.directory = directory;
        this.keys = keys;
        this.uploads = uploads;
        this.handling = handling;
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

        /**
         * Anonymous in the sense of 59-ФЗ ст.11 ч.1: no answer is sent when the surname or both the
         * postal and the e-mail address for the answer are missing — a phone only, or a name only,
         * gets no answer (the contacts are still kept, sealed).
         */
        boolean anonymous() {
            return blank(name) || (blank(address) && blank(email));
        }

        /** Whether the reporter gave any contact at all (then they are kept, sealed). */
        boolean hasContacts() {
            return !(blank(name) && blank(address) && blank(phone) && blank(email));
        }

        /**
         * The consent as given: null without contacts. It is never demanded — 152-ФЗ ст.6 ч.1 п.2
         * makes processing for an appeal under 59-ФЗ lawful without it.
         */
        Boolean consentGiven() {
            return hasContacts() ? consent : null;
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

    /** A report's text: at least 10 characters, at most {@value #MAX_TEXT}. */
    static void checkText(String text) {
        if (blank(text) || text.strip().length() < 10) {
            throw Refusal.invalid("reports.error.textShort");
        }
        if (text.length() > MAX_TEXT) {
            throw Refusal.invalid("reports.error.textLong", MAX_TEXT);
        }
    }

    private static void line(StringJoiner joiner, String label, String value) {
        if (!blank(value)) {
            joiner.add(label + ": " + value.strip());
        }
    }

    /** An organization of the tree for the form's list. */
    public record Choice(long id, String name, int depth) {}

    /** The active organizations of the whole tree in tree order (siblings by name), with their depth. */
    @Transactional(readOnly = true)
    public List<Choice> organizations() {
        return organizations.allActive().stream()
                .map(o -> new Choice(o.id(), o.name(), o.depth()))
                .toList();
    }

    /**
     * Stores a report and returns its receipt code (normalized). The caller shows the code only
     * after this method's transaction has committed.
     */
    public String submit(Submission s) {
        validate(s);
        List<ReportUploads.Checked> files = uploads.check(s.files());
        String receipt = Receipts.newReceipt();
        byte[] dataKey = Sealing.newDataKey();
        LocalDate today = LocalDate.now();
        long id = store.insert(new ReportStore.NewReport(
                s.organizationId(),
                ReportChannel.WEB,
                s.topic(),
                ReportStatus.NEW,
                s.anonymous(),
                false,
                s.aboutMunicipalEmployee(),
                today,
                AppealDeadlines.registerBy(today),
                null,
                null,
                false,
                keys.receiptHash(receipt),
                keys.wrap(dataKey, s.organizationId()),
                Sealing.sealText(dataKey, s.text().strip(), "report-text"),
                s.hasContacts() ? Sealing.sealText(dataKey, s.contacts(), "contacts") : null,
                s.consentGiven(),
                "reporter"));
        parts.addFiles(id, null, FileKind.ATTACHMENT, dataKey, files);
        store.history(id, "RECEIVED", "WEB", "reporter");
        return receipt;
    }

    private void validate(Submission s) {
        if (s.organizationId() == null
                || directory.activeOrganizationName(s.organizationId()).isEmpty()) {
            throw Refusal.invalid("reports.error.organization");
        }
        if (s.topic() == null) {
            throw Refusal.invalid("reports.error.topic");
        }
        checkText(s.text());
        // no consent is demanded (152-ФЗ ст.6 ч.1 п.2): a report with contacts and without it is taken
        for (String field : new String[] {s.name(), s.address(), s.phone(), s.email()}) {
            if (field != null && field.length() > 300) {
                throw Refusal.invalid("reports.error.contactLong");
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
        return store.byReceiptHash(keys.receiptHash(receipt.get()));
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
        byte[] key = keys.dataKey(reportId);
        ReportStore.ReporterRow row = store.reporterRow(reportId);
        return new ReporterView(
                row.status(),
                row.registrationNumber(),
                row.registeredOn(),
                row.answerBy(),
                row.receivedOn(),
                Sealing.openText(key, row.body(), "report-text"),
                parts.filesOfKind(reportId, key, FileKind.ATTACHMENT),
                parts.messages(reportId, key, REPORTER_KINDS),
                row.answer() == null ? null : Sealing.openText(key, row.answer(), "answer"),
                parts.filesOfKind(reportId, key, FileKind.ANSWER));
    }

    /** The reporter's message to the officer, with files. */
    public void reply(long reportId, String text, List<Upload> files) {
        if (blank(text) && (files == null || files.stream().allMatch(u -> u.content().length == 0))) {
            throw Refusal.invalid("reports.error.emptyMessage");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw Refusal.invalid("reports.error.textLong", MAX_TEXT);
        }
        List<ReportUploads.Checked> checked = uploads.check(files);
        parts.addMessage(
                reportId,
                keys.dataKey(reportId),
                MessageKind.FROM_REPORTER,
                null,
                text == null ? "" : text.strip(),
                checked);
        store.history(reportId, "REPORTER_MESSAGE", null, "reporter");
    }

    /** A file the reporter may download: his own, the officer's messages' and the answer's. */
    @Transactional(readOnly = true)
    ReportPartStore.Download file(long reportId, long fileId) {
        ReportPartStore.Download d = parts.download(reportId, fileId, keys.dataKey(reportId))
                .orElseThrow(() -> new NotFound("file", fileId));
        if (d.messageId() != null && !parts.messageKind(d.messageId()).reporterSees()) {
            throw new NotFound("file", fileId);
        }
        return d;
    }

    /**
     * For the demo's history (its loader has no signed-in officer): registers the report of a
     * receipt today under the organization's next number, as the officer would, and gives it to
     * the officer with this user name — without the history entries and the access log of an
     * officer's action. Does nothing for an unknown receipt or user.
     */
    public void registerAndAssignForDemo(String receipt, String officerUsername) {
        Optional<Long> id = find(receipt);
        Optional<Long> officer = directory.userId(officerUsername);
        if (id.isEmpty() || officer.isEmpty()) {
            return;
        }
        ReportCard card = store.card(id.get()).orElseThrow();
        if (!card.status().canMoveTo(ReportStatus.REGISTERED)) {
            return;
        }
        store.register(
                id.get(),
                handling.registration(card.organizationId(), LocalDate.now(), card.anonymous()),
                card.aboutCrime(),
                false);
        store.assign(id.get(), officer.get());
    }
}
