package ru.probity.reports;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Employee;
import ru.probity.org.Organizations;
import ru.probity.org.People;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.reports.engine.AppealDeadlines;
import ru.probity.reports.engine.FileKind;
import ru.probity.reports.engine.MessageKind;
import ru.probity.reports.engine.ReportStatus;
import ru.probity.sealing.Sealing;

/**
 * What officers do with a report under 59-ФЗ: the intake of calls, letters, e-mails and visits,
 * registration, assignment, the one extension, messages to the reporter and internal comments,
 * the answer, closing, redirection to the competent organization, and sending to the commission.
 * Who may do what is read from {@link Reports}; every status change is asked of {@link
 * ReportStatus#canMoveTo} first.
 */
@Service
@Transactional
public class ReportHandling {

    private final Reports reports;
    private final ReportStore store;
    private final ReportPartStore parts;
    private final ReportDirectoryStore directory;
    private final ReportKeys keys;
    private final ReportUploads uploads;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final People people;
    private final ApplicationEventPublisher events;

    ReportHandling(
            Reports reports,
            ReportStore store,
            ReportPartStore parts,
            ReportDirectoryStore directory,
            ReportKeys keys,
            ReportUploads uploads,
            Organizations organizations,
            AccessLog accessLog,
            People people,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.store = store;
        this.parts = parts;
        this.directory = directory;
        this.keys = keys;
        this.uploads = uploads;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.people = people;
        this.events = events;
    }

    /** A report taken by an officer: a call, a letter, an e-mail or a visit. Registered at once. */
    public record Intake(
            Long organizationId,
            ReportChannel channel,
            ReportTopic topic,
            LocalDate receivedOn,
            String text,
            String contacts,
            boolean answerAddress,
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
        if (!Reports.HANDLERS.contains(user.role())) {
            throw new AccessDeniedException("Role " + user.role() + " does not handle reports");
        }
        if (in.organizationId() == null || !organizations.isVisible(user, in.organizationId())) {
            throw Refusal.invalid("reports.error.organization");
        }
        if (in.channel() == null || in.channel() == ReportChannel.WEB) {
            throw Refusal.invalid("reports.error.channel");
        }
        if (in.topic() == null) {
            throw Refusal.invalid("reports.error.topic");
        }
        PublicReports.checkText(in.text());
        LocalDate today = LocalDate.now();
        LocalDate received = in.receivedOn() == null ? today : in.receivedOn();
        if (received.isAfter(today) || received.isBefore(today.minusYears(1))) {
            throw Refusal.invalid("reports.error.receivedOn");
        }
        List<ReportUploads.Checked> files = uploads.check(in.files());
        // 59-ФЗ ст.11 ч.1: no answer without the surname or a postal or e-mail address for it
        boolean anonymous = PublicReports.blank(in.contacts()) || !in.answerAddress();
        byte[] dataKey = Sealing.newDataKey();
        long id = store.insert(new ReportStore.NewReport(
                in.organizationId(),
                in.channel(),
                in.topic(),
                ReportStatus.REGISTERED,
                anonymous,
                in.aboutCrime(),
                in.aboutMunicipalEmployee(),
                received,
                AppealDeadlines.registerBy(received),
                registration(in.organizationId(), today, anonymous),
                user.userId(),
                true,
                null,
                keys.wrap(dataKey, in.organizationId()),
                Sealing.sealText(dataKey, in.text().strip(), "report-text"),
                PublicReports.blank(in.contacts())
                        ? null
                        : Sealing.sealText(dataKey, in.contacts().strip(), "contacts"),
                null,
                user.username()));
        parts.addFiles(id, null, FileKind.ATTACHMENT, dataKey, files);
        store.history(id, "RECEIVED", in.channel().name(), user.username());
        store.history(id, "REGISTERED", null, user.username());
        accessLog.record(
                AccessAction.CREATE,
                Reports.SUBJECT,
                id,
                in.organizationId(),
                in.channel().name());
        return id;
    }

    /** The next number of the organization and the terms of a report registered {@code on} that day. */
    ReportStore.Registration registration(long organizationId, LocalDate on, boolean anonymous) {
        return new ReportStore.Registration(
                store.nextNumber(organizationId, on),
                on,
                AppealDeadlines.redirectBy(on),
                AppealDeadlines.answerBy(on, anonymous));
    }

    /** Registration of a report received through the website (or redirected here). */
    public void registerReport(CurrentUser user, long id, boolean aboutCrime, boolean aboutMunicipalEmployee) {
        ReportCard card = reports.handled(user, id);
        if (!card.status().canMoveTo(ReportStatus.REGISTERED)) {
            throw Refusal.conflict("reports.error.alreadyRegistered");
        }
        store.register(
                id,
                registration(card.organizationId(), LocalDate.now(), card.anonymous()),
                aboutCrime,
                aboutMunicipalEmployee);
        store.history(id, "REGISTERED", null, user.username());
    }

    /**
     * Gives the report to an officer who sees its organization — never to the employee it complains
     * about (59-ФЗ ст.8 ч.6: a complaint is not sent to the person whose actions it complains of).
     */
    public void assign(CurrentUser user, long id, long assigneeId) {
        ReportCard card = reports.handled(user, id);
        if (complainedAbout(card, assigneeId)) {
            throw Refusal.conflict("reports.error.subjectAssignee");
        }
        Reports.Officer officer = reports.assignees(user, id).stream()
                .filter(o -> o.id() == assigneeId)
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("reports.error.assignee"));
        store.assign(id, assigneeId);
        store.history(id, "ASSIGNED", officer.name(), user.username());
        accessLog.record(AccessAction.UPDATE, Reports.SUBJECT, id, card.organizationId(), "assigned to " + assigneeId);
    }

    /** The one extension of 59-ФЗ ст.12 ч.2, with a notice to the reporter. */
    public void extend(CurrentUser user, long id, int days, String reason) {
        ReportCard card = reports.assignedOpen(user, id);
        if (card.status() != ReportStatus.REGISTERED) {
            throw Refusal.conflict("reports.error.notRegistered");
        }
        LocalDate newTerm = AppealDeadlines.extend(card.answerBy(), days, card.extended());
        store.extend(id, newTerm, days);
        String notice = "Срок рассмотрения обращения продлён на " + days + " дн., до " + RussianFormats.date(newTerm)
                + "." + (PublicReports.blank(reason) ? "" : " Причина: " + reason.strip());
        parts.addMessage(id, keys.dataKey(id), MessageKind.NOTICE, user.fullName(), notice, List.of());
        store.history(id, "EXTENDED", days + " дн.", user.username());
    }

    /** A message to the reporter (a question) or an internal comment, with files. */
    public void write(CurrentUser user, long id, boolean internal, String text, List<Upload> files) {
        reports.assigned(user, id);
        if (PublicReports.blank(text)) {
            throw Refusal.invalid("reports.error.emptyMessage");
        }
        if (text.length() > PublicReports.MAX_TEXT) {
            throw Refusal.invalid("reports.error.textLong", PublicReports.MAX_TEXT);
        }
        List<ReportUploads.Checked> checked = uploads.check(files);
        parts.addMessage(
                id,
                keys.dataKey(id),
                internal ? MessageKind.INTERNAL : MessageKind.TO_REPORTER,
                user.fullName(),
                text.strip(),
                checked);
        store.history(id, internal ? "COMMENT" : "MESSAGE", null, user.username());
    }

    /** The answer: text and optionally the signed document; the report is closed as answered. */
    public void answer(CurrentUser user, long id, String text, List<Upload> files) {
        ReportCard card = reports.assignedOpen(user, id);
        if (!card.status().canMoveTo(ReportStatus.ANSWERED)) {
            throw Refusal.conflict("reports.error.notRegistered");
        }
        if (PublicReports.blank(text)) {
            throw Refusal.invalid("reports.error.emptyAnswer");
        }
        List<ReportUploads.Checked> checked = uploads.check(files);
        byte[] key = keys.dataKey(id);
        store.answer(id, Sealing.sealText(key, text.strip(), "answer"));
        parts.addFiles(id, null, FileKind.ANSWER, key, checked);
        store.history(id, "ANSWERED", null, user.username());
    }

    /** Closing without an answer: anonymous, or nothing to answer; the reason goes to the history. */
    public void close(CurrentUser user, long id, String reason) {
        ReportCard card = reports.assignedOpen(user, id);
        if (!card.status().canMoveTo(ReportStatus.CLOSED)) {
            throw Refusal.conflict("reports.error.closed");
        }
        if (PublicReports.blank(reason)) {
            throw Refusal.invalid("reports.error.reason");
        }
        store.close(id);
        store.history(id, "CLOSED", reason.strip(), user.username());
    }

    /**
     * Sends the report to the competent organization (59-ФЗ ст.8 ч.3; an anonymous report of a
     * crime, ст.11 ч.1): the data key is re-wrapped for the new organization's key, the report
     * arrives there unassigned and unregistered, and the reporter is told.
     */
    public void redirect(CurrentUser user, long id, long organizationId, String reason) {
        ReportCard card = reports.handled(user, id);
        if (!card.status().canMoveTo(ReportStatus.NEW)) {
            throw Refusal.conflict("reports.error.closed");
        }
        if (organizationId == card.organizationId()) {
            throw Refusal.invalid("reports.error.sameOrganization");
        }
        String name = directory
                .activeOrganizationName(organizationId)
                .orElseThrow(() -> Refusal.invalid("reports.error.organization"));
        if (card.employeeId() != null && directory.heads(card.employeeId(), organizationId)) {
            // 59-ФЗ ст.8 ч.6: not to the organization headed by the person complained about
            throw Refusal.conflict("reports.error.subjectHeads");
        }
        byte[] key = keys.dataKey(id);
        LocalDate today = LocalDate.now();
        store.redirect(
                id,
                card.organizationId(),
                organizationId,
                keys.wrap(key, organizationId),
                today,
                AppealDeadlines.registerBy(today));
        parts.addMessage(
                id,
                key,
                MessageKind.NOTICE,
                user.fullName(),
                "Обращение направлено по компетенции: " + name + "."
                        + (PublicReports.blank(reason) ? "" : " " + reason.strip()),
                List.of());
        store.history(id, "REDIRECTED", card.organizationName() + " → " + name, user.username());
        accessLog.record(
                AccessAction.UPDATE, Reports.SUBJECT, id, card.organizationId(), "redirected to " + organizationId);
    }

    /**
     * Employees of the report's organization subtree who may be named as the one the report is about
     * (active, found by name, INN or SNILS); the list is read through {@link People}, so it is logged.
     */
    public List<Employee> commissionCandidates(CurrentUser user, long id, String query) {
        ReportCard card = reports.handled(user, id);
        return people.search(user, query, card.organizationId(), false, 0, 50).items();
    }

    /**
     * Sends a registered report to the commission on official conduct and conflicts of interest,
     * naming the employee of the report's organization subtree it is about (or nobody, when the
     * person is not established): written to the history and the access log, and published as
     * {@link ReportSentToCommission} for the commission. Once per report.
     */
    public void sendToCommission(CurrentUser user, long id, Long employeeId) {
        ReportCard card = reports.handled(user, id);
        if (card.status() == ReportStatus.NEW) {
            throw Refusal.conflict("reports.error.notRegistered");
        }
        if (card.anonymous()) {
            // Указ №821 п.17: anonymous appeals are not considered by the commission
            throw Refusal.conflict("reports.commission.error.anonymous");
        }
        if (card.destroyed()) {
            throw Refusal.conflict("reports.error.destroyed");
        }
        if (card.sentToCommission()) {
            throw Refusal.conflict("reports.commission.error.already");
        }
        reports.refuseOwn(user, employeeId, id);
        if (employeeId != null && !directory.activeEmployeeIn(employeeId, card.organizationId())) {
            throw Refusal.invalid("reports.commission.error.employee");
        }
        if (!store.sendToCommission(id, employeeId)) {
            throw Refusal.conflict("reports.commission.error.already");
        }
        // the employee's name stays out of the history, which the custodian also reads
        store.history(id, "SENT_TO_COMMISSION", null, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                Reports.SUBJECT,
                id,
                card.organizationId(),
                "sent to the commission" + (employeeId == null ? "" : ", employee " + employeeId));
        events.publishEvent(new ReportSentToCommission(
                id,
                card.organizationId(),
                employeeId != null ? employeeId : card.employeeId(),
                card.registrationNumber()));
    }

    /** Whether the account {@code userId} belongs to the employee the report complains about. */
    private boolean complainedAbout(ReportCard card, long userId) {
        return card.employeeId() != null
                && directory
                        .employeeOfUser(userId)
                        .filter(card.employeeId()::equals)
                        .isPresent();
    }

    /**
     * Names the employee of the report's organization subtree the report complains about, or clears
     * him (null): from then on the report is never given to him (59-ФЗ ст.8 ч.6), nor redirected to
     * the organization he heads, and it leaves his own register (273-ФЗ ст.10–11). Not once the
     * report went to the commission, which named the employee.
     */
    public void nameSubject(CurrentUser user, long id, Long employeeId) {
        ReportCard card = reports.handled(user, id);
        if (card.destroyed()) {
            throw Refusal.conflict("reports.error.destroyed");
        }
        if (card.sentToCommission()) {
            throw Refusal.conflict("reports.subject.error.sent");
        }
        reports.refuseOwn(user, employeeId, id);
        if (employeeId != null && !directory.activeEmployeeIn(employeeId, card.organizationId())) {
            throw Refusal.invalid("reports.commission.error.employee");
        }
        if (employeeId != null
                && card.assigneeId() != null
                && directory
                        .employeeOfUser(card.assigneeId())
                        .filter(employeeId::equals)
                        .isPresent()) {
            throw Refusal.conflict("reports.subject.error.assignee");
        }
        if (!store.nameSubject(id, employeeId)) {
            throw Refusal.conflict("reports.subject.error.sent");
        }
        // the name stays out of the history, which the custodian also reads
        store.history(id, employeeId == null ? "SUBJECT_CLEARED" : "SUBJECT_NAMED", null, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                Reports.SUBJECT,
                id,
                card.organizationId(),
                "person complained about" + (employeeId == null ? "" : ", employee " + employeeId));
    }

    /** The longest name of a body or an outgoing number. */
    static final int MAX_REQUISITE = 300;

    /**
     * Forwards a registered report to an external competent body — the police, the prosecutor,
     * another authority (59-ФЗ ст.8 ч.3, within seven days of registration; an anonymous report of a
     * противоправное деяние, ст.11 ч.1) — by an outgoing letter: its number (the officer's, or the
     * organization's next {@code <n>-исх/<year>}) and date are recorded, the report becomes
     * FORWARDED, and the reporter is told on his page (the module's channel to him).
     */
    public void forward(
            CurrentUser user, long id, String body, String outgoingNumber, LocalDate outgoingOn, String note) {
        ReportCard card = reports.handled(user, id);
        if (card.status() == ReportStatus.NEW) {
            throw Refusal.conflict("reports.error.notRegistered");
        }
        if (!card.status().canMoveTo(ReportStatus.FORWARDED)) {
            throw Refusal.conflict("reports.error.closed");
        }
        if (PublicReports.blank(body)) {
            throw Refusal.invalid("reports.forward.error.body");
        }
        if (body.length() > MAX_REQUISITE
                || (outgoingNumber != null && outgoingNumber.length() > MAX_REQUISITE)
                || (note != null && note.length() > PublicReports.MAX_TEXT)) {
            throw Refusal.invalid("reports.forward.error.long");
        }
        LocalDate today = LocalDate.now();
        LocalDate on = outgoingOn == null ? today : outgoingOn;
        if (on.isAfter(today) || (card.registeredOn() != null && on.isBefore(card.registeredOn()))) {
            throw Refusal.invalid("reports.forward.error.date");
        }
        String number = PublicReports.blank(outgoingNumber)
                ? store.nextOutgoingNumber(card.organizationId(), on)
                : outgoingNumber.strip();
        String to = body.strip();
        store.forward(id, to, number, on);
        String letter = "исх. № " + number + " от " + RussianFormats.date(on);
        parts.addMessage(
                id,
                keys.dataKey(id),
                MessageKind.NOTICE,
                user.fullName(),
                "Обращение направлено по компетенции в " + to + " (" + letter + "), 59-ФЗ ст. 8 ч. 3."
                        + (PublicReports.blank(note) ? "" : " " + note.strip()),
                List.of());
        store.history(id, "FORWARDED", to + ", " + letter, user.username());
        accessLog.record(
                AccessAction.UPDATE, Reports.SUBJECT, id, card.organizationId(), "forwarded to an external body");
    }

    /**
     * Destroys the content of reports whose retention period has passed, by the act the officer
     * names after the expert review (Перечень Росархива №236: обращения граждан — 5 лет ЭПК): all
     * or none; each leaves a tombstone with the act, an entry of its history and of the access log.
     */
    public int destroy(CurrentUser user, List<Long> ids, String act, LocalDate actOn) {
        if (!Reports.canHandle(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not handle reports");
        }
        if (ids == null || ids.isEmpty()) {
            throw Refusal.invalid("reports.retention.error.none");
        }
        if (PublicReports.blank(act) || act.length() > MAX_REQUISITE) {
            throw Refusal.invalid("reports.retention.error.act");
        }
        if (actOn == null || actOn.isAfter(LocalDate.now())) {
            throw Refusal.invalid("reports.retention.error.actDate");
        }
        LocalDate closedBefore = reports.retentionCutoff(LocalDate.now());
        List<ReportCard> cards =
                ids.stream().distinct().map(id -> reports.handled(user, id)).toList();
        for (ReportCard card : cards) {
            if (card.destroyed()) {
                throw Refusal.conflict("reports.error.destroyed");
            }
            if (card.closedOn() == null || !card.closedOn().isBefore(closedBefore)) {
                throw Refusal.conflict(
                        "reports.retention.error.notExpired",
                        card.registrationNumber() == null ? "№ " + card.id() : card.registrationNumber());
            }
        }
        String detail = "акт № " + act.strip() + " от " + RussianFormats.date(actOn);
        for (ReportCard card : cards) {
            store.destroy(card.id(), act.strip(), actOn, user.username());
            store.history(card.id(), "DESTROYED", detail, user.username());
            accessLog.record(
                    AccessAction.DELETE, Reports.SUBJECT, card.id(), card.organizationId(), "retention period ended");
        }
        return cards.size();
    }
}
