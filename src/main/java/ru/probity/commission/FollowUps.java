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
import ru.probity.platform.WorkingDays;

/**
 * The control of decisions, with the terms of the settings (the federal model by default,
 * {@link CommissionSettings}). Every decision about a person sets the task to hand him the extract
 * from the minutes and to send a copy of the minutes to the head (the employer) within seven days
 * (Указ №821 п.31), the copy to join the personal file (п.35); a decision on a former official's
 * request for consent sets the written notice to the citizen within one working day (273-ФЗ ст.12
 * ч.3) and the extract by the next working day (Указ №821 п.37.1) instead; a decision that recommends
 * measures sets the head's answer within a month (п.32); signs of a crime or an offence, the transfer
 * to law enforcement within three days (п.34). A dismissal for the loss of trust recorded as the
 * measure taken sets the entry in the register of ПП РФ №228 within ten working days. The secretary
 * adds his own tasks; overdue ones are marked.
 */
@Service
@Transactional
public class FollowUps {

    static final String SYSTEM = "system";
    static final String SECRETARY = "Секретарь комиссии";
    static final String HEAD = "Представитель нанимателя (руководитель)";

    private final FollowUpStore store;
    private final Commissions commissions;
    private final Cases cases;
    private final AccessLog accessLog;
    private final CommissionSettings settings;

    FollowUps(
            FollowUpStore store,
            Commissions commissions,
            Cases cases,
            AccessLog accessLog,
            CommissionSettings settings) {
        this.store = store;
        this.commissions = commissions;
        this.cases = cases;
        this.accessLog = accessLog;
        this.settings = settings;
    }

    /**
     * The tasks a decision sets, in this order: the extract for the person concerned, the head's
     * answer on the recommendations (the demo relies on these two coming first), then the copy of the
     * minutes to the head, the personal file, the consent's notice, the transfer to law enforcement.
     */
    static List<FollowUpStore.Task> afterDecision(
            CommissionCase theCase,
            long meetingId,
            LocalDate heldOn,
            Decision d,
            boolean lawEnforcement,
            CommissionSettings terms) {
        List<FollowUpStore.Task> tasks = new java.util.ArrayList<>();
        boolean consent = theCase.kind() == CaseKind.FORMER_OFFICIAL_CONSENT;
        LocalDate copies = heldOn.plusDays(terms.minutesToHeadDays());
        if (theCase.personName() != null) {
            tasks.add(new FollowUpStore.Task(
                    theCase.id(),
                    meetingId,
                    "Вручить (направить) выписку из протокола: " + theCase.personName(),
                    SECRETARY,
                    consent ? WorkingDays.plus(heldOn, terms.consentNoticeWorkingDays()) : copies));
        }
        if (d.recommendsMeasures()) {
            tasks.add(new FollowUpStore.Task(
                    theCase.id(),
                    meetingId,
                    "Рассмотреть протокол и письменно сообщить комиссии о мерах, принятых по её рекомендациям",
                    HEAD,
                    heldOn.plusMonths(terms.headAnswerMonths())));
        }
        tasks.add(new FollowUpStore.Task(
                theCase.id(),
                meetingId,
                "Направить копию протокола (выписку) представителю нанимателя (руководителю)",
                SECRETARY,
                copies));
        if (theCase.employeeId() != null) {
            tasks.add(new FollowUpStore.Task(
                    theCase.id(),
                    meetingId,
                    "Приобщить копию протокола (выписку из него) к личному делу: " + theCase.personName(),
                    "Кадровая служба",
                    copies));
        }
        if (consent && theCase.personName() != null) {
            tasks.add(new FollowUpStore.Task(
                    theCase.id(),
                    meetingId,
                    "Направить гражданину письменное уведомление о решении комиссии (273-ФЗ ст. 12): "
                            + theCase.personName(),
                    SECRETARY,
                    WorkingDays.plus(heldOn, terms.consentNoticeWorkingDays())));
        }
        if (lawEnforcement) {
            tasks.add(new FollowUpStore.Task(
                    theCase.id(),
                    meetingId,
                    "Передать информацию о признаках преступления или административного правонарушения и"
                            + " подтверждающие документы в правоохранительные органы",
                    "Председатель комиссии",
                    heldOn.plusDays(terms.lawEnforcementDays())));
        }
        return tasks;
    }

    void afterDecision(CommissionCase theCase, Meeting meeting, Decision decision, boolean lawEnforcement) {
        afterDecision(theCase, meeting.id(), meeting.heldOn(), decision, lawEnforcement, settings)
                .forEach(t -> store.insert(t, SYSTEM));
    }

    /** The task a dismissal for the loss of trust sets: the register of ПП РФ №228. */
    static FollowUpStore.Task register(
            CommissionCase theCase, Long meetingId, LocalDate dismissedOn, CommissionSettings terms) {
        return new FollowUpStore.Task(
                theCase.id(),
                meetingId,
                "Направить сведения в реестр лиц, уволенных в связи с утратой доверия (ПП РФ № 228): "
                        + (theCase.personName() == null ? "" : theCase.personName()),
                "Кадровая служба",
                WorkingDays.plus(dismissedOn, terms.registerWorkingDays()));
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

    /**
     * Marks a task done with the measure taken (for the statistics) and a note. The measure must be
     * one the person's kind of service knows ({@link Measure#offeredFor}); a dismissal for the loss of
     * trust sets the entry in the register of ПП РФ №228.
     */
    public void complete(CurrentUser user, long id, Measure measure, String note, LocalDate doneOn) {
        long caseId = store.caseOf(id).orElseThrow(() -> new NotFound("follow-up", id));
        CommissionCase c = kept(user, caseId);
        if (measure != null && !c.measures().contains(measure)) {
            throw Refusal.conflict("commission.error.measure");
        }
        LocalDate on = doneOn == null ? LocalDate.now() : doneOn;
        store.done(id, on, measure, RussianFormats.blankToNull(note));
        if (measure == Measure.DISMISSAL) {
            store.insert(register(c, c.meetingId(), on, settings), user.username());
        }
        accessLog.record(AccessAction.UPDATE, Cases.SUBJECT, caseId, c.organizationId(), "follow-up done");
    }
}
