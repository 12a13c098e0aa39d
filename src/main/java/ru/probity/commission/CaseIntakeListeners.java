package ru.probity.commission;

import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.probity.declarations.CommissionDecisions;
import ru.probity.declarations.DeclarationSentToCommission;
import ru.probity.notifications.NotificationSentToCommission;
import ru.probity.platform.Messages;
import ru.probity.procurement.FindingConfirmed;
import ru.probity.reports.ReportSentToCommission;

/**
 * Cases arrive as events, after the transaction that sent them has committed, each in a transaction
 * of its own; the event publication registry keeps an event until its listener has run, and the
 * intake is idempotent, so a redelivered event opens nothing twice (docs/notifications-and-commission.md).
 */
@Component
class CaseIntakeListeners {

    private final Cases cases;
    private final CaseStore store;
    private final Messages messages;

    CaseIntakeListeners(Cases cases, CaseStore store, Messages messages) {
        this.cases = cases;
        this.store = store;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(NotificationSentToCommission event) {
        cases.open(new CaseIntake(
                CaseKind.of(event.kind()),
                event.organizationId(),
                event.employeeId(),
                NotificationSentToCommission.SOURCE_TYPE,
                event.notificationId(),
                event.registrationNumber(),
                event.personName(),
                event.personPost(),
                event.summary(),
                event.conclusion() == null ? null : "Мотивированное заключение: " + event.conclusion(),
                // the commission's 20 days run from when the case reaches it (Указ №821 п.18), not from registration
                LocalDate.now()));
    }

    /** A citizen's report about an employee: the case names the employee, never the report's content. */
    @ApplicationModuleListener
    void on(ReportSentToCommission event) {
        CaseStore.Person person = person(event.employeeId());
        cases.open(new CaseIntake(
                CaseKind.CITIZEN_REPORT,
                event.organizationId(),
                event.employeeId(),
                CaseTexts.REPORT,
                event.reportId(),
                event.registrationNumber(),
                person == null ? null : person.name(),
                person == null ? null : person.post(),
                messages.text("commission.intake.report.summary", event.registrationNumber()),
                messages.text("commission.intake.report.details"),
                LocalDate.now()));
    }

    /** The materials of a проверка: its report and the servant's explanation, not the declaration. */
    @ApplicationModuleListener
    void on(DeclarationSentToCommission event) {
        CaseStore.Person person = person(event.employeeId());
        cases.open(new CaseIntake(
                event.expenseControl() ? CaseKind.EXPENSE_CONTROL : CaseKind.DECLARATION,
                event.organizationId(),
                event.employeeId(),
                CommissionDecisions.SOURCE_TYPE,
                event.declarationId(),
                messages.text("commission.intake.declaration.ref", String.valueOf(event.year())),
                person == null ? null : person.name(),
                person == null ? null : person.post(),
                event.summary(),
                event.materials(),
                LocalDate.now()));
    }

    /** The employee's name and post as the people records hold them (the case keeps its own copy). */
    private CaseStore.Person person(Long employeeId) {
        return employeeId == null ? null : store.person(employeeId).orElse(null);
    }

    /** One confirmed finding is one conflict: one case, naming every rule that applies. */
    @ApplicationModuleListener
    void on(FindingConfirmed event) {
        if (event.organizationId() == null) {
            return; // a contract of a customer outside the tree: nobody's commission
        }
        CaseStore.Person person = person(event.officialEmployeeId());
        cases.open(new CaseIntake(
                CaseKind.PROCUREMENT_FINDING,
                event.organizationId(),
                event.officialEmployeeId(),
                CaseTexts.FINDING,
                event.findingId(),
                "находка № " + event.findingId(),
                person == null ? null : person.name(),
                person == null ? null : person.post(),
                "Подтверждена находка проверки контракта: "
                        + String.join(
                                "; ",
                                event.rules().stream()
                                        .map(rule -> messages.text("finding.rule." + rule))
                                        .toList())
                        + " — личная заинтересованность должностного лица заказчика.",
                "Находка № " + event.findingId() + " по контракту № " + event.contractId()
                        + " подтверждена ответственным за профилактику; материалы — в карточке находки.",
                LocalDate.now()));
    }
}
