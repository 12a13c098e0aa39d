package ru.probity.commission;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;

/**
 * The control of decisions. Every decision about a person sets the task to hand him the extract
 * from the minutes within seven days (Указ №821); a decision that recommends measures sets the
 * head's answer within a month. The secretary adds his own tasks; overdue ones are marked.
 */
@Service
@Transactional
public class FollowUps {

    static final int EXTRACT_DAYS = 7;
    static final String SYSTEM = "system";

    private final FollowUpStore store;
    private final Commissions commissions;
    private final Cases cases;
    private final AccessLog accessLog;

    FollowUps(FollowUpStore store, Commissions commissions, Cases cases, AccessLog accessLog) {
        this.store = store;
        this.commissions = commissions;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    /** The extract for the person concerned and, when the decision recommends measures, the head's answer. */
    static List<FollowUpStore.Task> afterDecision(
            CommissionCase theCase, long meetingId, LocalDate heldOn, Decision d) {
        List<FollowUpStore.Task> tasks = new java.util.ArrayList<>();
        if (theCase.personName() != null) {
            tasks.add(new FollowUpStore.Task(
                    theCase.id(),
                    meetingId,
                    "Вручить (направить) выписку из протокола: " + theCase.personName(),
                    "Секретарь комиссии",
                    heldOn.plusDays(EXTRACT_DAYS)));
        }
        if (d.recommendsMeasures()) {
            tasks.add(new FollowUpStore.Task(
                    theCase.id(),
                    meetingId,
                    "Рассмотреть протокол и письменно сообщить комиссии о мерах, принятых по её рекомендациям",
                    "Представитель нанимателя (руководитель)",
                    heldOn.plusMonths(1)));
        }
        return tasks;
    }

    void afterDecision(CommissionCase theCase, Meeting meeting, Decision decision) {
        afterDecision(theCase, meeting.id(), meeting.heldOn(), decision).forEach(t -> store.insert(t, SYSTEM));
    }

    /** The tasks of the commissions the user sees; open first, by due date. Their cases' reads are logged. */
    public List<FollowUp> list(CurrentUser user, boolean openOnly) {
        List<FollowUp> tasks = store.list(CommissionStore.Reader.of(user), openOnly);
        var own = cases.own(user);
        if (!own.isEmpty()) {
            // the tasks of a case about the user or his relative are not his (273-ФЗ ст.10–11)
            Map<Long, Boolean> ownCase = new HashMap<>();
            tasks = tasks.stream()
                    .filter(t -> !ownCase.computeIfAbsent(
                            t.caseId(), id -> own.employee(cases.load(id).employeeId())))
                    .toList();
        }
        accessLog.recordEach(
                AccessAction.READ,
                Cases.SUBJECT,
                tasks.stream()
                        .map(FollowUp::caseId)
                        .distinct()
                        .map(id -> new AccessLog.Subject(id, null))
                        .toList(),
                "follow-up list");
        return tasks;
    }

    public List<FollowUp> ofCase(CurrentUser user, long caseId) {
        cases.visible(user, caseId);
        return store.ofCase(caseId);
    }

    private CommissionCase kept(CurrentUser user, long caseId) {
        CommissionCase c = cases.visible(user, caseId);
        if (c.commissionId() == null) {
            throw Refusal.conflict("commission.error.noCommission");
        }
        commissions.requireMeetingKeeper(user, commissions.load(c.commissionId()));
        return c;
    }

    public long add(CurrentUser user, long caseId, String title, String responsible, LocalDate dueOn) {
        CommissionCase c = kept(user, caseId);
        if (RussianFormats.blankToNull(title) == null || dueOn == null) {
            throw Refusal.conflict("commission.error.followUp");
        }
        long id = store.insert(
                new FollowUpStore.Task(
                        caseId, c.meetingId(), title.strip(), RussianFormats.blankToNull(responsible), dueOn),
                user.username());
        accessLog.record(AccessAction.UPDATE, Cases.SUBJECT, caseId, c.organizationId(), "follow-up added");
        return id;
    }

    /** Marks a task done with the measure taken (for the statistics) and a note. */
    public void complete(CurrentUser user, long id, Measure measure, String note, LocalDate doneOn) {
        long caseId = store.caseOf(id).orElseThrow(() -> new NotFound("follow-up", id));
        CommissionCase c = kept(user, caseId);
        store.done(id, doneOn == null ? LocalDate.now() : doneOn, measure, RussianFormats.blankToNull(note));
        accessLog.record(AccessAction.UPDATE, Cases.SUBJECT, caseId, c.organizationId(), "follow-up done");
    }
}
