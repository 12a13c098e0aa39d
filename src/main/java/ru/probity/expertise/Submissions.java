package ru.probity.expertise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.expertise.independent.PublicExpertiseTerms;
import ru.probity.expertise.independent.SubmissionKind;
import ru.probity.expertise.independent.SubmissionStatus;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Receipts;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;

/**
 * The conclusions of accredited independent experts and the proposals of citizens and organizations
 * on drafts published for expertise: received through the public form while the draft is open,
 * registered at once with a number and the answer's last day — 30 days from receipt (172-ФЗ ст.5
 * ч.4); the officer records the reasoned answer and whether it was taken into account, and the answer
 * goes out by e-mail through Probity or is marked sent by post. The sender follows it by the secret
 * code of the receipt.
 */
@Service
public class Submissions {

    static final String SUBJECT = "EXPERTISE_SUBMISSION";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_TEXT = 100_000;
    private static final int MAX_FIELD = 500;

    private final SubmissionStore store;
    private final Publications publications;
    private final PublicExpertiseSettings settings;
    private final RegionTime regionTime;
    private final Mailer mailer;
    private final Messages messages;
    private final AccessLog accessLog;

    Submissions(
            SubmissionStore store,
            Publications publications,
            PublicExpertiseSettings settings,
            RegionTime regionTime,
            Mailer mailer,
            Messages messages,
            AccessLog accessLog) {
        this.store = store;
        this.publications = publications;
        this.settings = settings;
        this.regionTime = regionTime;
        this.mailer = mailer;
        this.messages = messages;
        this.accessLog = accessLog;
    }

    /** A file of the form, as read (bounded) from the upload. */
    public record Upload(String name, byte[] content) {

        @Override
        public String toString() {
            return "Upload[" + (content == null ? 0 : content.length) + " bytes]";
        }
    }

    /** What the public form sends. */
    public record NewSubmission(
            SubmissionKind kind,
            String authorName,
            String email,
            String postalAddress,
            String accreditationOrder,
            LocalDate accreditationDate,
            String text,
            List<Upload> files) {

        /** Without the sender's data. */
        @Override
        public String toString() {
            return "NewSubmission[" + kind + "]";
        }
    }

    /** The receipt: the registration number and date, the answer's last day, the secret code. */
    public record Receipt(int number, LocalDate receivedOn, LocalDate dueOn, String code, String title) {}

    /** A received conclusion or proposal as the pages show it. */
    public record Submission(SubmissionStore.Row row, LocalDate today) {

        public long id() {
            return row.id();
        }

        public SubmissionKind kind() {
            return SubmissionKind.parse(row.kind());
        }

        public SubmissionStatus status() {
            return SubmissionStatus.of(row.answeredAt() != null, row.sentAt() != null);
        }

        public boolean overdue() {
            return PublicExpertiseTerms.overdue(today, row.dueOn(), row.sentAt() != null);
        }
    }

    public int maxFileMb() {
        return settings.maxFileMb();
    }

    public int maxFiles() {
        return settings.maxFiles();
    }

    // --- the public side

    /**
     * Registers a conclusion or proposal on an open publication; refuses in Russian bad input or a
     * closed publication. The transaction commits before the receipt is shown.
     */
    @Transactional
    public Receipt submit(long publicationId, NewSubmission s) {
        DraftPublicationStore.Row publication = publications.openRow(publicationId);
        if (s.kind() == null) {
            throw Refusal.invalid("expertise.public.error.kind");
        }
        String name = trimmed(s.authorName());
        String email = trimmed(s.email());
        String postal = trimmed(s.postalAddress());
        String text = s.text() == null || s.text().isBlank() ? null : s.text().strip();
        if (name == null) {
            throw Refusal.invalid("expertise.public.error.name");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw Refusal.invalid("expertise.public.error.email");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw Refusal.invalid("expertise.public.error.textTooLong", MAX_TEXT);
        }
        List<AttachedFile> files = List.of();
        String order = null;
        LocalDate orderDate = null;
        if (s.kind() == SubmissionKind.INDEPENDENT_CONCLUSION) {
            order = orderNumber(s.accreditationOrder());
            orderDate = s.accreditationDate();
            if (order == null || orderDate == null) {
                throw Refusal.invalid("expertise.public.error.accreditation");
            }
            if (orderDate.isAfter(regionTime.today())) {
                throw Refusal.invalid("expertise.public.error.accreditationFuture");
            }
            if (email == null) {
                throw Refusal.invalid("expertise.public.error.expertEmail");
            }
            files = checkFiles(s.files());
            if (text == null && files.isEmpty()) {
                throw Refusal.invalid("expertise.public.error.conclusionEmpty");
            }
        } else {
            if (email == null && postal == null) {
                throw Refusal.invalid("expertise.public.error.address");
            }
            if (text == null) {
                throw Refusal.invalid("expertise.public.error.text");
            }
        }
        LocalDate today = regionTime.today();
        String code = Receipts.newReceipt();
        SubmissionStore.Row row = store.insert(new SubmissionStore.New(
                publication.id(),
                publication.organizationId(),
                s.kind().name(),
                name,
                email,
                postal,
                order,
                orderDate,
                text,
                today,
                PublicExpertiseTerms.answerDue(today),
                Receipts.hash(code)));
        for (AttachedFile f : files) {
            store.addFile(row.id(), f.name(), f.type().contentType(), f.content(), f.sha256());
        }
        return new Receipt(
                row.registrationNumber(), row.receivedOn(), row.dueOn(), Receipts.display(code), row.title());
    }

    private static String trimmed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_FIELD) {
            throw Refusal.invalid("expertise.public.error.fieldTooLong", MAX_FIELD);
        }
        return v;
    }

    /** DOCX and PDF only, without active content, within the limits. */
    private List<AttachedFile> checkFiles(List<Upload> uploads) {
        List<AttachedFile> checked = new ArrayList<>();
        for (Upload u : uploads == null ? List.<Upload>of() : uploads) {
            if (u == null
                    || (u.content().length == 0 && (u.name() == null || u.name().isBlank()))) {
                continue; // an empty file input
            }
            AttachedFile file;
            try {
                file = AttachedFile.checkInert(u.name(), u.content(), settings.maxFileBytes());
            } catch (AttachedFile.Refused e) {
                throw Refusal.invalid("reports.file." + e.reason(), e.fileName(), settings.maxFileMb());
            }
            if (file.type() != AttachedFile.Type.DOCX && file.type() != AttachedFile.Type.PDF) {
                throw Refusal.invalid("expertise.public.error.fileType", file.name());
            }
            checked.add(file);
        }
        if (checked.size() > settings.maxFiles()) {
            throw Refusal.invalid("reports.file.tooMany", settings.maxFiles());
        }
        return checked;
    }

    /** What the sender sees by his code; empty for an unknown code. */
    @Transactional(readOnly = true)
    public Optional<Submission> status(String typedCode) {
        return Receipts.normalize(typedCode)
                .flatMap(code -> store.findByCode(Receipts.hash(code)))
                .map(r -> new Submission(r, regionTime.today()));
    }

    // --- the officer's side

    /** The received ones of the user's subtree: of a publication, or all; only those not yet sent, if asked. */
    @Transactional
    public List<Submission> list(Long publicationId, boolean pendingOnly) {
        CurrentUser user = Publications.reader();
        LocalDate today = regionTime.today();
        List<Submission> list = store.list(user.organizationId(), publicationId, pendingOnly).stream()
                .map(r -> new Submission(r, today))
                .toList();
        accessLog.recordEach(
                AccessAction.READ,
                SUBJECT,
                list.stream().map(s -> new AccessLog.Subject(s.id(), null)).toList(),
                "list");
        return list;
    }

    @Transactional
    public Submission view(long id) {
        CurrentUser user = Publications.reader();
        Submission s = new Submission(
                store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("submission", id)),
                regionTime.today());
        accessLog.record(AccessAction.READ, SUBJECT, id, null, null);
        return s;
    }

    /** The files of a submission (listed with the page the view logged). */
    @Transactional(readOnly = true)
    public List<SubmissionStore.FileRow> files(long id) {
        visible(id);
        return store.files(id);
    }

    private SubmissionStore.Row visible(long id) {
        CurrentUser user = Publications.reader();
        return store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("submission", id));
    }

    @Transactional
    public SubmissionStore.Download file(long id, long fileId) {
        visible(id);
        accessLog.record(AccessAction.READ, SUBJECT, id, null, "file " + fileId);
        return store.file(id, fileId).orElseThrow(() -> new NotFound("file", fileId));
    }

    /**
     * Records the reasoned answer and whether the conclusion or proposal was taken into account, and
     * sends it by e-mail when the sender gave an address; true when it went out by e-mail.
     */
    @Transactional
    public boolean answer(long id, String answer, Boolean accepted) {
        CurrentUser user = Publications.manager();
        Submission s = view(id);
        if (answer == null || answer.isBlank()) {
            throw Refusal.invalid("expertise.submission.error.answer");
        }
        if (accepted == null) {
            throw Refusal.invalid("expertise.submission.error.accepted");
        }
        if (answer.length() > MAX_TEXT) {
            throw Refusal.invalid("expertise.public.error.textTooLong", MAX_TEXT);
        }
        if (!store.answer(id, answer.strip(), accepted, user.username())) {
            throw Refusal.conflict("expertise.submission.error.answered");
        }
        return s.row().email() != null && email(id, user);
    }

    /** Sends the recorded answer by e-mail again (after a failure). */
    @Transactional
    public boolean resend(long id) {
        CurrentUser user = Publications.manager();
        Submission s = view(id);
        if (s.status() != SubmissionStatus.ANSWERED || s.row().email() == null) {
            throw Refusal.conflict("expertise.submission.error.notToSend");
        }
        if (!email(id, user)) {
            throw Refusal.conflict("expertise.submission.error.mail");
        }
        return true;
    }

    private boolean email(long id, CurrentUser user) {
        SubmissionStore.Row r = store.find(user.organizationId(), id).orElseThrow();
        String subject = messages.text("expertise.mail.subject", r.title());
        String body = messages.text(
                "expertise.mail.body",
                r.authorName(),
                r.registrationNumber(),
                RussianFormats.date(r.receivedOn()),
                r.title(),
                messages.text("expertise.submission.accepted." + r.accepted()),
                r.answer(),
                r.organizationName());
        if (!mailer.send(r.email(), subject, body, "expertise submission " + id)) {
            return false;
        }
        store.sent(id, "EMAIL", user.username());
        return true;
    }

    /** Marks the recorded answer sent by post. */
    @Transactional
    public void markPosted(long id) {
        CurrentUser user = Publications.manager();
        Submission s = view(id);
        if (s.status() != SubmissionStatus.ANSWERED || !store.sent(id, "POST", user.username())) {
            throw Refusal.conflict("expertise.submission.error.notToSend");
        }
    }

    /** Independent conclusions received and accepted, and proposals received, in the user's subtree. */
    @Transactional(readOnly = true)
    public SubmissionStore.Figures figures(LocalDate from, LocalDate to) {
        CurrentUser user = Publications.reader();
        return store.figures(user.organizationId(), from, to);
    }

    private static final java.util.regex.Pattern ORDER_PREFIX = java.util.regex.Pattern.compile(
            "^(распоряжени[еяю]\\s+)?(минюста\\s+(россии|рф)\\s+)?(об\\s+аккредитации\\s+)?(от\\s+\\S+\\s+)?(№|n)?\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * The number of the accreditation order as the register shows it: what an expert types before it
     * («распоряжение Минюста России № …») is dropped, the page printing those words itself.
     */
    static String orderNumber(String typed) {
        String order = trimmed(typed);
        if (order == null) {
            return null;
        }
        String number = ORDER_PREFIX.matcher(order).replaceFirst("").strip();
        return number.isEmpty() ? order : number;
    }
}
