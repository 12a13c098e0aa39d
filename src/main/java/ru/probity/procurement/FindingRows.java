package ru.probity.procurement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import ru.probity.procurement.affiliation.PathStep;
import ru.probity.procurement.affiliation.Rule;

/** What the findings pages show: the records read from {@code finding} with its contract. */
final class FindingRows {

    /** The workflow's states, in the order the page counts them. */
    static final List<String> STATUSES = List.of("NEW", "UNDER_REVIEW", "CONFIRMED", "DISMISSED", "STALE");

    static final List<String> CONFIDENCES = List.of("HIGH", "MEDIUM", "LOW");

    /**
     * Columns of a finding with its contract, organization, official and assignee; the times in the
     * region's zone, bound as {@code :zone}.
     */
    static final String SELECT = """
            select f.id, f.contract_id, f.organization_id, f.official_employee_id, f.person_kind, f.rule,
                   f.confidence, f.explanation, f.status, f.assignee, f.resolution, f.path::text as path_json,
                   f.updated_by,
                   (f.found_at at time zone :zone) as found_local,
                   (f.updated_at at time zone :zone) as updated_local,
                   c.reg_num, c.number as contract_number, c.sign_date, c.price, c.currency, c.subject,
                   c.purchase_number, c.single_supplier, c.customer_inn, c.customer_name,
                   (select string_agg(coalesce(s ->> 'name', '') || coalesce(' (ИНН ' || (s ->> 'inn') || ')', ''), '; ')
                      from jsonb_array_elements(c.suppliers) s) as suppliers,
                   o.name as organization_name, o.path as organization_path,
                   nullif(concat_ws(' ', e.last_name, e.first_name, e.middle_name), '') as official,
                   a.full_name as assignee_name
            from finding f
            join contract c on c.id = f.contract_id
            join organization o on o.id = f.organization_id
            left join employee e on e.id = f.official_employee_id
            left join app_user a on lower(a.username) = lower(f.assignee)""";

    private FindingRows() {}

    /** Filters of the list and the export; blank values mean "any". */
    record Filter(String status, String rule, String confidence, Long organization, String q) {

        static final Filter NONE = new Filter(null, null, null, null, null);

        Filter {
            status = blankToNull(status);
            rule = blankToNull(rule);
            confidence = blankToNull(confidence);
            q = blankToNull(q);
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

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** A finding as a list row and an export line. */
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
            String rule,
            String confidence,
            String official,
            String explanation,
            String status,
            String assignee,
            String assigneeName,
            String resolution,
            LocalDateTime foundAt,
            LocalDateTime updatedAt) {

        /** The law and article of the rule, in Russian; empty for an unknown rule. */
        public String law() {
            return law(rule);
        }

        public boolean low() {
            return "LOW".equals(confidence);
        }

        public boolean decided() {
            return "CONFIRMED".equals(status) || "DISMISSED".equals(status);
        }

        static String law(String rule) {
            return Arrays.stream(Rule.values())
                    .filter(r -> r.code().equals(rule) || r.name().equals(rule))
                    .map(Rule::law)
                    .findFirst()
                    .orElse("");
        }
    }

    /** A finding's card: the row, the rest of its contract and the path. */
    record Card(
            Row row,
            Long officialEmployeeId,
            String personKind,
            String organizationPath,
            String contractNumber,
            String subject,
            String purchaseNumber,
            boolean singleSupplier,
            String updatedBy,
            List<PathStep> path,
            String picture) {}

    /** One entry of a finding's history. */
    record Event(
            LocalDateTime at,
            String username,
            String userName,
            String kind,
            String status,
            String text,
            String assigneeName) {}

    /** A user a finding may be assigned to. */
    record Assignee(String username, String fullName) {}

    static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("contract_id"),
                (Long) rs.getObject("organization_id"),
                rs.getString("organization_name"),
                rs.getString("reg_num"),
                rs.getObject("sign_date", LocalDate.class),
                rs.getBigDecimal("price"),
                rs.getString("currency"),
                rs.getString("customer_name"),
                rs.getString("customer_inn"),
                rs.getString("suppliers"),
                rs.getString("rule"),
                rs.getString("confidence"),
                rs.getString("official"),
                rs.getString("explanation"),
                rs.getString("status"),
                rs.getString("assignee"),
                rs.getString("assignee_name"),
                rs.getString("resolution"),
                rs.getObject("found_local", LocalDateTime.class),
                rs.getObject("updated_local", LocalDateTime.class));
    }
}
