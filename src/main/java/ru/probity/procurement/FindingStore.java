package ru.probity.procurement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.procurement.affiliation.Finding;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the findings of a contract's check: a finding is identified by (contract, official,
 * person, rule); found again, it keeps its status and history and gets the fresh path and
 * explanation; no longer found, an undecided one is marked gone.
 */
@Component
class FindingStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FindingStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A finding with the stored contract it belongs to. */
    record Located(long contractId, Long organizationId, Finding finding) {}

    /** Stores the findings of a run over {@code checkedContracts}; set-based where it matters. */
    void store(List<Long> checkedContracts, List<Located> found) {
        Set<String> fingerprints = new HashSet<>();
        for (Located located : found) {
            Finding f = located.finding();
            long contractId = located.contractId();
            Long organizationId = located.organizationId();
            String fingerprint = f.contractRegNum() + "|" + f.officialId() + "|" + f.personId() + "|"
                    + f.rule().code();
            fingerprints.add(fingerprint);
            long id = jdbc.sql("""
                    insert into finding (contract_id, organization_id, official_employee_id, person_kind, person_id, rule,
                      confidence, path, explanation, updated_by, fingerprint)
                    values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, 'system', ?)
                    on conflict (fingerprint) do update set confidence = excluded.confidence, path = excluded.path,
                      explanation = excluded.explanation,
                      status = case when finding.status = 'GONE' then 'NEW' else finding.status end
                    returning id, (xmax = 0) as inserted""")
                    .params(
                            contractId,
                            organizationId,
                            registryId(f.officialId()),
                            kind(f.personId()),
                            registryId(f.personId()) == null ? 0L : registryId(f.personId()),
                            f.rule().code(),
                            f.confidence().name(),
                            json.writeValueAsString(f.path()),
                            f.explanation(),
                            fingerprint)
                    .query((rs, n) -> rs.getBoolean("inserted") ? rs.getLong("id") : -1L)
                    .single();
            if (id > 0) {
                jdbc.sql(
                                "insert into finding_event (finding_id, username, kind, status) values (?, 'system', 'FOUND', 'NEW')")
                        .param(id)
                        .update();
            }
        }
        // what a re-check no longer finds and nobody has decided on yet is marked gone, with an event
        jdbc.sql("""
                with gone as (
                  update finding set status = 'GONE', updated_at = now(), updated_by = 'system'
                  where contract_id = any(:contracts) and status in ('NEW', 'UNDER_REVIEW')
                    and not (fingerprint = any(:found))
                  returning id)
                insert into finding_event (finding_id, username, kind, status, text)
                select id, 'system', 'GONE', 'GONE', 'при повторной проверке связь не найдена' from gone""")
                .param("contracts", checkedContracts.toArray(Long[]::new))
                .param("found", fingerprints.toArray(String[]::new))
                .update();
    }

    /** "E12" → 12 (employee), "R7" → 7 (relative); null for people known only from a protocol. */
    static Long registryId(String personId) {
        if (personId == null || personId.length() < 2 || !(personId.charAt(0) == 'E' || personId.charAt(0) == 'R')) {
            return null;
        }
        try {
            return Long.parseLong(personId.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String kind(String personId) {
        return personId != null && personId.startsWith("R")
                ? "RELATIVE"
                : personId != null && personId.startsWith("E") ? "EMPLOYEE" : "PROTOCOL";
    }
}
