package ru.probity.commission;

import static ru.probity.commission.Decision.*;

import java.util.List;
import ru.probity.notifications.NotificationKind;

/** What a case is about, with the decisions the commission may take on it. */
public enum CaseKind {
    INDUCEMENT(List.of(INDUCEMENT_NOTED, CONDUCT_COMPLIED, CONDUCT_BREACHED, OTHER)),
    PERSONAL_INTEREST(List.of(NO_CONFLICT, CONFLICT_POSSIBLE_MEASURES, CONFLICT_RULES_BREACHED, OTHER)),
    OTHER_PAID_WORK(List.of(PAID_WORK_NO_CONFLICT, PAID_WORK_CONFLICT, OTHER)),
    GIFT(List.of(GIFT_NOTED, CONDUCT_BREACHED, OTHER)),
    FAMILY_INCOME(List.of(REASON_VALID, REASON_NOT_VALID, REASON_EVASION, OTHER)),
    FORMER_OFFICIAL_CONSENT(List.of(CONSENT_GIVEN, CONSENT_REFUSED, OTHER)),
    NEW_EMPLOYER_NOTICE(List.of(EMPLOYMENT_CONSENT, EMPLOYMENT_BREACHES_ART12, OTHER)),
    /** A confirmed finding of procurement: an official's interest in a contract. */
    PROCUREMENT_FINDING(List.of(
            NO_CONFLICT,
            CONFLICT_POSSIBLE_MEASURES,
            CONFLICT_RULES_BREACHED,
            CONDUCT_COMPLIED,
            CONDUCT_BREACHED,
            OTHER)),
    /** A citizen's report of corruption about an employee. */
    CITIZEN_REPORT(List.of(CONDUCT_COMPLIED, CONDUCT_BREACHED, OTHER)),
    /** A finding of the declaration check (reliability and completeness of a declaration). */
    DECLARATION(List.of(DECLARATION_RELIABLE, DECLARATION_UNRELIABLE, OTHER)),
    /** The materials of the control of expenses (230-ФЗ; Указ №821 п.16 «а», п.25.1). */
    EXPENSE_CONTROL(List.of(EXPENSES_RELIABLE, EXPENSES_UNRELIABLE, OTHER)),
    /** The head's submission or other materials an officer brings (Указ №821 п.16). */
    HEAD_SUBMISSION(List.of(CONDUCT_COMPLIED, CONDUCT_BREACHED, NO_CONFLICT, CONFLICT_POSSIBLE_MEASURES, OTHER));

    private final List<Decision> decisions;

    CaseKind(List<Decision> decisions) {
        this.decisions = decisions;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    /** The kind of a case opened from a notification of the given kind. */
    public static CaseKind of(NotificationKind kind) {
        return CaseKind.valueOf(kind.name());
    }
}
