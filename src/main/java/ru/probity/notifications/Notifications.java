package ru.probity.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.notifications.model.GiftRules;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.org.Interests;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;

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
    /** Who records the commission's decisions in the history. */
    static final String COMMISSION = "commission";

    private final NotificationStore store;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final NotificationFiles files;
    private final NotificationSettings settings;

    private final Interests interests;

    Notifications(
            NotificationStore store,
            Organizations organizations,
            AccessLog accessLog,
            ApplicationEventPublisher events,
            NotificationFiles files,
            NotificationSettings settings,
            Interests interests) {
        this.interests = interests;
        this.store = store;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.events = events;
        this.files = files;
        this.settings = settings;
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

    /**
     * Whether the user handles this notification: he keeps the registers and it is neither his own
     * nor his relative's (273-ФЗ ст.10–11) — the card shows its actions only then.
     */
    public boolean handles(CurrentUser user, Notification n) {
        return keeps(user) && !interests.of(user).employee(n.employeeId());
    }

    /** Reads the registers of his subtree (a commission member: what was sent to the commission). */
    public static boolean readsRegisters(CurrentUser user) {
        return READERS.contains(user.role());
    }

    /** Files notifications himself: anyone with his own employee record. */
    public static boolean files(CurrentUser user) {
        return user.employeeId() != null;
    }

    /** The category of the user's own employee card (null: none or not stated). */
    public ru.probity.org.EmployeeCategory category(CurrentUser user) {
        return user.employeeId() == null
                ? null
                : store.filer(user.employeeId())
                        .map(NotificationStore.Filer::category)
                        .orElse(null);
    }

    /** The category of the notification's employee (null: from outside the registry, or not stated). */
    public ru.probity.org.EmployeeCategory category(Notification n) {
        return n.employeeId() == null
                ? null
                : store.filer(n.employeeId())
                        .map(NotificationStore.Filer::category)
                        .orElse(null);
    }

    /** The kinds the user files online: those of his category (NotificationKind#appliesTo). */
    public List<NotificationKind> kindsFor(CurrentUser user) {
        ru.probity.org.EmployeeCategory category = category(user);
        return java.util.Arrays.stream(NotificationKind.values())
                .filter(k -> k.online() && k.appliesTo(category))
                .toList();
    }

    private boolean mayRead(CurrentUser user, Notification n) {
        if (user.employeeId() != null && user.employeeId().equals(n.employeeId())) {
            // his own filing, read as the employee who filed it
            return true;
        }
        if (interests.of(user).employee(n.employeeId())) {
            // a relative's notification is not his to see as an official (273-ФЗ ст.10–11)
            throw Interests.refusal(user, "notification", n.id());
        }
        if (!readsRegisters(user) || !organizations.isVisible(user, n.organizationId())) {
            return false;
        }
        return user.role() != Role.COMMISSION_MEMBER
                || n.status() == NotificationStatus.SENT_TO_COMMISSION
                || n.status() == NotificationStatus.DECIDED;
    }

    /**
     * A notification the officer handles: in his subtree, and neither his own nor his relative's
     * (273-ФЗ ст.10–11, {@link Interests}) — such a notification is reviewed by another officer or
     * the head, never by himself; the attempt is refused (HTTP 403) and logged.
     */
    private Notification kept(CurrentUser user, long id) {
        requireKeeper(user);
        // visible() has refused a relative's notification already; what is left is his own filing
        Notification n = visible(user, id, true);
        if (user.employeeId() != null && user.employeeId().equals(n.employeeId())) {
            throw Interests.refusal(user, "notification", id);
        }
        return n;
    }

    private static void requireKeeper(CurrentUser user) {
        if (!keeps(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not keep the registers of notifications");
        }
    }

    // ---------------------------------------------------------------- reading

    private Notification load(long id, boolean forUpdate) {
        return store.find(id, forUpdate).orElseThrow(() -> new NotFound("notification", id));
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
        List<Notification> found = store.ofEmployee(user.employeeId());
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
        // his own and his relatives' notifications are not in his register (273-ФЗ ст.10–11);
        // his own filings stay in «Мои уведомления»
        List<Notification> found = store.register(
                user.organizationId(),
                user.role() == Role.COMMISSION_MEMBER,
                filter,
                journal,
                interests.of(user),
                limit);
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
        return store.history(id);
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
            throw Refusal.conflict("notifications.error.notOnline");
        }
        Map<String, String> errors = form.validate(false);
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        NotificationStore.Filer filer = store.filer(user.employeeId())
                .orElseThrow(() -> new AccessDeniedException("No employee record for " + user.username()));
        if (form.getKind() != null && !form.getKind().appliesTo(filer.category())) {
            throw Refusal.conflict(
                    "notifications.error.notForCategory", filer.category().label());
        }
        List<AttachedFile> checked = files.check(uploads);
        long id = store.insert(
                arrival(
                        form,
                        filer.organizationId(),
                        user.employeeId(),
                        filer.name(),
                        filer.post(),
                        null,
                        "ONLINE",
                        LocalDate.now()),
                user.username());
        files.store(id, checked, user.username());
        store.addHistory(id, "SUBMITTED", form.getKind().name(), user.username());
        accessLog.record(
                AccessAction.CREATE,
                SUBJECT,
                id,
                filer.organizationId(),
                form.getKind().name());
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
            throw Refusal.invalidFields(errors);
        }
        List<AttachedFile> checked = files.check(uploads);
        String name = RussianFormats.blankToNull(form.getPersonName());
        Long employeeId = store.employeeNamed(form.getOrganizationId(), name).orElse(null);
        LocalDate received = form.getReceivedOn() == null ? LocalDate.now() : form.getReceivedOn();
        long id = store.insert(
                arrival(
                        form,
                        form.getOrganizationId(),
                        employeeId,
                        name,
                        RussianFormats.blankToNull(form.getPersonPost()),
                        RussianFormats.blankToNull(form.getSender()),
                        "PAPER",
                        received),
                user.username());
        files.store(id, checked, user.username());
        store.addHistory(id, "RECEIVED_ON_PAPER", received.toString(), user.username());
        accessLog.record(
                AccessAction.CREATE,
                SUBJECT,
                id,
                form.getOrganizationId(),
                form.getKind().name());
        register(user, id);
        return id;
    }

    private static NotificationStore.Arrival arrival(
            NotificationForm form,
            long organizationId,
            Long employeeId,
            String personName,
            String personPost,
            String sender,
            String channel,
            LocalDate submittedOn) {
        return new NotificationStore.Arrival(
                organizationId,
                form.getKind(),
                channel,
                employeeId,
                personName,
                personPost,
                sender,
                RussianFormats.blankToNull(form.getSummary()),
                form.cleanDetails(),
                form.isAttendMeeting(),
                submittedOn);
    }

    /**
     * Registers a notification: the next number of its organization's register of its kind for the
     * year. The counter row's lock serializes concurrent registrations; a rollback returns the number.
     */
    public String register(CurrentUser user, long id) {
        Notification n = kept(user, id);
        if (!n.status().canMoveTo(NotificationStatus.REGISTERED)) {
            throw Refusal.conflict("notifications.error.alreadyRegistered");
        }
        NotificationStore.Registration r =
                registration(n.organizationId(), n.kind(), LocalDate.now(), n.receivedOn(), user.fullName());
        store.registered(id, r, user.username());
        store.addHistory(id, "REGISTERED", r.number(), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "registered " + r.number());
        return r.number();
    }

    /**
     * The next number of the journal on the day, and the term of the review: 7 working days from the
     * day the notification was <em>received</em>, not from its registration (Указ №821).
     */
    NotificationStore.Registration registration(
            long organizationId, NotificationKind kind, LocalDate day, LocalDate receivedOn, String registeredBy) {
        int seq = store.nextNumber(organizationId, kind, day.getYear());
        return new NotificationStore.Registration(
                day.getYear(),
                seq,
                kind.number(seq, day.getYear()),
                day,
                registeredBy,
                settings.reviewTerm().from(receivedOn));
    }

    /** The officer's motivated conclusion on the preliminary review (may be rewritten until sent). */
    public void conclude(CurrentUser user, long id, String conclusion) {
        Notification n = kept(user, id);
        if (!n.status().canMoveTo(NotificationStatus.REVIEWED)) {
            throw Refusal.conflict("notifications.error.notUnderReview");
        }
        String text = RussianFormats.blankToNull(conclusion);
        if (text == null) {
            throw Refusal.conflict("notifications.error.conclusion");
        }
        if (text.length() > MAX_CONCLUSION) {
            throw Refusal.conflict("notifications.error.tooLong");
        }
        store.concluded(id, text, user.fullName(), user.username());
        store.addHistory(id, "CONCLUDED", null, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "conclusion");
    }

    /** Sends a reviewed notification to the commission: the commission opens a case from the event. */
    public void sendToCommission(CurrentUser user, long id) {
        Notification n = kept(user, id);
        if (!n.kind().conductCommission()) {
            // a gift goes to the commission on receipt and disposal of assets (ПП РФ №10), the other
            // kinds to the employer's decision: never a case of the conduct commission
            throw Refusal.conflict(
                    n.gift() ? "notifications.error.giftNotForCommission" : "notifications.error.notForCommission");
        }
        if (!n.status().canMoveTo(NotificationStatus.SENT_TO_COMMISSION)) {
            throw Refusal.conflict("notifications.error.conclusionFirst");
        }
        store.sentToCommission(id, user.username());
        store.addHistory(id, "SENT_TO_COMMISSION", null, user.username());
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

    // ---------------------------------------------------------------- the review's term

    /**
     * The reviewer has sent requests (to state bodies, organizations, the employee): the term of the
     * motivated conclusion becomes 45 days from receipt (Указ №821). Once, during the review.
     */
    public void requestsSent(CurrentUser user, long id) {
        Notification n = kept(user, id);
        if (n.status() != NotificationStatus.REGISTERED) {
            throw Refusal.conflict("notifications.error.notUnderReview");
        }
        if (n.requestsSentOn() != null) {
            throw Refusal.conflict("notifications.error.requestsAlready");
        }
        LocalDate reviewBy = settings.reviewTerm().withRequests(n.receivedOn());
        store.requestsSent(id, LocalDate.now(), reviewBy, user.username());
        store.addHistory(id, "REQUESTS_SENT", RussianFormats.date(reviewBy), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "requests sent");
    }

    /**
     * Extends the term once requests were sent, once, by at most 30 days (Указ №821), with the
     * reason written down.
     */
    public void extendReview(CurrentUser user, long id, Integer days, String reason) {
        Notification n = kept(user, id);
        if (n.status() != NotificationStatus.REGISTERED) {
            throw Refusal.conflict("notifications.error.notUnderReview");
        }
        if (n.requestsSentOn() == null) {
            throw Refusal.conflict("notifications.error.extensionWithoutRequests");
        }
        if (n.reviewExtendedOn() != null) {
            throw Refusal.conflict("notifications.error.extendedAlready");
        }
        int by = days == null ? settings.reviewMaxExtensionDays() : days;
        if (!settings.reviewTerm().extensionAllowed(by)) {
            throw Refusal.invalid("notifications.error.extensionDays", settings.reviewMaxExtensionDays());
        }
        String text = RussianFormats.blankToNull(reason);
        if (text == null) {
            throw Refusal.invalid("notifications.error.extensionReason");
        }
        if (text.length() > NotificationForm.MAX_TEXT) {
            throw Refusal.invalid("notifications.error.tooLong");
        }
        LocalDate reviewBy = n.reviewBy().plusDays(by);
        store.reviewExtended(id, LocalDate.now(), text, reviewBy, user.username());
        store.addHistory(id, "REVIEW_EXTENDED", RussianFormats.date(reviewBy) + ": " + text, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "review extended");
    }

    // ---------------------------------------------------------------- gifts (ПП РФ №10)

    private Notification giftWithOfficer(CurrentUser user, long id) {
        Notification n = kept(user, id);
        if (!n.gift()) {
            throw Refusal.conflict("notifications.error.notGift");
        }
        if (!n.status().open() || n.registeredOn() == null) {
            throw Refusal.conflict("notifications.error.giftNotRegistered");
        }
        return n;
    }

    private static LocalDate pastDay(String text, String key) {
        LocalDate day = GiftRules.day(text);
        if (day == null || day.isAfter(LocalDate.now())) {
            throw Refusal.invalid(key);
        }
        return day;
    }

    private static BigDecimal sum(String text) {
        BigDecimal sum = GiftRules.amount(text);
        if (sum == null || sum.signum() <= 0 || sum.precision() - sum.scale() > 12) {
            throw Refusal.invalid("notifications.error.sum");
        }
        return sum;
    }

    /**
     * The gift handed over by act (акт приёма-передачи) to the unit that keeps it — due within 5
     * working days of registration for a gift over 3 000 ₽ or of unknown value (ПП РФ №10 п.7); a
     * late act is recorded and shown late.
     */
    public void giftHandedOver(CurrentUser user, long id, String act, String on) {
        Notification n = giftWithOfficer(user, id);
        if (n.giftHandoverOn() != null) {
            throw Refusal.conflict("notifications.error.handoverAlready");
        }
        String number = RussianFormats.blankToNull(act);
        if (number == null || number.length() > 200) {
            throw Refusal.invalid("notifications.error.handoverAct");
        }
        LocalDate day = pastDay(on, "notifications.error.handoverOn");
        if (n.giftReceivedOn() != null && day.isBefore(n.giftReceivedOn())) {
            throw Refusal.invalid("notifications.error.handoverOn");
        }
        store.giftHandedOver(id, number, day, user.username());
        store.addHistory(id, "GIFT_HANDED_OVER", number + ", " + RussianFormats.date(day), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "gift handed over");
    }

    /**
     * The valuation by the commission on receipt and disposal of assets (ПП РФ №10 п.9); a gift
     * valued at not over 3 000 ₽ goes back to the employee (п.8).
     */
    public void giftValued(CurrentUser user, long id, String amount, String on) {
        Notification n = giftWithOfficer(user, id);
        if (n.giftHandoverOn() == null) {
            throw Refusal.conflict("notifications.error.handoverFirst");
        }
        if (n.giftValuedOn() != null) {
            throw Refusal.conflict("notifications.error.valuedAlready");
        }
        BigDecimal value = sum(amount);
        LocalDate day = pastDay(on, "notifications.error.valuedOn");
        if (day.isBefore(n.giftHandoverOn())) {
            throw Refusal.invalid("notifications.error.valuedOn");
        }
        store.giftValued(id, value, day, user.username());
        store.addHistory(id, "GIFT_VALUED", RussianFormats.money(value), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "gift valued");
    }

    /**
     * The employee's application to buy the gift back (ПП РФ №10 п.12), at not less than its
     * valuation; a gift returned after the valuation is not bought back.
     */
    public void giftBoughtBack(CurrentUser user, long id, String appliedOn, String amount) {
        Notification n = giftWithOfficer(user, id);
        if (n.giftValuedOn() == null) {
            throw Refusal.conflict("notifications.error.valuationFirst");
        }
        if (n.giftReturned()) {
            throw Refusal.conflict("notifications.error.giftReturned");
        }
        if (n.giftBuybackAppliedOn() != null) {
            throw Refusal.conflict("notifications.error.buybackAlready");
        }
        LocalDate day = pastDay(appliedOn, "notifications.error.buybackOn");
        if (day.isBefore(n.giftHandoverOn())) {
            throw Refusal.invalid("notifications.error.buybackOn");
        }
        BigDecimal price = RussianFormats.blankToNull(amount) == null ? n.giftValuation() : sum(amount);
        if (price.compareTo(n.giftValuation()) < 0) {
            throw Refusal.invalid("notifications.error.buybackSum", RussianFormats.money(n.giftValuation()));
        }
        store.giftBuyback(id, day, price, user.username());
        store.addHistory(id, "GIFT_BUYBACK", RussianFormats.money(price), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "gift buy-back");
    }

    /** Closes a registered notification without the commission, with the result written down. */
    public void close(CurrentUser user, long id, String outcome) {
        Notification n = kept(user, id);
        if (!n.status().canMoveTo(NotificationStatus.CLOSED)) {
            throw Refusal.conflict("notifications.error.notUnderReview");
        }
        String text = RussianFormats.blankToNull(outcome);
        if (text == null) {
            throw Refusal.conflict("notifications.error.outcome");
        }
        if (text.length() > NotificationForm.MAX_TEXT) {
            throw Refusal.conflict("notifications.error.tooLong");
        }
        store.closed(id, text, user.username());
        store.addHistory(id, "CLOSED", null, user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "closed");
    }

    /** Adds documents to a notification still with the officer (materials of the review, the paper original's scan). */
    public void addFiles(CurrentUser user, long id, List<Upload> uploads) {
        Notification n = kept(user, id);
        if (!n.status().open()) {
            throw Refusal.conflict("notifications.error.notUnderReview");
        }
        List<AttachedFile> checked = files.check(uploads);
        if (checked.isEmpty()) {
            throw Refusal.conflict("notifications.file.none");
        }
        files.store(id, checked, user.username());
        store.addHistory(id, "FILES_ADDED", Integer.toString(checked.size()), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, n.organizationId(), "files added");
    }

    /**
     * The commission's decision on a notification it was sent (heard from the commission's
     * {@code CaseDecided} in its voting transaction, on behalf of no user): the register shows it.
     */
    void recordCommissionDecision(long id, LocalDate decidedOn, String decision) {
        Notification n = load(id, true);
        if (!n.status().canMoveTo(NotificationStatus.DECIDED)) {
            throw Refusal.conflict("notifications.error.notSent");
        }
        store.decided(id, decidedOn, decision, COMMISSION);
        store.addHistory(id, "DECIDED", null, COMMISSION);
    }
}
