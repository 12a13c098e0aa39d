package ru.probity.procurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.org.OwnPeople;
import ru.probity.platform.RegionTime;
import ru.probity.procurement.FindingRows.Assignee;
import ru.probity.procurement.FindingRows.Card;
import ru.probity.procurement.FindingRows.Event;
import ru.probity.procurement.FindingRows.Filter;
import ru.probity.procurement.FindingRows.Row;
import ru.probity.procurement.affiliation.Conflict;
import ru.probity.procurement.affiliation.PathStep;
import ru.probity.procurement.model.FindingStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings ({@code finding}, {@code finding_event}, {@code finding_merged}). The checks keep
 * the findings of a contract: a finding is one conflict, identified by (contract, official,
 * person), and lists every rule that applies; found again, it keeps its status and history and
 * gets the fresh rules, path and explanation; no longer found, an undecided one is marked gone. The workflow reads them within an organization's subtree (times in the
 * region's zone) and writes the officers' decisions, each with an entry of the history.
 */
@Repository
class FindingStore {

    private static final TypeReference<List<PathStep>> PATH = new TypeReference<>() {};
    private static final String SYSTEM = "system";

    /**
     * Columns of a finding with its contract, organization, official and assignee; the times in the
     * region's zone, bound as {@code :zone}.
     */
    private static final String SELECT = """
            select f.id, f.contract_id, f.organization_id, f.official_employee_id, f.person_kind, f.rule, f.rules,
                   f.confidence, f.explanation, f.status, f.assignee, f.resolution, f.path::text as path_json,
                   coalesce((select u.full_name from app_user u where u.username = f.updated_by), f.updated_by)
                       as updated_by,
                   (f.found_at at time zone :zone) as found_local,
                   (f.updated_at at time zone :zone) as updated_local,
                   c.reg_num, c.number as contract_number, c.sign_date, c.price, c.currency, c.subject,
                   c.purchase_number, c.single_supplier, c.law, c.customer_inn, c.customer_name,
                   (select string_agg(coalesce(s ->> 'name', '') || coalesce(' (ИНН ' || (s ->> 'inn') || ')', ''), '; ')
                      from jsonb_array_elements(c.suppliers) s) as suppliers,
                   o.name as organization_name,
                   nullif(concat_ws(' ', e.last_name, e.first_name, e.middle_name), '') as official,
                   a.full_name as assignee_name
            from finding f
            join contract c on c.id = f.contract_id
            join organization o on o.id = f.organization_id
            left join employee e on e.id = f.official_employee_id
            left join app_user a on lower(a.username) = lower(f.assignee)""";

    private static final String FROM = " from finding f join contract c on c.id = f.contract_id"
            + " join organization o on o.id = f.organization_id";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RegionTime regionTime;

    FindingStore(JdbcClient jdbc, JsonMapper json, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.json = json;
        this.regionTime = regionTime;
    }

    /** A conflict with the stored contract it belongs to. */
    record Located(long contractId, Long organizationId, Conflict conflict) {}

    /** A stored finding as a re-check compares it. */
    private record Stored(long id, String status, List<String> rules) {}

    /**
     * Stores the conflicts of a run over {@code checkedContracts}: one finding per (contract,
     * official, person), whatever the number of rules. A new conflict is a new finding; one found
     * again keeps its status and history and gets the fresh rules, confidence, path and
     * explanation — with a RULES entry when its rules changed, and back to NEW with a REFOUND entry
     * when it had gone; what is no longer found and nobody has decided on yet is marked gone.
     */
    void store(List<Long> checkedContracts, List<Located> found) {
        Map<String, Stored> stored = stored(checkedContracts);
        Set<String> fingerprints = new HashSet<>();
        for (Located located : found) {
            Conflict c = located.conflict();
            String fingerprint = c.key();
            if (!fingerprints.add(fingerprint)) {
                continue; // the same contract listed twice in one run
            }
            List<String> rules = c.ruleCodes();
            Stored old = stored.get(fingerprint);
            if (old == null) {
                insert(located, fingerprint, rules);
                continue;
            }
            boolean refound = FindingStatus.GONE.name().equals(old.status());
            boolean changed = !old.rules().equals(rules);
            jdbc.sql("""
                    update finding set rules = :rules, rule = :rule, confidence = :confidence, path = cast(:path as jsonb),
                      explanation = :explanation,
                      status = case when status = 'GONE' then 'NEW' else status end,
                      updated_at = case when :touched then now() else updated_at end,
                      updated_by = case when :touched then 'system' else updated_by end
                    where id = :id""")
                    .param("rules", rules.toArray(String[]::new))
                    .param("rule", c.rule().code())
                    .param("confidence", c.confidence().name())
                    .param("path", json.writeValueAsString(c.path()))
                    .param("explanation", c.explanation())
                    .param("touched", refound || changed)
                    .param("id", old.id())
                    .update();
            if (refound) {
                event(old.id(), SYSTEM, "REFOUND", FindingStatus.NEW, null);
            }
            if (changed) {
                event(old.id(), SYSTEM, "RULES", null, String.join(",", rules));
            }
        }
        // what a re-check no longer finds and nobody has decided on yet is marked gone, with an event
        jdbc.sql("""
                with gone as (
                  update finding set status = 'GONE', updated_at = now(), updated_by = 'system'
                  where contract_id = any(:contracts) and status = any(:open)
                    and not (fingerprint = any(:found))
                  returning id)
                insert into finding_event (finding_id, username, kind, status, text)
                select id, 'system', 'GONE', 'GONE', 'при повторной проверке связь не найдена' from gone""")
                .param("contracts", checkedContracts.toArray(Long[]::new))
                .param("open", open())
                .param("found", fingerprints.toArray(String[]::new))
                .update();
    }

    private void insert(Located located, String fingerprint, List<String> rules) {
        Conflict c = located.conflict();
        Long person = registryId(c.personId());
        jdbc.sql("""
                insert into finding (contract_id, organization_id, official_employee_id, person_kind, person_id, rule, rules,
                  confidence, path, explanation, updated_by, fingerprint)
                values (:contract, :organization, :official, :kind, :person, :rule, :rules, :confidence,
                  cast(:path as jsonb), :explanation, 'system', :fingerprint)
                on conflict (fingerprint) do nothing
                returning id""")
                .param("contract", located.contractId())
                .param("organization", located.organizationId())
                .param("official", registryId(c.officialId()))
                .param("kind", kind(c.personId()))
                .param("person", person == null ? 0L : person)
                .param("rule", c.rule().code())
                .param("rules", rules.toArray(String[]::new))
                .param("confidence", c.confidence().name())
                .param("path", json.writeValueAsString(c.path()))
                .param("explanation", c.explanation())
                .param("fingerprint", fingerprint)
                .query(Long.class)
                .optional()
                .ifPresent(id -> event(id, SYSTEM, "FOUND", FindingStatus.NEW, null));
    }

    /** The findings of the contracts by fingerprint. */
    private Map<String, Stored> stored(List<Long> contracts) {
        Map<String, Stored> stored = new HashMap<>();
        if (contracts.isEmpty()) {
            return stored;
        }
        jdbc.sql("select id, fingerprint, status, rules from finding where contract_id = any(:contracts)")
                .param("contracts", contracts.toArray(Long[]::new))
                .query(rs -> {
                    stored.put(
                            rs.getString("fingerprint"),
                            new Stored(rs.getLong("id"), rs.getString("status"), rules(rs)));
                });
        return stored;
    }

    /** The finding a finding of this number was merged into (one finding per conflict, V23_20). */
    Optional<Long> mergedInto(long id) {
        return jdbc.sql("select finding_id from finding_merged where merged_id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    /** One page of the findings of the subtree of {@code scope} that pass the filter, the undecided first. */
    List<Row> page(long scope, Filter filter, OwnPeople own, int size, long offset) {
        return jdbc.sql(SELECT + where(true) + """
                 order by case f.status when 'NEW' then 0 when 'UNDER_REVIEW' then 1 else 2 end,
                          f.found_at desc, f.id desc
                 limit :size offset :offset""")
                .params(params(scope, filter, own))
                .param("zone", regionTime.id())
                .param("size", size)
                .param("offset", offset)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** How many findings of the subtree of {@code scope} pass the filter. */
    int count(long scope, Filter filter, OwnPeople own) {
        return jdbc.sql("select count(*)" + FROM + where(true))
                .params(params(scope, filter, own))
                .query(Integer.class)
                .single();
    }

    /** How many findings of each status pass the filter's other conditions: status → count. */
    Map<String, Integer> countByStatus(long scope, Filter filter, OwnPeople own) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select f.status, count(*)" + FROM + where(false) + " group by f.status")
                .params(params(scope, filter, own))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Every finding of the subtree of {@code scope} that passes the filter, newest contracts first. */
    List<Row> export(long scope, Filter filter, OwnPeople own) {
        return jdbc.sql(SELECT + where(true) + " order by c.sign_date desc nulls last, f.id")
                .params(params(scope, filter, own))
                .param("zone", regionTime.id())
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Whom the finding is about: its official and its related person (an employee or a relative). */
    record Subject(Long official, String personKind, long personId) {}

    Optional<Subject> subject(long id) {
        return jdbc.sql("select official_employee_id, person_kind, person_id from finding where id = ?")
                .param(id)
                .query((rs, n) -> new Subject(
                        (Long) rs.getObject("official_employee_id"),
                        rs.getString("person_kind"),
                        rs.getLong("person_id")))
                .optional();
    }

    /** Locks the finding's row for a change until the end of the transaction. */
    void lock(long id) {
        jdbc.sql("select id from finding where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
    }

    /** The finding with its contract, if it has an organization of the tree (without its picture). */
    Optional<Card> card(long id) {
        return jdbc.sql(SELECT + " where f.id = :id")
                .param("zone", regionTime.id())
                .param("id", id)
                .query((rs, n) -> new Card(
                        row(rs),
                        (Long) rs.getObject("official_employee_id"),
                        rs.getString("person_kind"),
                        rs.getString("contract_number"),
                        rs.getString("subject"),
                        rs.getString("purchase_number"),
                        rs.getBoolean("single_supplier"),
                        rs.getString("law"),
                        rs.getString("updated_by"),
                        path(rs.getString("path_json")),
                        null))
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from finding where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The finding's history, oldest first, with the names of the users. */
    List<Event> history(long id) {
        return jdbc.sql("""
                select (ev.at at time zone :zone) as at_local, ev.username, u.full_name, ev.kind, ev.status,
                       ev.text, a.full_name as assignee_name
                from finding_event ev
                left join app_user u on lower(u.username) = lower(ev.username)
                left join app_user a on ev.kind = 'ASSIGNED' and lower(a.username) = lower(ev.text)
                where ev.finding_id = :id order by ev.at, ev.id""")
                .param("zone", regionTime.id())
                .param("id", id)
                .query((rs, n) -> new Event(
                        rs.getObject("at_local", LocalDateTime.class),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getString("text"),
                        rs.getString("assignee_name")))
                .list();
    }

    /**
     * Enabled users of the given roles in the subtree of {@code scope} whose own subtree holds
     * {@code organization} (so they can see its findings).
     */
    List<Assignee> assignees(long scope, long organization, List<String> roles) {
        return jdbc.sql("""
                select u.username, u.full_name from app_user u
                where u.enabled and u.role in (:roles)
                  and u.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                  and u.organization_id in (select ancestor_id from org_subtree where organization_id = :organization)
                order by u.full_name, u.username""")
                .param("roles", roles)
                .param("scope", scope)
                .param("organization", organization)
                .query((rs, n) -> new Assignee(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** A new status, with the resolution of a decision (null otherwise). */
    void changeStatus(long id, FindingStatus status, String resolution, String actor) {
        jdbc.sql("""
                update finding set status = ?, resolution = ?, updated_at = now(), updated_by = ? where id = ?""").params(status.name(), resolution, actor, id).update();
    }

    /** Assigns the finding to {@code assignee}, or to nobody for null. */
    void assign(long id, String assignee, String actor) {
        jdbc.sql("update finding set assignee = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(assignee, actor, id)
                .update();
    }

    /** Records that {@code actor} changed the finding now (a comment). */
    void touch(long id, String actor) {
        jdbc.sql("update finding set updated_at = now(), updated_by = ? where id = ?")
                .params(actor, id)
                .update();
    }

    /** An entry of the finding's history: STATUS (with the status), ASSIGNED, COMMENT. */
    void event(long id, String actor, String kind, FindingStatus status, String text) {
        jdbc.sql("insert into finding_event (finding_id, username, kind, status, text) values (?, ?, ?, ?, ?)")
                .params(id, actor, kind, status == null ? null : status.name(), text)
                .update();
    }

    private static String where(boolean withStatus) {
        return " " + """
                 where f.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                   and f.confidence in (:confidences)
                   and (cast(:rule as text) is null or cast(:rule as text) = any(f.rules))
                   and (:q = '' or f.explanation ilike '%' || :q || '%' or c.reg_num = :exact)
                   and not coalesce(f.official_employee_id = any(cast(:ownEmployees as bigint[])), false)
                   and not (f.person_kind = 'EMPLOYEE' and f.person_id = any(cast(:ownEmployees as bigint[])))
                   and not (f.person_kind = 'RELATIVE' and f.person_id = any(cast(:ownRelatives as bigint[])))
                   and (cast(:decidedFrom as date) is null and cast(:decidedTo as date) is null
                        or (select max(e.at)::date from finding_event e
                            where e.finding_id = f.id and e.kind = 'STATUS' and e.status = f.status)
                           between coalesce(cast(:decidedFrom as date), date '-infinity')
                               and coalesce(cast(:decidedTo as date), date 'infinity'))"""
                + (withStatus
                        ? " and (cast(:status as text) is null or f.status = :status"
                                + " or (cast(:status as text) = 'OPEN' and f.status in ('NEW', 'UNDER_REVIEW')))"
                        : "");
    }

    private static Map<String, Object> params(long scope, Filter filter, OwnPeople own) {
        Map<String, Object> params = new HashMap<>();
        params.put("ownEmployees", own.employeeArray());
        params.put("ownRelatives", own.relativeArray());
        params.put("scope", scope);
        params.put("confidences", filter.confidences());
        params.put("rule", filter.rule());
        params.put("status", filter.status());
        params.put("q", filter.likeText());
        params.put("exact", filter.q() == null ? "" : filter.q());
        params.put("decidedFrom", filter.decidedFrom());
        params.put("decidedTo", filter.decidedTo());
        return params;
    }

    private static String[] open() {
        List<String> open = new ArrayList<>();
        for (FindingStatus status : FindingStatus.values()) {
            if (status.open()) {
                open.add(status.name());
            }
        }
        return open.toArray(String[]::new);
    }

    private List<PathStep> path(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return json.readValue(text, PATH);
    }

    private static Row row(ResultSet rs) throws SQLException {
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
                rules(rs),
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

    private static List<String> rules(ResultSet rs) throws SQLException {
        java.sql.Array array = rs.getArray("rules");
        return array == null ? List.of() : List.of((String[]) array.getArray());
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
