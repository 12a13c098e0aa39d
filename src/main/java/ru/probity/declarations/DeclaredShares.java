package ru.probity.declarations;

import java.math.BigDecimal;
import java.util.List;

/**
 * Published when a declaration is saved: the shares in commercial organizations (§5.1) it
 * declares, of the declarant and of his family — all of them, so a listener may replace what an
 * earlier declaration of the employee said. Delivered synchronously in the saving transaction.
 */
public record DeclaredShares(long declarationId, long employeeId, int year, List<Holding> companies) {

    public DeclaredShares {
        companies = List.copyOf(companies);
    }

    /**
     * @param holder DECLARANT, SPOUSE or CHILD
     * @param inn the company's INN (10 digits) or null
     * @param ogrn the company's OGRN (13 digits) or null
     */
    public record Holding(
            String holder,
            String lastName,
            String firstName,
            String middleName,
            String companyName,
            String inn,
            String ogrn,
            BigDecimal sharePercent) {}
}
