package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.org.OwnPeople;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;

/**
 * The проверка of a servant (the regional law under 25-ФЗ ст.15 with Указ №1065 as the model) and
 * the control of his expenses (230-ФЗ), as a workflow with its terms (see {@link Verification}).
 * Started by the written decision of the employer's representative on information in writing —
 * anonymous information is no ground; run by the officers of the subtree, never on their own or
 * their relatives' cases (273-ФЗ ст.10–11); a declaration matter reaches the commission only with the
 * report of a finished проверка ({@link DeclarationReferrals}). A penalty for its outcome is recorded
 * on the проверка itself, with the servant's explanation on file (25-ФЗ ст.27.1 ч.3) and within the
 * time limits (ст.27.1 ч.6). Every read and step in the access log.
 */
@Service
@Transactional
public class Verifications {

    static final String SUBJECT = "VERIFICATION";
    private static final int MAX_TEXT = 4000;
    private static final int MAX_LINE = 500;

    private final VerificationStore store;
    private final DeclarationStore declarationStore;
    private final Declarations declarations;
    private final DeclarationReferrals referrals;
    private final Organizations organizations;
    private final AccessLog accessLog;

    Verifications(
            VerificationStore store,
            DeclarationStore declarationStore,
            Declarations declarations,
            DeclarationReferrals referrals,
            Organizations organizations,
            AccessLog accessLog) {
        this.store = store;
        this.declarationStore = declarationStore;
        this.declarations = declarations;
        this.referrals = referrals;
        this.organizations = organizations;
        this.accessLog = accessLog;
    }

    /**
     * The written decision to start a проверка.
     *
     * @param ground the name of a {@link VerificationGround}; {@code ANONYMOUS} or an unnamed source is refused
     * @param groundSource who gave the information in writing, and its document
     * @param decidedBy the employer's representative who decided (name, post)
     */
    public record Start(
            VerificationKind kind,
            String ground,
            String groundSource,
            String decidedBy,
            String decisionNumber,
            LocalDate decidedOn) {}

    /** Starts a проверка of the declarant of a declaration on the representative's decision; its id. */
    public long start(CurrentUser user, long declarationId, Start start) {
        DeclarationStore.Referred declaration =
                declarationStore.referred(declarationId).orElseThrow(() -> new NotFound("declaration", declarationId));
        requireOfficer(user, declaration.employeeId(), declaration.organizationId());
        if (start.kind() == null) {
            throw Refusal.invalid("verifications.error.kind");
        }
        String ground = start.ground() == null ? "" : start.ground().strip();
        String source = line(start.groundSource());
        if (ground.equals("ANONYMOUS") || source.isEmpty()) {
            throw Refusal.invalid(
                    start.kind() == VerificationKind.EXPENSES
                            ? "verifications.error.anonymousExpenses"
                            : "verifications.error.anonymous");
        }
        VerificationGround parsed;
        try {
            parsed = VerificationGround.valueOf(ground);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("verifications.error.ground");
        }
        String decidedBy = line(start.decidedBy());
        if (decidedBy.isEmpty()) {
            throw Refusal.invalid("verifications.error.decidedBy");
        }
        LocalDate decidedOn = start.decidedOn() == null ? LocalDate.now() : start.decidedOn();
        if (decidedOn.isAfter(LocalDate.now())) {
            throw Refusal.invalid("verifications.error.future");
        }
        String number = line(start.decisionNumber());
        long id = store.insert(new VerificationStore.NewVerification(
                declarationId,
                declaration.employeeId(),
                declaration.organizationId(),
                start.kind(),
                parsed,
                source,
                decidedBy,
                number.isEmpty() ? null : number,
                decidedOn,
                user.username()));
        accessLog.record(AccessAction.CREATE, SUBJECT, id, declaration.organizationId(), "verification started");
        return id;
    }

    /** The проверки of the officer's subtree, his own and his relatives' left out. */
    @Transactional
    public List<Verification> list(CurrentUser user) {
        Campaigns.requireOfficer(user);
        OwnPeople own = declarations.ownPeople(user);
        List<Verification> rows = store.ofSubtree(user.organizationId()).stream()
                .filter(v -> !own.employee(v.employeeId()))
                .toList();
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                rows.stream()
                        .map(v -> new AccessLog.Subject(v.employeeId(), v.organizationId()))
                        .distinct()
                        .toList(),
                "verifications");
        return rows;
    }

    /** The проверки of a declaration the user has opened (for its page; no second log record). */
    @Transactional(readOnly = true)
    List<Verification> ofDeclaration(CurrentUser user, long declarationId) {
        if (!user.role().managesRegistry()) {
            return List.of();
        }
        return store.ofDeclaration(declarationId).stream()
                .filter(v -> organizations.isVisible(user, v.organizationId()))
                .toList();
    }

    /** One проверка with its steps. */
    public Verification get(CurrentUser user, long id) {
        Verification v = find(user, id);
        accessLog.record(AccessAction.READ, SUBJECT, id, v.organizationId(), null);
        return v;
    }

    /** The written notice to the servant of the start (within 2 working days of the decision). */
    public void notified(CurrentUser user, long id, LocalDate on) {
        Verification v = find(user, id);
        once(v.notifiedOn());
        store.set(id, VerificationStore.Step.NOTIFIED, date(v, on), null);
        log(v, "verification notice");
    }

    /** The servant's explanation in writing. */
    public void explanation(CurrentUser user, long id, LocalDate on, String text) {
        Verification v = find(user, id);
        once(v.explanationOn());
        String explanation = text(text, "verifications.error.explanation");
        store.set(id, VerificationStore.Step.EXPLANATION, date(v, on), explanation);
        log(v, "verification explanation");
    }

    /** The act that the servant gave no explanation: no earlier than 2 working days after the notice (25-ФЗ ст.27.1 ч.3). */
    public void refusalAct(CurrentUser user, long id, LocalDate on) {
        Verification v = find(user, id);
        once(v.refusalActOn());
        if (v.explanationOn() != null) {
            throw Refusal.conflict("verifications.error.explained");
        }
        if (v.notifiedOn() == null) {
            throw Refusal.conflict("verifications.error.notNotified");
        }
        LocalDate date = date(v, on);
        if (date.isBefore(v.refusalActFrom())) {
            throw Refusal.invalid("verifications.error.actEarly", format(v.refusalActFrom()));
        }
        store.set(id, VerificationStore.Step.REFUSAL_ACT, date, null);
        log(v, "verification refusal act");
    }

    /** The servant asked for an interview. */
    public void interviewRequested(CurrentUser user, long id, LocalDate on) {
        Verification v = find(user, id);
        once(v.interviewRequestedOn());
        store.set(id, VerificationStore.Step.INTERVIEW_REQUESTED, date(v, on), null);
        log(v, "verification interview requested");
    }

    /** The interview took place. */
    public void interview(CurrentUser user, long id, LocalDate on) {
        Verification v = find(user, id);
        once(v.interviewOn());
        if (v.interviewRequestedOn() == null) {
            throw Refusal.conflict("verifications.error.noInterviewRequest");
        }
        store.set(id, VerificationStore.Step.INTERVIEW, date(v, on), null);
        log(v, "verification interview");
    }

    /** A request sent to a body or organization. */
    public void request(CurrentUser user, long id, String addressee, String subject, LocalDate on) {
        Verification v = find(user, id);
        if (v.reported()) {
            throw Refusal.conflict("verifications.error.reported");
        }
        String to = line(addressee);
        if (to.isEmpty()) {
            throw Refusal.invalid("verifications.error.addressee");
        }
        String about = line(subject);
        store.request(id, to, about.isEmpty() ? null : about, date(v, on));
        log(v, "verification request");
    }

    /** Extends the term once, by up to 30 days (to 90 days from the decision), with the reason. */
    public void extend(CurrentUser user, long id, int days, String reason) {
        Verification v = find(user, id);
        if (v.reported()) {
            throw Refusal.conflict("verifications.error.reported");
        }
        if (v.extendedTo() != null) {
            throw Refusal.conflict("verifications.error.extendedOnce");
        }
        if (days < 1 || days > Verification.EXTENSION_DAYS) {
            throw Refusal.invalid("verifications.error.extension", String.valueOf(Verification.EXTENSION_DAYS));
        }
        String why = text(reason, "verifications.error.extensionReason");
        store.set(id, VerificationStore.Step.EXTENDED, v.termEnd().plusDays(days), why);
        log(v, "verification extended");
    }

    /** The report with its outcome; the проверка is finished. */
    public void report(CurrentUser user, long id, LocalDate on, VerificationOutcome outcome, String text) {
        Verification v = find(user, id);
        if (v.reported()) {
            throw Refusal.conflict("verifications.error.reported");
        }
        if (v.notifiedOn() == null) {
            throw Refusal.conflict("verifications.error.notNotified");
        }
        if (outcome == null || !outcome.fits(v.kind())) {
            throw Refusal.invalid("verifications.error.outcome");
        }
        String report = text(text, "verifications.error.report");
        store.report(id, date(v, on), outcome, report);
        log(v, "verification report");
    }

    /** The servant was informed of the result. */
    public void informed(CurrentUser user, long id, LocalDate on) {
        Verification v = reported(user, id);
        once(v.informedOn());
        store.set(id, VerificationStore.Step.INFORMED, date(v, on), null);
        log(v, "verification informed");
    }

    /** The expense-control materials went to the prosecutor (230-ФЗ ст.16, within 3 working days of the report). */
    public void prosecutor(CurrentUser user, long id, LocalDate on) {
        Verification v = reported(user, id);
        once(v.prosecutorOn());
        if (v.outcome() != VerificationOutcome.PROSECUTOR) {
            throw Refusal.conflict("verifications.error.notProsecutor");
        }
        store.set(id, VerificationStore.Step.PROSECUTOR, date(v, on), null);
        log(v, "verification prosecutor");
    }

    /**
     * Sends the materials of a finished проверка whose report says «материалы в комиссию» to the
     * commission (Указ №821 п.16 «а»; п.25.1 for the control of expenses).
     */
    public void referToCommission(CurrentUser user, long id) {
        Verification v = reported(user, id);
        if (v.outcome() != VerificationOutcome.COMMISSION) {
            throw Refusal.conflict("verifications.error.notCommission");
        }
        once(v.referredOn());
        referrals.send(user, v);
        store.set(id, VerificationStore.Step.REFERRED, LocalDate.now(), null);
        log(v, "sent to commission");
    }

    /**
     * The penalty imposed for the проверка's outcome (25-ФЗ ст.27, ст.27.1): only with the servant's
     * explanation or the act of its absence on file (ч.3), no later than six months from the day the
     * offence became known (not counting the проверка) and three years from its commission (ч.6).
     */
    public void penalty(
            CurrentUser user,
            long id,
            VerificationPenalty penalty,
            LocalDate on,
            LocalDate discoveredOn,
            LocalDate committedOn) {
        Verification v = reported(user, id);
        once(v.penaltyOn());
        if (v.outcome() != VerificationOutcome.PENALTY && v.outcome() != VerificationOutcome.COMMISSION) {
            throw Refusal.conflict("verifications.error.noPenaltyOutcome");
        }
        if (penalty == null || discoveredOn == null || committedOn == null) {
            throw Refusal.invalid("verifications.error.penaltyFields");
        }
        if (!v.explanationOnFile()) {
            throw Refusal.conflict("verifications.error.noExplanation");
        }
        LocalDate date = on == null ? LocalDate.now() : on;
        if (date.isAfter(LocalDate.now()) || committedOn.isAfter(discoveredOn) || discoveredOn.isAfter(date)) {
            throw Refusal.invalid("verifications.error.penaltyDates");
        }
        LocalDate limit = Verification.penaltyLimit(discoveredOn, committedOn, v.decidedOn(), v.reportedOn());
        if (date.isAfter(limit)) {
            throw Refusal.conflict("verifications.error.penaltyLate", format(limit));
        }
        store.penalty(id, penalty, date, discoveredOn, committedOn);
        log(v, "verification penalty");
    }

    /** The проверки of the subtree still open or with a step waiting (for the tasks). */
    @Transactional(readOnly = true)
    List<Verification> waiting(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            return List.of();
        }
        OwnPeople own = declarations.ownPeople(user);
        return store.ofSubtree(user.organizationId()).stream()
                .filter(v -> !own.employee(v.employeeId()))
                .filter(v -> !v.waiting().isEmpty())
                .toList();
    }

    private Verification reported(CurrentUser user, long id) {
        Verification v = find(user, id);
        if (!v.reported()) {
            throw Refusal.conflict("verifications.error.notReported");
        }
        return v;
    }

    private Verification find(CurrentUser user, long id) {
        Verification v = store.find(id).orElseThrow(() -> new NotFound("verification", id));
        requireOfficer(user, v.employeeId(), v.organizationId());
        return v;
    }

    /** An officer of the subtree, never on his own or his relatives' case (273-ФЗ ст.10–11). */
    private void requireOfficer(CurrentUser user, long employeeId, long organizationId) {
        if (!user.role().managesRegistry() || !organizations.isVisible(user, organizationId)) {
            throw new AccessDeniedException(
                    user.username() + " does not run проверки of organization " + organizationId);
        }
        if (user.employeeId() != null && user.employeeId() == employeeId) {
            throw new AccessDeniedException(user.username() + " may not run a проверка of himself");
        }
        declarations.refuseOwn(user, employeeId);
    }

    private void log(Verification v, String step) {
        accessLog.record(AccessAction.UPDATE, SUBJECT, v.id(), v.organizationId(), step);
    }

    private static void once(LocalDate already) {
        if (already != null) {
            throw Refusal.conflict("verifications.error.already");
        }
    }

    /** A step's date: today when not given, never in the future nor before the decision. */
    private static LocalDate date(Verification v, LocalDate on) {
        LocalDate date = on == null ? LocalDate.now() : on;
        if (date.isAfter(LocalDate.now())) {
            throw Refusal.invalid("verifications.error.future");
        }
        if (date.isBefore(v.decidedOn())) {
            throw Refusal.invalid("verifications.error.beforeDecision");
        }
        return date;
    }

    private static String line(String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_LINE) {
            throw Refusal.invalid("verifications.error.long", String.valueOf(MAX_LINE));
        }
        return text;
    }

    private static String text(String value, String emptyKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw Refusal.invalid(emptyKey);
        }
        if (text.length() > MAX_TEXT) {
            throw Refusal.invalid("verifications.error.long", String.valueOf(MAX_TEXT));
        }
        return text;
    }

    private static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
