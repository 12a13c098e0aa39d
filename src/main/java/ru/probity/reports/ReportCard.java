package ru.probity.reports;

import java.time.LocalDate;
import ru.probity.reports.engine.AppealDeadlines;
import ru.probity.reports.engine.ReportStatus;

/** What anyone who handles reports in the subtree sees of one: its requisites and terms, no content. */
public record ReportCard(
        long id,
        long organizationId,
        String organizationPath,
        String organizationName,
        ReportChannel channel,
        ReportTopic topic,
        ReportStatus status,
        boolean anonymous,
        boolean aboutCrime,
        boolean aboutMunicipalEmployee,
        LocalDate receivedOn,
        LocalDate registerBy,
        String registrationNumber,
        LocalDate registeredOn,
        LocalDate redirectBy,
        LocalDate answerBy,
        Integer extendedDays,
        LocalDate answeredOn,
        LocalDate closedOn,
        Long assigneeId,
        String assigneeName,
        boolean identityDisclosed,
        boolean web,
        Long employeeId,
        String employeeName,
        LocalDate sentToCommissionOn,
        String forwardedTo,
        String outgoingNumber,
        LocalDate outgoingOn,
        LocalDate destroyedOn,
        String destructionAct,
        LocalDate destructionActOn) {

    /** The card without the employee the report names: for the custodian, who sees no registry. */
    ReportCard withoutEmployee() {
        return new ReportCard(
                id,
                organizationId,
                organizationPath,
                organizationName,
                channel,
                topic,
                status,
                anonymous,
                aboutCrime,
                aboutMunicipalEmployee,
                receivedOn,
                registerBy,
                registrationNumber,
                registeredOn,
                redirectBy,
                answerBy,
                extendedDays,
                answeredOn,
                closedOn,
                assigneeId,
                assigneeName,
                identityDisclosed,
                web,
                null,
                null,
                sentToCommissionOn,
                forwardedTo,
                outgoingNumber,
                outgoingOn,
                destroyedOn,
                destructionAct,
                destructionActOn);
    }

    /** Whether the content was destroyed by an act after the retention period (a tombstone). */
    public boolean destroyed() {
        return destroyedOn != null;
    }

    /**
     * Whether the report may go to the commission: not when it is anonymous — Указ №821 п.17: the
     * commission does not consider anonymous appeals (in the sense of 59-ФЗ ст.11 ч.1).
     */
    public boolean mayGoToCommission() {
        return !anonymous && status != ReportStatus.NEW && !sentToCommission() && !destroyed();
    }

    public boolean sentToCommission() {
        return sentToCommissionOn != null;
    }

    public boolean extended() {
        return extendedDays != null;
    }

    /** The term that matters now: registration, then the answer (or forwarding, if anonymous). */
    public LocalDate nextTerm() {
        if (!status.open()) {
            return null;
        }
        if (status == ReportStatus.NEW) {
            return registerBy;
        }
        return answerBy != null ? answerBy : redirectBy;
    }

    public boolean overdue() {
        return AppealDeadlines.overdue(nextTerm(), LocalDate.now());
    }

    /** Due within three days and not yet overdue. */
    public boolean dueSoon() {
        LocalDate term = nextTerm();
        return term != null && !overdue() && !term.isAfter(LocalDate.now().plusDays(3));
    }
}
