package ru.probity.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import ru.probity.platform.RussianFormats;
import ru.probity.procurement.affiliation.PathStep;
import ru.probity.procurement.model.FindingStatus;

/** What the findings pages show: the records read from {@code finding} with its contract ({@link FindingStore}). */
final class FindingRows {

    static final List<String> CONFIDENCES = List.of("HIGH", "MEDIUM", "LOW");

    private FindingRows() {}

    /**
     * Filters of the list and the export; blank values mean "any". {@code decidedFrom} …
     * {@code decidedTo} (both included) keep the findings whose present status was given on those
     * days of the region — «Подтверждённые за период», what the monitoring report counts.
     */
    record Filter(
            String status,
            String rule,
            String confidence,
            Long organization,
            String q,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedTo) {

        static final Filter NONE = new Filter(null, null, null, null, null);

        Filter(String status, String rule, String confidence, Long organization, String q) {
            this(status, rule, confidence, organization, q, null, null);
        }

        /** Whether the list is narrowed to the days its findings' status was given. */
        public boolean decidedInPeriod() {
            return decidedFrom != null || decidedTo != null;
        }

        /** The status filter for the findings nobody has decided on yet: new or under review. */
        static final String OPEN = "OPEN";

        Filter {
            status = RussianFormats.blankToNull(status);
            rule = RussianFormats.blankToNull(rule);
            confidence = RussianFormats.blankToNull(confidence);
            q = RussianFormats.blankToNull(q);
        }

        /**
         * The confidences shown: by default high and medium; low (a lead to check) only when asked
         * for, alone or with {@code ALL}.
         */
        public List<String> confidences() {
            if (confidence == null) {
                return List.of("HIGH", "MEDIUM");
            }
            if (confidence.equals("ALL")) {
                return CONFIDENCES;
            }
            return CONFIDENCES.contains(confidence) ? List.of(confidence) : List.of("HIGH", "MEDIUM");
        }

        /** The search text as a LIKE pattern body, or an empty string. */
        public String likeText() {
            return q == null ? "" : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    /**
     * A finding as a list row and an export line: one conflict (contract, official, person) with
     * every rule that applies, in the order of {@code affiliation.Rule}.
     */
    record Row(
            long id,
            long contractId,
            Long organizationId,
            String organizationName,
            String regNum,
            LocalDate signDate,
            BigDecimal price,
            String currency,
            String customerName,
            String customerInn,
            String suppliers,
            List<String> rules,
            String confidence,
            String official,
            String explanation,
            String status,
            String assignee,
            String assigneeName,
            String resolution,
            LocalDateTime foundAt,
            LocalDateTime updatedAt) {

        public Row {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        /** The primary rule: the first of {@link #rules()} (44-ФЗ before 273-ФЗ before the red flags). */
        public String rule() {
            return rules.isEmpty() ? null : rules.getFirst();
        }

        public boolean low() {
            return "LOW".equals(confidence);
        }

        public boolean decided() {
            FindingStatus s = FindingStatus.parse(status);
            return s != null && s.decision();
        }
    }

    /** A finding's card: the row, the rest of its contract and the path. */
    record Card(
            Row row,
            Long officialEmployeeId,
            String personKind,
            String contractNumber,
            String subject,
            String purchaseNumber,
            boolean singleSupplier,
            String law,
            String updatedBy,
            List<PathStep> path,
            String picture) {}

    /**
     * A step the customer must take after a confirmed 44-ФЗ ст.31 ч.1 п.9 conflict, and whether
     * an officer recorded it as done (who, when).
     */
    record Step(String code, boolean done, String by, LocalDateTime at) {}

    /** One entry of a finding's history. */
    record Event(
            LocalDateTime at,
            String username,
            String userName,
            String kind,
            String status,
            String text,
            String assigneeName) {

        /** The rules' codes of a RULES entry (the rules a re-check found, comma-separated in its text). */
        public List<String> codes() {
            return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
        }
    }

    /** A user a finding may be assigned to. */
    record Assignee(String username, String fullName) {}
}
