package ru.probity.commission;

import ru.probity.declarations.CommissionDecisions;
import ru.probity.notifications.NotificationSentToCommission;
import ru.probity.platform.RussianFormats;

/** How the minutes, the extracts and the letters name a case: its kind and what was heard. */
final class CaseTexts {

    /** The source type of a confirmed procurement finding. */
    static final String FINDING = "FINDING";

    /** The source type of a citizen's report of corruption. */
    static final String REPORT = "REPORT";

    private CaseTexts() {}

    /** What the minutes say was heard, until the secretary writes it otherwise. */
    static String heard(CommissionCase c) {
        String source = switch (c.sourceType()) {
            case NotificationSentToCommission.SOURCE_TYPE ->
                "уведомления" + (c.sourceRef() == null ? "" : " (рег. № " + c.sourceRef() + ")");
            case FINDING -> "материалов проверки закупки (находка № " + c.sourceId() + ")";
            case REPORT -> "сообщения о коррупции" + (c.sourceRef() == null ? "" : " № " + c.sourceRef());
            case CommissionDecisions.SOURCE_TYPE ->
                "материалов проверки сведений о доходах, расходах, об имуществе и обязательствах"
                        + " имущественного характера" + (c.sourceRef() == null ? "" : " (" + c.sourceRef() + ")");
            default -> "материалов, поступивших " + RussianFormats.date(c.receivedOn());
        };
        return "Информация секретаря комиссии о рассмотрении " + source
                + (c.personName() == null ? "" : " в отношении " + c.personGenitive()) + ": " + c.summary();
    }

    /**
     * The source's reference after its kind: «№ 12-у» for a registration number, as it is for a
     * reference that names itself («находка № 4»).
     */
    static String reference(String sourceRef) {
        if (sourceRef == null || sourceRef.isBlank()) {
            return "";
        }
        return Character.isDigit(sourceRef.charAt(0)) ? "№ " + sourceRef : sourceRef;
    }

    static String kindLabel(CaseKind kind) {
        return switch (kind) {
            case INDUCEMENT -> "уведомление о склонении к коррупционному правонарушению";
            case PERSONAL_INTEREST -> "уведомление о личной заинтересованности";
            case OTHER_PAID_WORK -> "уведомление об иной оплачиваемой работе";
            case GIFT -> "уведомление о получении подарка";
            case FAMILY_INCOME -> "заявление о невозможности представить сведения о доходах супруги (супруга) и детей";
            case FORMER_OFFICIAL_CONSENT -> "обращение о даче согласия (ст. 12 273-ФЗ)";
            case NEW_EMPLOYER_NOTICE -> "уведомление организации о заключении договора с бывшим служащим";
            case PROCUREMENT_FINDING -> "конфликт интересов в закупке";
            case CITIZEN_REPORT -> "сообщение о коррупции";
            case DECLARATION -> "достоверность и полнота сведений о доходах";
            case EXPENSE_CONTROL -> "контроль за расходами";
            case HEAD_SUBMISSION -> "представление руководителя";
        };
    }
}
