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
 * @param law 44-ФЗ (the ЕИС contracts, the default) or 223-ФЗ
 * @param okpd2 the ОКПД2 codes of the contract's products as written (ОКПД in contracts before 2016),
 *     in order, without repeats; empty when not given
 * @param singleSupplierGround for a single-supplier contract the point of 44-ФЗ ст.93 ч.1 it was
 *     concluded under, as its number («4», «5», «25», …); null when not single-supplier or not given
 * @param versionNumber the ЕИС {@code versionNumber} of this version of the contract (0 = as signed)
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
        List<Supplier> suppliers,
        ProcurementLaw law,
        List<String> okpd2,
        String singleSupplierGround,
        int versionNumber) {

    public Contract {
        law = law == null ? ProcurementLaw.FZ44 : law;
        okpd2 = okpd2 == null ? List.of() : List.copyOf(okpd2);
    }

    /** A contract without ОКПД2 codes, ground or version (as the older readers made them). */
    public Contract(
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
            List<Supplier> suppliers,
            ProcurementLaw law) {
        this(
                regNum,
                number,
                signDate,
                customerInn,
                customerKpp,
                customerName,
                price,
                currency,
                subject,
                purchaseNumber,
                singleSupplier,
                suppliers,
                law,
                List.of(),
                null,
                0);
    }

    /** A 44-ФЗ contract. */
    public Contract(
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
            List<Supplier> suppliers) {
        this(
                regNum,
                number,
                signDate,
                customerInn,
                customerKpp,
                customerName,
                price,
                currency,
                subject,
                purchaseNumber,
                singleSupplier,
                suppliers,
                ProcurementLaw.FZ44);
    }

    /** 44-ФЗ ст.31 ч.1 п.9 and ст.39 ч.6 apply: a 44-ФЗ contract (competitive or single-supplier). */
    public boolean under44() {
        return law == ProcurementLaw.FZ44;
    }

    /** The same contract under another law. */
    public Contract withLaw(ProcurementLaw other) {
        return new Contract(
                regNum,
                number,
                signDate,
                customerInn,
                customerKpp,
                customerName,
                price,
                currency,
                subject,
                purchaseNumber,
                singleSupplier,
                suppliers,
                other,
                okpd2,
                singleSupplierGround,
                versionNumber);
    }
}
