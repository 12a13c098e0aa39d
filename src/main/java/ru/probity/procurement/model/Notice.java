package ru.probity.procurement.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A purchase notice (извещение) from ЕИС: {@code fcsNotification*} (schemas 4.x–10.x) or {@code
 * epNotification*} (since 2022), the first published version of a purchase or one of its changes.
 *
 * @param purchaseNumber the purchase (notice) number, the key that links notices, protocols and
 *     contracts
 * @param documentKind the document's element name as written, e.g. {@code fcsNotificationEF}, {@code
 *     epNotificationEF2020}, {@code fcsNotificationZK}
 * @param schemeVersion the {@code schemeVersion} attribute, e.g. «4.5», «8.1», «13.2»
 * @param procedure the way of placing, from the document kind (and {@code placingWay})
 * @param placingWayCode {@code placingWay/code} as written, null when absent
 * @param customerInn the customer's INN: of the (first) customer requirement, else of the
 *     responsible organization (организатор), else null
 * @param published the date and time of publication (local time as written, offset dropped)
 * @param submissionEnd the end of the submission of bids (дата и время окончания срока подачи заявок)
 * @param maxPrice the initial (maximum) contract price (НМЦК); for a multi-lot notice the sum of lots
 * @param okpd2 the ОКПД2 codes of the purchase objects as written (e.g. «41.20.40.000»), or ОКПД codes
 *     in old notices; empty when none
 */
public record Notice(
        String purchaseNumber,
        String documentKind,
        String schemeVersion,
        Procedure procedure,
        String placingWayCode,
        String customerInn,
        String customerName,
        LocalDateTime published,
        LocalDateTime submissionEnd,
        BigDecimal maxPrice,
        String currency,
        List<String> okpd2,
        String subject) {

    public Notice {
        okpd2 = okpd2 == null ? List.of() : List.copyOf(okpd2);
    }
}
