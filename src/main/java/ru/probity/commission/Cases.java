package ru.probity.commission;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Interests;
import ru.probity.org.Organizations;
import ru.probity.org.OwnPeople;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;

/**
 * Cases before the commission. Every source brings its case through {@link #open}: the listeners of
 * notifications, confirmed findings, citizens' reports and declaration checks. A case goes to the
 * commission with competence ({@link Commissions#route}: the employer body's, or the one a recorded act
 * hands its cases to, or for a person holding a municipal post the region's) — never up the tree; it
 * waits without one, visibly, until one is formed or an act recorded. Every read of a case is logged.
 */
@Service
@Transactional
public class Cases {

    static final String SUBJECT = "COMMISSION_CASE";

    /** The source type of a case an officer brings by hand (its id from a sequence of its own). */
    public static final String MANUAL = "MANUAL";

    private static final Logger log = LoggerFactory.getLogger(Cases.class);

    private final CaseStore store;
    private final Commissions commissions;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final CommissionSettings settings;
    private final Interests interests;

    Cases(
            CaseStore store,
            Commissions commissions,
            Organizations organizations,
            AccessLog accessLog,
            CommissionSettings settings,
            Interests interests) {
        this.interests = interests;
        this.store = store;
        this.commissions = commissions;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.settings = settings;
    }

    /**
     * Opens a case, once per source: a second intake of the same source (a redelivered event)
     * returns the case already open. Called by listeners, on behalf of no user.
     */
    public long open(CaseIntake intake) {
        if (intake.kind() == null
                || intake.summary() == null
                || intake.summary().isBlank()) {
            // no more than the source: the intake carries names and texts, which never go to a log
            throw new IllegalArgumentException(
                    "A case needs a kind and a summary: " + intake.sourceType() + " " + intake.sourceId());
        }
        LocalDate received = intake.receivedOn() == null ? LocalDate.now() : intake.receivedOn();
        Commissions.Route route = commissions.route(intake.organizationId(), intake.employeeId(), received);
        Long commission = route.commissionId();
        Long id = store.insert(
                        intake,
                        new CaseStore.Opening(
                                route,
                                received,
                                received.plusDays(settings.considerWithinDays(intake.kind())),
                                CurrentUser.actorName()))
                .orElse(null);
        if (id == null) {
            return store.idOfSource(intake.sourceType(), intake.sourceId());
        }
        accessLog.record(AccessAction.CREATE, SUBJECT, id, intake.organizationId(), intake.sourceType());
        log.info("Case {} opened from {} {} for commission {}", id, intake.sourceType(), intake.sourceId(), commission);
        return id;
    }

    /** An officer brings a case himself: the head's submission or other materials (Указ №821 п.16). */
    public long openManually(
            CurrentUser user,
            CaseKind kind,
            long organizationId,
            String personName,
            String personPost,
            String summary,
            String materials) {
        if (!Commissions.keeps(user) || !organizations.isVisible(user, organizationId)) {
            throw new AccessDeniedException(user.username() + " may not bring a case of " + organizationId);
        }
        if (RussianFormats.blankToNull(summary) == null) {
            throw Refusal.conflict("commission.error.summary");
        }
        return open(new CaseIntake(
                kind == null ? CaseKind.HEAD_SUBMISSION : kind,
                organizationId,
                null,
                MANUAL,
                store.nextManualSource(),
                null,
                RussianFormats.blankToNull(personName),
                RussianFormats.blankToNull(personPost),
                summary,
                RussianFormats.blankToNull(materials),
                LocalDate.now()));
    }

    CommissionCase load(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("case", id));
    }

    /** Whether the user sees the case: through its commission, or as a reader of its subtree while it has none. */
    boolean mayRead(CurrentUser user, CommissionCase c) {
        if (c.commissionId() != null) {
            return commissions.mayRead(user, commissions.load(c.commissionId()));
        }
        return Commissions.readsSubtree(user) && organizations.isVisible(user, c.organizationId());
    }

    CommissionCase visible(CurrentUser user, long id) {
        CommissionCase c = load(id);
        if (!mayRead(user, c)) {
            throw new AccessDeniedException("Case " + id + " is not for " + user.username());
        }
        refuseOwn(user, c);
        return c;
    }

    /** The user's own people, whose cases he never sees or handles (273-ФЗ ст.10–11; {@link Interests}). */
    OwnPeople own(CurrentUser user) {
        return interests.of(user);
    }

    /** Refuses a case about the user himself or his relative (HTTP 403, logged as a refusal). */
    void refuseOwn(CurrentUser user, CommissionCase c) {
        if (own(user).employee(c.employeeId())) {
            throw Interests.refusal(user, "commission case", c.id());
        }
    }

    /** The case; the reading is logged. */
    public CommissionCase get(CurrentUser user, long id) {
        CommissionCase c = visible(user, id);
        accessLog.record(AccessAction.READ, SUBJECT, id, c.organizationId(), null);
        return c;
    }

    /** The employee concerned reads the extract of the decision about him. */
    void recordExtractRead(CommissionCase c) {
        accessLog.record(AccessAction.READ, SUBJECT, c.id(), c.organizationId(), "extract by the employee concerned");
    }

    /**
     * Filters of the list of cases; {@code status} PENDING, SCHEDULED or DECIDED as typed (another
     * finds none); the open ones only (pending or scheduled), the overdue only (open past the term of
     * consideration); the cases of the subtree of an organization of the user's.
     */
    public record Filter(
            String status,
            Long commissionId,
            CaseKind kind,
            Long organizationId,
            boolean openOnly,
            boolean overdueOnly) {

        public Filter(String status, Long commissionId, CaseKind kind) {
            this(status, commissionId, kind, null, false, false);
        }
    }

    /** The cases the user sees, open ones first; the reading is logged. */
    public List<CommissionCase> list(CurrentUser user, Filter filter, int limit) {
        // a case about the user or his relative is not his to see (273-ФЗ ст.10–11)
        List<CommissionCase> found = store.list(
                CommissionStore.Reader.of(user),
                new Filter(
                        RussianFormats.blankToNull(filter.status()),
                        filter.commissionId(),
                        filter.kind(),
                        filter.organizationId() == null
                                ? null
                                : organizations
                                        .get(user, filter.organizationId())
                                        .id(),
                        filter.openOnly(),
                        filter.overdueOnly()),
                own(user),
                limit);
        accessLog.recordEach(
                AccessAction.READ,
                SUBJECT,
                found.stream()
                        .map(c -> new AccessLog.Subject(c.id(), c.organizationId()))
                        .toList(),
                "list");
        return found;
    }
}
