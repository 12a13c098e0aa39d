package ru.probity.notifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import ru.probity.notifications.model.GiftRules;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.platform.RussianFormats;

/** A notification as its card shows it. */
public record Notification(
        long id,
        long organizationId,
        String organizationPath,
        String organizationName,
        NotificationKind kind,
        NotificationStatus status,
        String channel,
        Long employeeId,
        String personName,
        String personPost,
        String sender,
        String summary,
        Map<String, String> details,
        boolean attendMeeting,
        LocalDate submittedOn,
        String registrationNumber,
        LocalDate registeredOn,
        String registeredBy,
        LocalDate reviewBy,
        String conclusion,
        LocalDate concludedOn,
        String concludedBy,
        LocalDate sentToCommissionOn,
        LocalDate closedOn,
        String outcome,
        LocalDate commissionDecidedOn,
        String commissionDecision,
        String createdBy,
        LocalDate requestsSentOn,
        LocalDate reviewExtendedOn,
        String reviewExtensionReason,
        String giftHandoverAct,
        LocalDate giftHandoverOn,
        BigDecimal giftValuation,
        LocalDate giftValuedOn,
        LocalDate giftBuybackAppliedOn,
        BigDecimal giftBuybackSum) {

    /**
     * The day it was received: the submission day online, the day the officer entered for a paper
     * one (never later than its registration). The preliminary review's term runs from it.
     */
    public LocalDate receivedOn() {
        return submittedOn;
    }

    public boolean gift() {
        return kind == NotificationKind.GIFT;
    }

    /** The day the gift was received or the employee returned from the trip (ПП РФ №10 п.5). */
    public LocalDate giftReceivedOn() {
        return gift() ? GiftRules.day(details.get("giftReceivedOn")) : null;
    }

    /** The gift's notice came after 3 working days of receipt or return: flagged, not refused. */
    public boolean giftNoticeLate() {
        return gift() && GiftRules.noticeLate(giftReceivedOn(), submittedOn);
    }

    /** A gift over 3 000 ₽ or of unknown value is handed over by act (ПП РФ №10 п.7). */
    public boolean giftNeedsHandover() {
        return gift() && GiftRules.needsHandover(details.get("value"));
    }

    /** The last day of the handover act: 5 working days from registration (ПП РФ №10 п.7). */
    public LocalDate giftHandoverBy() {
        return giftNeedsHandover() && registeredOn != null ? GiftRules.handoverBy(registeredOn) : null;
    }

    /** The handover act is due and missing past its term (while the notice is with the officer). */
    public boolean giftHandoverOverdue() {
        return giftHandoverBy() != null
                && giftHandoverOn == null
                && status.open()
                && giftHandoverBy().isBefore(LocalDate.now());
    }

    /** The handover act came after its term. */
    public boolean giftHandoverLate() {
        return giftHandoverOn != null && giftHandoverBy() != null && giftHandoverOn.isAfter(giftHandoverBy());
    }

    public String giftValuationText() {
        return giftValuation == null ? null : RussianFormats.money(giftValuation);
    }

    public String giftBuybackSumText() {
        return giftBuybackSum == null ? null : RussianFormats.money(giftBuybackSum);
    }

    /** Valued at not over 3 000 ₽: the gift goes back to the employee (ПП РФ №10 п.8). */
    public boolean giftReturned() {
        return GiftRules.returnedAfterValuation(giftValuation);
    }

    /** Filed online and not registered by the end of the day it arrived. */
    public boolean registrationOverdue() {
        return status == NotificationStatus.SUBMITTED && submittedOn.isBefore(LocalDate.now());
    }

    /** The preliminary review's term has passed without a conclusion. */
    public boolean reviewOverdue() {
        return status == NotificationStatus.REGISTERED && reviewBy != null && reviewBy.isBefore(LocalDate.now());
    }

    public boolean overdue() {
        return registrationOverdue() || reviewOverdue() || giftHandoverOverdue();
    }

    /** The decision for the register: the commission's, or the result it was closed with. */
    public String result() {
        return commissionDecision != null ? commissionDecision : outcome;
    }

    public String detail(String field) {
        String value = details.get(field);
        return value == null ? "" : value;
    }
}
