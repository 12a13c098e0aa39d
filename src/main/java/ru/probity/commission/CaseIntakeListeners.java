package ru.probity.commission;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.probity.declarations.DeclarationSentToCommission;
import ru.probity.notifications.NotificationSentToCommission;
import ru.probity.procurement.FindingConfirmed;
import ru.probity.reports.ReportSentToCommission;

/**
 * Cases arrive as events, after the transaction that sent them has committed, each in a transaction
 * of its own; the event publication registry keeps an event until its listener has run, and the
 * intake is idempotent, so a redelivered event opens nothing twice (docs/notifications-and-commission.md).
 */
@Component
class CaseIntakeListeners {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Cases cases;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    CaseIntakeListeners(Cases cases, JdbcClient jdbc, MessageSource messages) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(NotificationSentToCommission event) {
        cases.open(new CaseIntake(
                CaseKind.of(event.kind()),
                event.organizationId(),
                event.employeeId(),
                "NOTIFICATION",
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
        String[] person = person(event.employeeId());
        cases.open(new CaseIntake(
                CaseKind.CITIZEN_REPORT,
                event.organizationId(),
                event.employeeId(),
                "REPORT",
                event.reportId(),
                event.registrationNumber(),
                person == null ? null : person[0],
                person == null ? null : person[1],
                messages.getMessage(
                        "commission.intake.report.summary", new Object[] {event.registrationNumber()}, RUSSIAN),
                messages.getMessage("commission.intake.report.details", null, RUSSIAN),
                LocalDate.now()));
    }

    /** The results of a declaration's check: the findings' explanations and the officer's report, not the declaration. */
    @ApplicationModuleListener
    void on(DeclarationSentToCommission event) {
        String[] person = person(event.employeeId());
        cases.open(new CaseIntake(
                CaseKind.DECLARATION,
                event.organizationId(),
                event.employeeId(),
                "DECLARATION",
                event.declarationId(),
                messages.getMessage(
                        "commission.intake.declaration.ref", new Object[] {String.valueOf(event.year())}, RUSSIAN),
                person == null ? null : person[0],
                person == null ? null : person[1],
                event.summary(),
                event.materials(),
                LocalDate.now()));
    }

    /** The employee's name and post as the people records hold them (the case keeps its own copy). */
    private String[] person(Long employeeId) {
        return employeeId == null
                ? null
                : jdbc.sql("""
                        select last_name || ' ' || first_name || coalesce(' ' || middle_name, ''), post
                        from employee where id = ?""")
                        .param(employeeId)
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                        .optional()
                        .orElse(null);
    }

    @ApplicationModuleListener
    void on(FindingConfirmed event) {
        if (event.organizationId() == null) {
            return; // a contract of a customer outside the tree: nobody's commission
        }
        String[] person = person(event.officialEmployeeId());
        cases.open(new CaseIntake(
                CaseKind.PROCUREMENT_FINDING,
                event.organizationId(),
                event.officialEmployeeId(),
                "FINDING",
                event.findingId(),
                "находка № " + event.findingId(),
                person == null ? null : person[0],
                person == null ? null : person[1],
                "Подтверждена находка проверки контракта: "
                        + messages.getMessage("finding.rule." + event.rule(), null, event.rule(), RUSSIAN)
                        + " — личная заинтересованность должностного лица заказчика.",
                "Находка № " + event.findingId() + " по контракту № " + event.contractId()
                        + " подтверждена ответственным за профилактику; материалы — в карточке находки.",
                LocalDate.now()));
    }
}
