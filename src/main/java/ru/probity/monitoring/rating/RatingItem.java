package ru.probity.monitoring.rating;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * An item of the scoring methodology.
 *
 * <p>A number item scores the value of the indicator {@code code} — or, with a {@code denominatorCode},
 * its share of that indicator in per cent — by its {@code bands}: the band with the greatest start not
 * above the value gives the points (none: zero points). A yes/no item ({@code yesPoints} set) gives
 * {@code yesPoints} for «да» and {@code noPoints} for «нет». The item's points are multiplied by its
 * {@code weight}.
 */
public record RatingItem(
        String code,
        String denominatorCode,
        BigDecimal weight,
        List<Band> bands,
        BigDecimal yesPoints,
        BigDecimal noPoints) {

    public RatingItem {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An item needs the indicator's code");
        }
        if (weight == null || weight.signum() <= 0) {
            throw new IllegalArgumentException("An item's weight must be above zero");
        }
        code = code.strip();
        denominatorCode = denominatorCode == null || denominatorCode.isBlank() ? null : denominatorCode.strip();
        bands = bands == null
                ? List.of()
                : bands.stream().sorted(Comparator.comparing(Band::from)).toList();
        if (yesPoints != null && noPoints == null) {
            noPoints = BigDecimal.ZERO;
        }
        if (yesPoints == null && bands.isEmpty()) {
            throw new IllegalArgumentException("A number item needs bands, a yes/no item its points");
        }
    }

    /** A yes/no item: scores the «да» or «нет» of the indicator. */
    public boolean flag() {
        return yesPoints != null;
    }

    /** A share: the value is divided by the denominator's. */
    public boolean share() {
        return !flag() && denominatorCode != null;
    }

    /** The most points the item can give, before its weight. */
    public BigDecimal maxPoints() {
        if (flag()) {
            return yesPoints.max(noPoints);
        }
        return bands.stream().map(Band::points).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** The band a value falls in, or {@code null} below the first band. */
    public Band bandOf(BigDecimal value) {
        Band found = null;
        for (Band band : bands) {
            if (band.from().compareTo(value) <= 0) {
                found = band;
            }
        }
        return found;
    }

    /** The bands as the methodology writes them: {@code 0:0; 50:4; 80:7; 100:10}. */
    public String bandsText() {
        return String.join("; ", bands.stream().map(Band::text).toList());
    }
}
