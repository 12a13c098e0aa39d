package ru.probity.commission;

/**
 * The decisions a commission takes, as the standard list of Указ №821 (пп.22–26.1) and the typical
 * municipal regulation word them (text {@code commission.decision.<name>}). Those that recommend
 * measures to the employer get a follow-up: the head's answer within a month.
 */
public enum Decision {
    // a notification of personal interest
    NO_CONFLICT(false),
    CONFLICT_POSSIBLE_MEASURES(true),
    CONFLICT_RULES_BREACHED(true),
    // requirements of official conduct and of settling conflicts of interest
    CONDUCT_COMPLIED(false),
    CONDUCT_BREACHED(true),
    // a former official's request for consent (273-ФЗ ст.12 ч.1)
    CONSENT_GIVEN(false),
    CONSENT_REFUSED(false),
    // a new employer's notice (273-ФЗ ст.12 ч.4)
    EMPLOYMENT_CONSENT(false),
    EMPLOYMENT_BREACHES_ART12(true),
    // the impossibility to declare the family's income
    REASON_VALID(false),
    REASON_NOT_VALID(true),
    REASON_EVASION(true),
    // the reliability of a declaration
    DECLARATION_RELIABLE(false),
    DECLARATION_UNRELIABLE(true),
    // the expenses of the control of expenses (Указ №821 п.25.1)
    EXPENSES_RELIABLE(false),
    EXPENSES_UNRELIABLE(true),
    // other paid work (25-ФЗ ст.11 ч.2)
    PAID_WORK_NO_CONFLICT(false),
    PAID_WORK_CONFLICT(true),
    // inducement to corruption and gifts
    INDUCEMENT_NOTED(true),
    GIFT_NOTED(false),
    // another decision, its grounds and motives written in the minutes
    OTHER(false);

    private final boolean recommendsMeasures;

    Decision(boolean recommendsMeasures) {
        this.recommendsMeasures = recommendsMeasures;
    }

    public boolean recommendsMeasures() {
        return recommendsMeasures;
    }
}
