package ru.probity.monitoring;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import ru.probity.monitoring.rating.Decimals;

/**
 * The numbers of the consolidation and the ratings for templates:
 * {@code ${@ratingNumbers.decimal(x)}} writes {@code 12,5}, {@code ${@ratingNumbers.signed(x)}}
 * {@code +12,5} or {@code −3}; an empty text for null.
 */
@Component("ratingNumbers")
class RatingNumbers {

    public String decimal(BigDecimal value) {
        return value == null ? "" : Decimals.russian(value);
    }

    public String signed(BigDecimal value) {
        return value == null ? "" : ConsolidatedReportDocx.signed(value);
    }
}
