package ru.probity.procurement;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.procurement.model.CheckOutcome;

/**
 * The check record of every contract ({@code contract_check}): when it was checked, against which
 * versions of the registers and of its customer's people, with what outcome; which contracts are
 * stale; and the lock that lets one instance of a cluster re-check them.
 */
@Repository
class CheckStore {

    private static final long RECHECK_LOCK = 0x50524f43L; // "PROC"

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CheckStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The check of one contract: its outcome, why it could not be checked, how many findings. */
    record Checked(long contractId, CheckOutcome outcome, String reason, int findings) {}

    /** Records the checks of a run, made against these versions, in one batch. */
    void record(List<Checked> checks, long registersVersion, long peopleVersion) {
        template.batchUpdate(
                """
                insert into contract_check (contract_id, checked_at, registers_version, people_version, outcome, reason, findings)
                values (?, now(), ?, ?, ?, ?, ?)
                on conflict (contract_id) do update set checked_at = now(), registers_version = excluded.registers_version,
                  people_version = excluded.people_version, outcome = excluded.outcome, reason = excluded.reason,
                  findings = excluded.findings""",
                checks.stream()
                        .map(c -> new Object[] {
                            c.contractId(),
                            registersVersion,
                            peopleVersion,
                            c.outcome().name(),
                            c.reason(),
                            c.findings()
                        })
                        .toList());
    }

    /**
     * Contracts never checked, or checked before the registers ({@code registersVersion}) or the
     * people of their customer last changed.
     */
    List<Long> stale(long registersVersion) {
        return jdbc.sql("""
                select c.id from contract c
                left join contract_check k on k.contract_id = c.id
                left join customer_people_version v on v.inn = c.customer_inn
                where k.contract_id is null or k.registers_version < :registers or k.people_version < coalesce(v.version, 0)
                order by c.id""")
                .param("registers", registersVersion)
                .query(Long.class)
                .list();
    }

    /** Takes the re-check's lock until the end of the transaction, if no other instance holds it. */
    boolean tryRecheckLock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(RECHECK_LOCK)
                .query(Boolean.class)
                .single();
    }
}
