package ru.probity.procurement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Interests;
import ru.probity.org.Organizations;
import ru.probity.org.OwnPeople;
import ru.probity.platform.NotFound;
import ru.probity.platform.Page;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.procurement.FindingRows.Assignee;
import ru.probity.procurement.FindingRows.Card;
import ru.probity.procurement.FindingRows.Event;
import ru.probity.procurement.FindingRows.Filter;
import ru.probity.procurement.FindingRows.Row;
import ru.probity.procurement.affiliation.Rule;
import ru.probity.procurement.model.FindingStatus;

/**
 * The read and workflow side of findings: lists, cards and exports limited to the user's subtree
 * (every read written to the access log, since findings name people), and the decisions of the
 * anti-corruption officers ({@link FindingStatus}: NEW → UNDER_REVIEW → CONFIRMED or DISMISSED,
 * reopening), assignment and comments, each written to the finding's history.
 */
@Service
@Transactional
class FindingsWorkflow {

    static final String SUBJECT = "FINDING";
    static final int REASON_MAX = 4000;
    /** The history kind of a mandatory step recorded as done; its text is the step's code. */
    static final String STEP = "STEP";

    /** The roles a finding may be assigned to. */
    private static final List<String> ASSIGNEE_ROLES =
            List.of(Role.REGIONAL_ADMIN.name(), Role.ANTICORRUPTION_OFFICER.name());

    private final FindingStore store;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Interests interests;

    FindingsWorkflow(
            FindingStore store,
            Organizations organizations,
            AccessLog accessLog,
            ApplicationEventPublisher events,
            Interests interests) {
        this.store = store;
        this.interests = interests;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.events = events;
    }

    /** One page of the findings of the user's subtree that pass the filter. */
    Page<Row> list(CurrentUser user, Filter filter, int page, int size) {
        requireReader(user);
        long scope = scope(user, filter);
        int number = Page.clamp(page);
        OwnPeople own = interests.of(user);
        List<Row> rows = store.page(scope, filter, own, size, Page.offset(number, size));
        int total = rows.isEmpty() ? 0 : store.count(scope, filter, own);
        logRead(AccessAction.READ, rows, "list");
        return new Page<>(rows, number, size, total);
    }

    /** How many findings of each status pass the filter's other conditions. */
    @Transactional(readOnly = true)
    Map<String, Integer> counts(CurrentUser user, Filter filter) {
        requireReader(user);
        Map<String, Integer> counts = new LinkedHashMap<>();
        FindingStatus.SHOWN.forEach(s -> counts.put(s.name(), 0));
        counts.putAll(store.countByStatus(scope(user, filter), filter, interests.of(user)));
        return counts;
    }

    /** Every finding that passes the filter, for an export; each one is logged as exported. */
    List<Row> export(CurrentUser user, Filter filter) {
        requireReader(user);
        List<Row> rows = store.export(scope(user, filter), filter, interests.of(user));
        if (rows.isEmpty()) {
            accessLog.record(AccessAction.EXPORT, SUBJECT, null, null, "export.xlsx: nothing");
        }
        logRead(AccessAction.EXPORT, rows, "export.xlsx");
        return rows;
    }

    /** A finding's card, if it lies in the user's subtree. */
    Card card(CurrentUser user, long id) {
        requireReader(user);
        Card card = visible(user, id, false);
        accessLog.record(AccessAction.READ, SUBJECT, id, card.row().organizationId(), null);
        return card;
    }

    /** The finding that one of this number was merged into, if it was (one finding per conflict). */
    @Transactional(readOnly = true)
    Optional<Long> mergedInto(CurrentUser user, long id) {
        requireReader(user);
        return store.mergedInto(id);
    }

    @Transactional(readOnly = true)
    List<Event> history(CurrentUser user, long id) {
        requireReader(user);
        visible(user, id, false);
        return store.history(id);
    }

    /**
     * Users the finding may be assigned to: enabled officers of the user's subtree whose own
     * subtree holds the finding (so they can see it).
     */
    @Transactional(readOnly = true)
    List<Assignee> assignees(CurrentUser user, long id) {
        requireReader(user);
        return assignees(user, visible(user, id, false));
    }

    /** All statuses the finding may move to next, for the buttons of the card. */
    static Set<String> nextStatuses(String status) {
        FindingStatus current = FindingStatus.parse(status);
        Set<String> next = new TreeSet<>();
        if (current != null) {
            current.next().forEach(s -> next.add(s.name()));
        }
        return next;
    }

    void changeStatus(CurrentUser user, long id, String target, String reason) {
        requireManager(user);
        Card card = visible(user, id, true);
        String from = card.row().status();
        FindingStatus current = FindingStatus.parse(from);
        FindingStatus next = FindingStatus.parse(target);
        if (current == null || next == null || !current.canMoveTo(next)) {
            throw Refusal.conflict("finding.error.transition");
        }
        String text = RussianFormats.blankToNull(reason);
        if (next.decision() && text == null) {
            throw Refusal.invalid("finding.error.reasonRequired");
        }
        if (text != null && text.length() > REASON_MAX) {
            throw Refusal.invalid("finding.error.tooLong");
        }
        store.changeStatus(id, next, next.decision() ? text : null, user.username());
        store.event(id, user.username(), "STATUS", next, text);
        if (next == FindingStatus.UNDER_REVIEW && card.row().assignee() == null) {
            store.assign(id, user.username(), user.username());
            store.event(id, user.username(), "ASSIGNED", null, user.username());
        }
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.row().organizationId(), from + " → " + target);
        if (next == FindingStatus.CONFIRMED) {
            events.publishEvent(new FindingConfirmed(
                    id,
                    card.row().contractId(),
                    card.row().organizationId(),
                    card.officialEmployeeId(),
                    card.row().rule(),
                    card.row().rules()));
        }
    }

    /**
     * What a confirmed conflict under 44-ФЗ ст.31 ч.1 п.9 obliges the customer to do: refuse to
     * conclude the contract with the participant (ст.31 ч.9) or withdraw from a concluded one
     * (ст.95 ч.15), and inform the control body in procurement. Recorded as done on the finding.
     */
    enum MandatoryStep {
        REFUSE_OR_WITHDRAW,
        INFORM_CONTROL_BODY
    }

    /** The steps are due when the finding is confirmed and lists the п.9 rule. */
    static boolean stepsDue(FindingRows.Row row) {
        return FindingStatus.CONFIRMED.name().equals(row.status())
                && row.rules().contains(Rule.R44_31_1_9.code());
    }

    /** The steps with who recorded each as done and when (from the history), or none when not due. */
    static List<FindingRows.Step> steps(FindingRows.Row row, List<Event> history) {
        if (!stepsDue(row)) {
            return List.of();
        }
        List<FindingRows.Step> steps = new java.util.ArrayList<>();
        for (MandatoryStep step : MandatoryStep.values()) {
            Event done = history.stream()
                    .filter(e -> STEP.equals(e.kind()) && step.name().equals(e.text()))
                    .findFirst()
                    .orElse(null);
            steps.add(new FindingRows.Step(
                    step.name(),
                    done != null,
                    done == null ? null : done.userName() != null ? done.userName() : done.username(),
                    done == null ? null : done.at()));
        }
        return steps;
    }

    /** Records a mandatory step of a confirmed п.9 conflict as done (once). */
    void markStep(CurrentUser user, long id, String code) {
        requireManager(user);
        Card card = visible(user, id, true);
        MandatoryStep step = java.util.Arrays.stream(MandatoryStep.values())
                .filter(s -> s.name().equals(code))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("finding.error.step"));
        if (!stepsDue(card.row())) {
            throw Refusal.conflict("finding.error.stepsNotDue");
        }
        if (steps(card.row(), store.history(id)).stream().anyMatch(s -> s.code().equals(code) && s.done())) {
            throw Refusal.conflict("finding.error.stepDone");
        }
        store.touch(id, user.username());
        store.event(id, user.username(), STEP, null, step.name());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.row().organizationId(), "step " + step.name());
    }

    /** Assigns the finding to a user who may see it, or to nobody for a blank username. */
    void assign(CurrentUser user, long id, String username) {
        requireManager(user);
        Card card = visible(user, id, true);
        String wanted = RussianFormats.blankToNull(username);
        String assignee = null;
        if (wanted != null) {
            assignee = assignees(user, card).stream()
                    .map(Assignee::username)
                    .filter(u -> u.equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> Refusal.invalid("finding.error.assignee"));
        }
        if (Objects.equals(assignee, card.row().assignee())) {
            return;
        }
        store.assign(id, assignee, user.username());
        store.event(id, user.username(), "ASSIGNED", null, assignee);
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.row().organizationId(), "assigned");
    }

    void comment(CurrentUser user, long id, String comment) {
        requireManager(user);
        Card card = visible(user, id, true);
        String text = RussianFormats.blankToNull(comment);
        if (text == null) {
            throw Refusal.invalid("finding.error.commentRequired");
        }
        if (text.length() > REASON_MAX) {
            throw Refusal.invalid("finding.error.tooLong");
        }
        store.touch(id, user.username());
        store.event(id, user.username(), "COMMENT", null, text);
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.row().organizationId(), "comment");
    }

    private List<Assignee> assignees(CurrentUser user, Card card) {
        return store.assignees(user.organizationId(), card.row().organizationId(), ASSIGNEE_ROLES);
    }

    /** The finding if it lies in the user's subtree; with {@code lock}, locked for a change. */
    private Card visible(CurrentUser user, long id, boolean lock) {
        if (lock) {
            store.lock(id);
        }
        Card card = store.card(id).orElseGet(() -> {
            if (store.exists(id)) {
                // a finding whose customer is not in the organization tree: nobody's subtree
                throw new AccessDeniedException("Finding " + id + " has no organization");
            }
            throw new NotFound("finding", id);
        });
        if (!organizations.isVisible(user, card.row().organizationId())) {
            throw new AccessDeniedException("Finding " + id + " is outside the subtree of " + user.username());
        }
        refuseOwn(user, id);
        return new Card(
                card.row(),
                card.officialEmployeeId(),
                card.personKind(),
                card.contractNumber(),
                card.subject(),
                card.purchaseNumber(),
                card.singleSupplier(),
                card.law(),
                card.updatedBy(),
                card.path(),
                FindingPicture.svg(card.path()));
    }

    /**
     * Refuses a finding about the user himself or his relative: its official or its related person
     * is one of his own people (273-ФЗ ст.10–11, {@link Interests}).
     */
    private void refuseOwn(CurrentUser user, long id) {
        OwnPeople own = interests.of(user);
        if (own.isEmpty()) {
            return;
        }
        store.subject(id).ifPresent(s -> {
            boolean person = "EMPLOYEE".equals(s.personKind())
                    ? own.employee(s.personId())
                    : "RELATIVE".equals(s.personKind()) && own.relative(s.personId());
            if (own.employee(s.official()) || person) {
                throw Interests.refusal(user, "finding", id);
            }
        });
    }

    /** The organization whose subtree a list shows: the one filtered on (if the user sees it), else his own. */
    private long scope(CurrentUser user, Filter filter) {
        return filter.organization() == null
                ? user.organizationId()
                : organizations.get(user, filter.organization()).id();
    }

    private void logRead(AccessAction action, List<Row> rows, String details) {
        accessLog.recordEach(
                action,
                SUBJECT,
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.id(), r.organizationId()))
                        .toList(),
                details);
    }

    static void requireReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not read findings");
        }
    }

    /**
     * Whether the user reviews findings (takes, decides, reopens, assigns, comments): an officer or
     * the regional administrator; the auditor and the head only read. The rule {@link
     * #requireManager} enforces and the finding's page follows.
     */
    static boolean canChange(CurrentUser user) {
        return user.role().managesRegistry();
    }

    static void requireManager(CurrentUser user) {
        if (!canChange(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not change findings");
        }
    }
}
