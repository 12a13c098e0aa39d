package ru.probity.commission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the commission ({@code probity.commission.*}): the municipal act on the commission sets
 * its own terms and rules; the defaults are the federal model (Указ №821, 273-ФЗ, ПП РФ №228).
 *
 * @param considerWithinDays the term to consider a case, from the day it reaches the commission
 *     (Указ №821 п.18: the meeting no later than 20 days after the information arrived)
 * @param castingVote whether the presiding member's vote decides a tie. The federal model (Указ №821:
 *     a simple majority of those present) has none, so by default a tie fails; set {@code true} only
 *     where the municipal act on the commission gives the presiding member the casting vote
 * @param scheduleWithinDays the chair sets the meeting's date within these days of the information's
 *     arrival (Указ №821 п.18: 10)
 * @param consentWithinDays a former official's request for consent to a job (273-ФЗ ст.12 ч.3) is
 *     considered within these days of its arrival (7)
 * @param consentNoticeWorkingDays the written notice of the decision on a consent request to the citizen
 *     within these working days (273-ФЗ ст.12 ч.3: one), and the extract no later than the next
 *     working day after the meeting (Указ №821 п.37.1)
 * @param minutesToHeadDays copies of the minutes to the head (the employer) and the extract to the
 *     servant within these days of the meeting (Указ №821 п.31: 7); the copy joins the personal file
 *     (п.35) in the same term
 * @param headAnswerMonths the head's written answer on the commission's recommendations within these
 *     months (Указ №821 п.32: one)
 * @param lawEnforcementDays the information on a crime or an administrative offence the commission saw
 *     goes to law enforcement within these days (Указ №821 п.34: 3)
 * @param registerWorkingDays the data of a person dismissed for the loss of trust go to the register of
 *     ПП РФ №228 of 05.03.2018 within these working days of the dismissal (10)
 */
@ConfigurationProperties("probity.commission")
public record CommissionSettings(
        @DefaultValue("20") int considerWithinDays,
        @DefaultValue("false") boolean castingVote,
        @DefaultValue("10") int scheduleWithinDays,
        @DefaultValue("7") int consentWithinDays,
        @DefaultValue("1") int consentNoticeWorkingDays,
        @DefaultValue("7") int minutesToHeadDays,
        @DefaultValue("1") int headAnswerMonths,
        @DefaultValue("3") int lawEnforcementDays,
        @DefaultValue("10") int registerWorkingDays) {

    /** The federal model. */
    public static final CommissionSettings FEDERAL = new CommissionSettings(20, false, 10, 7, 1, 7, 1, 3, 10);

    /** The term to consider a case of the kind: a ст.12 consent request has its own, shorter one. */
    public int considerWithinDays(CaseKind kind) {
        return kind == CaseKind.FORMER_OFFICIAL_CONSENT ? consentWithinDays : considerWithinDays;
    }
}
