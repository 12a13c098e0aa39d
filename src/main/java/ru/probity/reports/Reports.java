package ru.probity.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Interests;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Page;
import ru.probity.platform.Refusal;
import ru.probity.reports.engine.FileKind;
import ru.probity.reports.engine.MessageKind;
import ru.probity.reports.engine.ReportStatus;
import ru.probity.sealing.Sealing;

/**
 * The officers' side of reports: the register and what is read of a report. The register
 * (requisites and terms, no content) is seen by the officers and the regional administrator of the
 * subtree, and by the custodian; what the reporter wrote is opened only for the assigned officer,
 * his identity only for the custodian (or for the officer once the custodian discloses it); every
 * opening is written to the access log. What officers do with a report is {@link ReportHandling}.
 */
@Service
@Transactional
public class Reports {

    /** The access log's subject type of a report. */
    static final String SUBJECT = "REPORT";

    /** The access log's subject type of a read of a report's file (the subject id is the report's). */
    static final String SUBJECT_FILE = "REPORT_FILE";

    /** The roles that handle reports (the custodian only reads the register). */
    static final Set<Role> HANDLERS = Set.of(Role.REGIONAL_ADMIN, Role.ANTICORRUPTION_OFFICER);

    private final ReportStore store;
    private final ReportPartStore parts;
    private final ReportDirectoryStore directory;
    private final ReportKeys keys;
    private final Organizations organizations;
    private final AccessLog accessLog;

    private final Interests interests;
    private final int retentionYears;

    Reports(
            ReportStore store,
            ReportPartStore parts,
            ReportDirectoryStore directory,
            ReportKeys keys,
            Organizations organizations,
            AccessLog accessLog,
            Interests interests,
            ReportSettings settings) {
        this.interests = interests;
        this.retentionYears = settings.retentionYears();
        this.store = store;
        this.parts = parts;
        this.directory = directory;
        this.keys = keys;
        this.organizations = organizations;
        this.accessLog = accessLog;
    }

    /**
     * Whether the user handles reports (registers, takes, answers, redirects, sends to the
     * commission): the rule {@link #handled} enforces and the pages follow — the custodian only sees
     * the reporters' identities.
     */
    public static boolean canHandle(CurrentUser user) {
        return HANDLERS.contains(user.role());
    }

    static boolean seesRegister(CurrentUser user) {
        return HANDLERS.contains(user.role()) || user.role() == Role.CUSTODIAN;
    }

    /** The root of the subtree whose register the user sees. */
    private static long scope(CurrentUser user) {
        if (!seesRegister(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not handle reports");
        }
        return user.organizationId();
    }

    /**
     * Filters of the register: a status, a channel, those assigned to the user, the overdue only, the
     * open only (new or registered), the subtree of an organization of the user's (his own when null).
     */
    public record Filter(
            ReportStatus status,
            ReportChannel channel,
            boolean mine,
            boolean overdueOnly,
            boolean openOnly,
            Long organizationId) {

        public Filter(ReportStatus status, ReportChannel channel, boolean mine, boolean overdueOnly) {
            this(status, channel, mine, overdueOnly, false, null);
        }
    }

    @Transactional(readOnly = true)
    public List<ReportCard> register(CurrentUser user, Filter filter, int limit) {
        long scope = scope(user);
        if (filter.organizationId() != null) {
            scope = organizations.get(user, filter.organizationId()).id();
        }
        // a report about the user or his relative is not in his register (273-ФЗ ст.10–11)
        List<ReportCard> found = store.list(scope, filter, user.userId(), interests.of(user), limit);
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
        Page<ReportCard> found = store.page(scope(user), status, channel, from, to, interests.of(user), page, size);
        if (HANDLERS.contains(user.role())) {
            return found;
        }
        return new Page<>(
                found.items().stream().map(ReportCard::withoutEmployee).toList(),
                found.number(),
                found.size(),
                found.total());
    }

    @Transactional(readOnly = true)
    public ReportCard card(CurrentUser user, long id) {
        ReportCard card = store.card(id).orElseThrow(() -> new NotFound("report", id));
        scope(user);
        if (!organizations.isVisible(user, card.organizationId())) {
            throw new AccessDeniedException("Report " + id + " is outside the subtree of " + user.username());
        }
        refuseOwn(user, card.employeeId(), id);
        return HANDLERS.contains(user.role()) ? card : card.withoutEmployee();
    }

    /** Refuses (HTTP 403, logged) when the employee a report names is the user or his relative. */
    void refuseOwn(CurrentUser user, Long employeeId, long id) {
        if (interests.of(user).employee(employeeId)) {
            throw Interests.refusal(user, "report", id);
        }
    }

    /** The report's card for one who handles reports (not the custodian). */
    ReportCard handled(CurrentUser user, long id) {
        ReportCard card = card(user, id);
        if (!canHandle(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not handle reports");
        }
        return card;
    }

    /** The report's card for the officer it is assigned to. */
    ReportCard assigned(CurrentUser user, long id) {
        ReportCard card = handled(user, id);
        if (card.assigneeId() == null || card.assigneeId() != user.userId()) {
            throw new AccessDeniedException("Report " + id + " is not assigned to " + user.username());
        }
        return card;
    }

    /** The report's card for the officer it is assigned to, while it is open. */
    ReportCard assignedOpen(CurrentUser user, long id) {
        ReportCard card = assigned(user, id);
        if (!card.status().open()) {
            throw Refusal.conflict("reports.error.closed");
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
        if (card.destroyed()) {
            throw Refusal.conflict("reports.error.destroyed");
        }
        byte[] key = keys.dataKey(id);
        ReportStore.Sealed sealed = store.sealed(id);
        accessLog.record(AccessAction.READ, SUBJECT, id, card.organizationId(), "content");
        return new Content(
                Sealing.openText(key, sealed.body(), "report-text"),
                sealed.contacts() != null && card.identityDisclosed()
                        ? Sealing.openText(key, sealed.contacts(), "contacts")
                        : null,
                parts.filesOfKind(id, key, FileKind.ATTACHMENT),
                parts.messages(id, key, List.of(MessageKind.values())),
                sealed.answer() == null ? null : Sealing.openText(key, sealed.answer(), "answer"),
                parts.filesOfKind(id, key, FileKind.ANSWER));
    }

    /** The reporter's identity, for the custodian of the subtree; the reading is logged. */
    public String identity(CurrentUser user, long id) {
        ReportCard card = card(user, id);
        if (user.role() != Role.CUSTODIAN) {
            throw new AccessDeniedException("Only the custodian reads reporters' identities");
        }
        if (card.destroyed()) {
            throw Refusal.conflict("reports.error.destroyed");
        }
        byte[] sealed = store.sealed(id).contacts();
        accessLog.record(AccessAction.READ, "report-identity", id, card.organizationId(), null);
        return sealed == null ? null : Sealing.openText(keys.dataKey(id), sealed, "contacts");
    }

    /** The custodian discloses the identity to whoever is assigned the report. */
    public void disclose(CurrentUser user, long id) {
        ReportCard card = card(user, id);
        if (user.role() != Role.CUSTODIAN) {
            throw new AccessDeniedException("Only the custodian discloses reporters' identities");
        }
        store.discloseIdentity(id);
        store.history(id, "IDENTITY_DISCLOSED", null, user.username());
        accessLog.record(
                AccessAction.UPDATE, "report-identity", id, card.organizationId(), "disclosed to the assignee");
    }

    /** Officers of the user's subtree who may be assigned the report (they see its organization). */
    public record Officer(long id, String name, String organization) {}

    @Transactional(readOnly = true)
    public List<Officer> assignees(CurrentUser user, long id) {
        ReportCard card = handled(user, id);
        return directory.officers(user.organizationId(), card.organizationId(), card.employeeId());
    }

    /** A file of the report, for the assigned officer; the reading is logged. */
    ReportPartStore.Download file(CurrentUser user, long id, long fileId) {
        ReportCard card = assigned(user, id);
        if (card.destroyed()) {
            throw new NotFound("file", fileId);
        }
        ReportPartStore.Download d =
                parts.download(id, fileId, keys.dataKey(id)).orElseThrow(() -> new NotFound("file", fileId));
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
        return new ArrayList<>(store.history(id));
    }

    /** Organizations a report may be redirected to: the whole tree (the competent body may be anywhere). */
    @Transactional(readOnly = true)
    public List<PublicReports.Choice> destinations() {
        return organizations.allActive().stream()
                .map(o -> new PublicReports.Choice(o.id(), o.name(), o.depth()))
                .toList();
    }

    /**
     * The first day of closing that is still kept on {@code today}: a report's retention period of
     * {@code retention-years} (5, Перечень Росархива №236: обращения граждан, ЭПК) counts from 1 January
     * of the year after it was closed, so one closed before 1 January of ({@code today}'s year −
     * years) has passed it.
     */
    LocalDate retentionCutoff(LocalDate today) {
        return LocalDate.of(today.getYear() - retentionYears, 1, 1);
    }

    /**
     * «Истёк срок хранения»: the reports of the user's subtree whose retention period has passed and
     * whose content is not destroyed yet — they wait for the expert review and the act; nothing is
     * deleted by itself.
     */
    @Transactional(readOnly = true)
    public List<ReportCard> expired(CurrentUser user) {
        if (!canHandle(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not handle reports");
        }
        return store.expired(user.organizationId(), retentionCutoff(LocalDate.now()), interests.of(user));
    }

    public int retentionYears() {
        return retentionYears;
    }
}
