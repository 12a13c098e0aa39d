package ru.probity.declarations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import ru.probity.platform.WorkingDays;

/**
 * One проверка with its steps and the terms that follow from them (docs/declarations.md «Проверка»):
 * the written notice to the servant within 2 working days of the decision, an interview within 7
 * working days of his request, the report within 60 days of the decision (extendable once by up to
 * 30), for the control of expenses the materials to the prosecutor within 3 working days of the report.
 */
public record Verification(
        long id,
        long declarationId,
        int year,
        long employeeId,
        String employeeName,
        String post,
        long organizationId,
        String organization,
        VerificationKind kind,
        VerificationGround ground,
        String groundSource,
        String decidedBy,
        String decisionNumber,
        LocalDate decidedOn,
        String startedBy,
        LocalDate notifiedOn,
        LocalDate explanationOn,
        String explanation,
        LocalDate refusalActOn,
        LocalDate interviewRequestedOn,
        LocalDate interviewOn,
        LocalDate extendedTo,
        String extensionReason,
        LocalDate reportedOn,
        VerificationOutcome outcome,
        String report,
        LocalDate informedOn,
        LocalDate prosecutorOn,
        LocalDate referredOn,
        VerificationPenalty penalty,
        LocalDate penaltyOn,
        LocalDate offenceDiscoveredOn,
        LocalDate offenceCommittedOn,
        List<Request> requests) {

    /** Working days for the written notice of the start (Указ №1065 п.12 «а» model). */
    public static final int NOTICE_WORKING_DAYS = 2;
    /** Working days for the interview the servant asked for (Указ №1065 п.12 «б» model). */
    public static final int INTERVIEW_WORKING_DAYS = 7;
    /** Days of the проверка from the decision (Указ №1065 п.6 model). */
    public static final int TERM_DAYS = 60;
    /** The most the term may be extended by, once (to 90 days). */
    public static final int EXTENSION_DAYS = 30;
    /** Working days to send the expense-control materials to the prosecutor (230-ФЗ ст.16). */
    public static final int PROSECUTOR_WORKING_DAYS = 3;
    /** Working days after which an act records that the servant gave no explanation (25-ФЗ ст.27.1 ч.3). */
    public static final int EXPLANATION_WORKING_DAYS = 2;

    /** A request sent during the проверка. */
    public record Request(long id, String addressee, String subject, LocalDate sentOn) {}

    public LocalDate noticeDue() {
        return noticeDue(decidedOn);
    }

    public static LocalDate noticeDue(LocalDate decidedOn) {
        return WorkingDays.plus(decidedOn, NOTICE_WORKING_DAYS);
    }

    /** The last day of the проверка: 60 days from the decision, or the extended day. */
    public LocalDate termEnd() {
        return extendedTo != null ? extendedTo : decidedOn.plusDays(TERM_DAYS);
    }

    /** The latest day the term may be extended to (90 days from the decision). */
    public LocalDate longestTerm() {
        return decidedOn.plusDays(TERM_DAYS + EXTENSION_DAYS);
    }

    public LocalDate interviewDue() {
        return interviewRequestedOn == null ? null : WorkingDays.plus(interviewRequestedOn, INTERVIEW_WORKING_DAYS);
    }

    public LocalDate prosecutorDue() {
        return reportedOn == null ? null : WorkingDays.plus(reportedOn, PROSECUTOR_WORKING_DAYS);
    }

    /** The first day an act of no explanation may be drawn up: two working days after the notice asked for it. */
    public LocalDate refusalActFrom() {
        return notifiedOn == null ? null : WorkingDays.plus(notifiedOn, EXPLANATION_WORKING_DAYS);
    }

    /** Whether the servant's explanation is on file, or the act that he gave none (25-ФЗ ст.27.1 ч.3). */
    public boolean explanationOnFile() {
        return explanationOn != null || refusalActOn != null;
    }

    public boolean reported() {
        return reportedOn != null;
    }

    /**
     * The last day a penalty may be imposed (25-ФЗ ст.27.1 ч.6): six months from the day the offence
     * became known, not counting the time of the проверка, and three years from its commission.
     */
    public LocalDate penaltyLimit() {
        if (offenceDiscoveredOn == null || offenceCommittedOn == null) {
            return null;
        }
        return penaltyLimit(offenceDiscoveredOn, offenceCommittedOn, decidedOn, reportedOn);
    }

    public static LocalDate penaltyLimit(
            LocalDate discoveredOn, LocalDate committedOn, LocalDate decidedOn, LocalDate reportedOn) {
        long verificationDays = 0;
        if (reportedOn != null && !decidedOn.isBefore(discoveredOn)) {
            verificationDays = ChronoUnit.DAYS.between(decidedOn, reportedOn);
        }
        LocalDate sixMonths = discoveredOn.plusMonths(6).plusDays(verificationDays);
        LocalDate threeYears = committedOn.plusYears(3);
        return sixMonths.isBefore(threeYears) ? sixMonths : threeYears;
    }

    /** What is open in the verification now: the next step's message key and its term. */
    public record Next(String step, LocalDate due) {}

    /** The steps that wait, each with its term (what the officer's tasks show). */
    public List<Next> waiting() {
        java.util.ArrayList<Next> out = new java.util.ArrayList<>();
        if (notifiedOn == null) {
            out.add(new Next("notify", noticeDue()));
        }
        if (interviewRequestedOn != null && interviewOn == null && reportedOn == null) {
            out.add(new Next("interview", interviewDue()));
        }
        if (reportedOn == null) {
            out.add(new Next("report", termEnd()));
        }
        if (outcome == VerificationOutcome.PROSECUTOR && prosecutorOn == null) {
            out.add(new Next("prosecutor", prosecutorDue()));
        }
        if (outcome == VerificationOutcome.COMMISSION && referredOn == null) {
            out.add(new Next("commission", null));
        }
        if (reportedOn != null && informedOn == null) {
            out.add(new Next("inform", null));
        }
        return List.copyOf(out);
    }
}
