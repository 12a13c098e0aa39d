package ru.probity.procurement.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract (44-ФЗ, ЕИС {@code export/contract}, or from local accounting).
 *
 * @param regNum the ЕИС registry number of the contract (or the local number)
 * @param purchaseNumber the notice number of the purchase, linking the contract to its protocols;
 *     null for single-supplier purchases without a notice
 * @param singleSupplier concluded with a single supplier (44-ФЗ ст.93) rather than by competition
 */
public record Contract(
        String regNum,
        String number,
        LocalDate signDate,
        String customerInn,
        String customerKpp,
        String customerName,
        BigDecimal price,
        String currency,
        String subject,
        String purchaseNumber,
        boolean singleSupplier,
        List<Supplier> suppliers) {}
