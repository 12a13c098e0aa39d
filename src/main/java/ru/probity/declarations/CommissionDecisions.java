package ru.probity.declarations;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.probity.cases.CaseDecided;

/**
 * The commission's decisions on declarations it was sent ({@link DeclarationSentToCommission}):
 * heard in the voting transaction, so the declaration and the minutes never disagree.
 */
@Component
public class CommissionDecisions {

    /** The source type of the commission's cases that come from declarations' checks. */
    public static final String SOURCE_TYPE = "DECLARATION";

    private final DeclarationReferrals referrals;

    CommissionDecisions(DeclarationReferrals referrals) {
        this.referrals = referrals;
    }

    @EventListener
    void on(CaseDecided decided) {
        if (decided.from(SOURCE_TYPE)) {
            referrals.recordCommissionDecision(decided.sourceId(), decided.decidedOn(), decided.minuted());
        }
    }
}
