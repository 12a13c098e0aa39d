package ru.probity.redflags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import ru.probity.platform.RussianFormats;

/** What the red-flags pages show. */
final class RedFlagRows {

    private RedFlagRows() {}

    /**
     * The list's filter.
     *
     * @param indicator an indicator id, or null for all
     * @param organization the organization whose subtree is shown, or null for the user's own
     * @param from first sign date of the flags' contracts, or null
     * @param to last sign date, or null
     * @param status a status, {@code OPEN} (new or under review), or null for all but gone
     * @param risk the least risk score of the flag's contract, in percent, or null
     */
    record Filter(
            String indicator,
            Long organization,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            String status,
            Integer risk) {

        static final String OPEN = "OPEN";
        static final Filter NONE = new Filter(null, null, null, null, null, null);

        Filter {
            indicator = RussianFormats.blankToNull(indicator);
            status = RussianFormats.blankToNull(status);
        }

        /** The least risk as a share 0..1 (0 when not set). */
        double minRisk() {
            return risk == null ? 0 : Math.max(0, Math.min(100, risk)) / 100.0;
        }
    }

    /** A stored flag with its contract's facts and organization. */
    record Row(
            long id,
            String indicator,
            Long contractId,
            String regNum,
            String purchaseNumber,
            LocalDate signDate,
            BigDecimal price,
            String customerInn,
            String customerName,
            String supplierInn,
            String supplierName,
            long organizationId,
            String organizationName,
            double value,
            double threshold,
            String explanation,
            List<String> documents,
            double risk,
            String status,
            String resolution,
            LocalDateTime foundAt,
            LocalDateTime updatedAt,
            String updatedBy) {

        /** The risk score in whole percent. */
        public long riskPercent() {
            return Math.round(risk * 100);
        }

        /** The value as written: whole numbers without a fraction, others with at most 2 digits. */
        public String valueText() {
            return number(value);
        }

        public String thresholdText() {
            return number(threshold);
        }

        static String number(double x) {
            if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                return String.format(java.util.Locale.ROOT, "%,d", (long) x).replace(',', ' ');
            }
            return String.format(java.util.Locale.ROOT, "%.2f", x).replace('.', ',');
        }
    }

    /** An entry of a flag's history. */
    record Event(LocalDateTime at, String username, String userName, String kind, String status, String text) {}

    /** A customer's risk score: the mean of its contracts' scores. */
    record CustomerRisk(
            long organizationId, String organizationName, String customerInn, int contracts, int flagged, double risk) {
        public long riskPercent() {
            return Math.round(risk * 100);
        }
    }

    /** A document behind a flag: its kind, its number, and the page that shows it (or null). */
    record Document(String kind, String key, String href) {}

    /** The last computation. */
    record Run(long version, String settings, LocalDateTime computedAt, int flags, String computedBy) {}

    /** Flags counted by a label (an indicator id, a month «2026-03»). */
    record Count(String label, long count) {}
}
