package ru.probity.redflags;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.RegionTime;
import ru.probity.redflags.RedFlagRows.Count;
import ru.probity.redflags.RedFlagRows.CustomerRisk;
import ru.probity.redflags.RedFlagRows.Event;
import ru.probity.redflags.RedFlagRows.Filter;
import ru.probity.redflags.RedFlagRows.Row;
import ru.probity.redflags.RedFlagRows.Run;

/**
 * The red flags ({@code red_flag}, {@code red_flag_event}, {@code red_flag_customer}, {@code
 * red_flag_run}). A computation stores its flags by fingerprint: a new one is inserted, one found
 * again keeps its status and history and gets the fresh facts (back to NEW with a REFOUND entry
 * when it had gone), an undecided one no longer found is marked GONE. The pages read them within an
 * organization's subtree, times in the region's zone.
 */
@Repository
class RedFlagStore {

    static final String SYSTEM = "system";

    private static final String SELECT = """
            select f.id, f.indicator, f.contract_id, f.reg_num, f.purchase_number, f.sign_date, f.price,
                   f.customer_inn, f.customer_name, f.supplier_inn, f.supplier_name, f.organization_id,
                   o.name as organization_name, f.value, f.threshold, f.explanation, f.documents, f.risk,
                   f.status, f.resolution,
                   (f.found_at at time zone :zone) as found_local,
                   (f.updated_at at time zone :zone) as updated_local,
                   coalesce((select u.full_name from app_user u where u.username = f.updated_by), f.updated_by)
                       as updated_name
            from red_flag f
            join organization o on o.id = f.organization_id""";

    private static final String FROM = " from red_flag f";

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    RedFlagStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    /** A flag as a computation stores it. */
    record Computed(
            String fingerprint,
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
            double value,
            double threshold,
            String explanation,
            List<String> documents,
            double risk) {}

    Optional<Run> run() {
        return jdbc.sql("""
                select version, settings, (computed_at at time zone :zone) as computed_local, flags, computed_by
                from red_flag_run where id = 1""")
                .param("zone", regionTime.id())
                .query((rs, n) -> new Run(
                        rs.getLong("version"),
                        rs.getString("settings"),
                        rs.getObject("computed_local", LocalDateTime.class),
                        rs.getInt("flags"),
                        rs.getString("computed_by")))
                .optional();
    }

    /** Waits for the computation's lock for the transaction: two computations never interleave. */
    void lockRun() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", RedFlagsJob.LOCK)
                .query()
                .listOfRows();
    }

    /**
     * Stores a computation: the flags by fingerprint (see the class), the customers' risk scores,
     * and the version it read. Set-based: one statement for all the flags.
     */
    void store(long version, String settings, String actor, List<Computed> flags, List<CustomerRisk> customers) {
        Map<String, String> before = new HashMap<>();
        jdbc.sql("select fingerprint, status from red_flag").query((ResultSet rs) -> {
            before.put(rs.getString(1), rs.getString(2));
        });
        Map<String, Computed> unique = new LinkedHashMap<>();
        flags.forEach(f -> unique.putIfAbsent(f.fingerprint(), f));
        List<Computed> all = new ArrayList<>(unique.values());
        int n = all.size();
        String[] fingerprint = new String[n];
        String[] indicator = new String[n];
        Long[] contract = new Long[n];
        String[] regNum = new String[n];
        String[] purchase = new String[n];
        String[] signDate = new String[n];
        String[] price = new String[n];
        String[] customerInn = new String[n];
        String[] customerName = new String[n];
        String[] supplierInn = new String[n];
        String[] supplierName = new String[n];
        Long[] organization = new Long[n];
        Double[] value = new Double[n];
        Double[] threshold = new Double[n];
        String[] explanation = new String[n];
        String[] documents = new String[n];
        Double[] risk = new Double[n];
        for (int i = 0; i < n; i++) {
            Computed f = all.get(i);
            fingerprint[i] = f.fingerprint();
            indicator[i] = f.indicator();
            contract[i] = f.contractId();
            regNum[i] = f.regNum();
            purchase[i] = f.purchaseNumber();
            signDate[i] = f.signDate() == null ? null : f.signDate().toString();
            price[i] = f.price() == null ? null : f.price().toPlainString();
            customerInn[i] = f.customerInn();
            customerName[i] = f.customerName();
            supplierInn[i] = f.supplierInn();
            supplierName[i] = f.supplierName();
            organization[i] = f.organizationId();
            value[i] = f.value();
            threshold[i] = f.threshold();
            explanation[i] = f.explanation();
            documents[i] = String.join("\n", f.documents());
            risk[i] = f.risk();
        }
        jdbc.sql("""
                insert into red_flag (fingerprint, indicator, contract_id, reg_num, purchase_number, sign_date, price,
                    customer_inn, customer_name, supplier_inn, supplier_name, organization_id, value, threshold,
                    explanation, documents, risk)
                select t.fp, t.ind, t.contract, t.reg, t.purchase, cast(t.signed as date), cast(t.price as numeric),
                    t.cinn, t.cname, t.sinn, t.sname, t.org, t.val, t.thr, t.expl,
                    case when t.docs = '' then '{}'::text[] else string_to_array(t.docs, E'\\n') end, t.risk
                from unnest(:fp, :ind, :contract, :reg, :purchase, :signed, :price, :cinn, :cname, :sinn, :sname,
                            :org, :val, :thr, :expl, :docs, :risk)
                     as t(fp, ind, contract, reg, purchase, signed, price, cinn, cname, sinn, sname, org, val, thr,
                          expl, docs, risk)
                on conflict (fingerprint) do update set
                    contract_id = excluded.contract_id, reg_num = excluded.reg_num,
                    purchase_number = excluded.purchase_number, sign_date = excluded.sign_date,
                    price = excluded.price, customer_name = excluded.customer_name,
                    supplier_name = excluded.supplier_name, organization_id = excluded.organization_id,
                    value = excluded.value, threshold = excluded.threshold, explanation = excluded.explanation,
                    documents = excluded.documents, risk = excluded.risk,
                    status = case when red_flag.status = 'GONE' then 'NEW' else red_flag.status end,
                    updated_at = case when red_flag.status = 'GONE' then now() else red_flag.updated_at end,
                    updated_by = case when red_flag.status = 'GONE' then 'system' else red_flag.updated_by end""")
                .param("fp", fingerprint)
                .param("ind", indicator)
                .param("contract", contract)
                .param("reg", regNum)
                .param("purchase", purchase)
                .param("signed", signDate)
                .param("price", price)
                .param("cinn", customerInn)
                .param("cname", customerName)
                .param("sinn", supplierInn)
                .param("sname", supplierName)
                .param("org", organization)
                .param("val", value)
                .param("thr", threshold)
                .param("expl", explanation)
                .param("docs", documents)
                .param("risk", risk)
                .update();
        List<String> refound = all.stream()
                .map(Computed::fingerprint)
                .filter(fp -> RedFlagStatus.GONE.name().equals(before.get(fp)))
                .toList();
        jdbc.sql("""
                insert into red_flag_event (flag_id, username, kind, status)
                select id, 'system', 'REFOUND', 'NEW' from red_flag where fingerprint = any(:refound)""").param("refound", refound.toArray(String[]::new)).update();
        jdbc.sql("""
                insert into red_flag_event (flag_id, username, kind, status)
                select id, 'system', 'GONE', 'GONE' from red_flag
                where status in ('NEW', 'UNDER_REVIEW') and not (fingerprint = any(:found))""").param("found", fingerprint).update();
        jdbc.sql("""
                update red_flag set status = 'GONE', updated_at = now(), updated_by = 'system'
                where status in ('NEW', 'UNDER_REVIEW') and not (fingerprint = any(:found))""").param("found", fingerprint).update();
        jdbc.sql("delete from red_flag_customer").update();
        for (CustomerRisk c : customers) {
            jdbc.sql("""
                    insert into red_flag_customer (organization_id, customer_inn, customer_name, contracts, flagged, risk)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(
                            c.organizationId(),
                            c.customerInn(),
                            c.organizationName(),
                            c.contracts(),
                            c.flagged(),
                            c.risk())
                    .update();
        }
        jdbc.sql("""
                insert into red_flag_run (id, version, settings, computed_at, flags, computed_by)
                values (1, ?, ?, now(), ?, ?)
                on conflict (id) do update set version = excluded.version, settings = excluded.settings,
                    computed_at = now(), flags = excluded.flags, computed_by = excluded.computed_by""").params(version, settings, n, actor).update();
    }

    List<Row> page(long scope, Filter filter, int limit, long offset) {
        return jdbc.sql(SELECT + where(true) + " order by f.risk desc, f.sign_date desc nulls last, f.id"
                        + " limit :limit offset :offset")
                .params(params(scope, filter))
                .param("limit", limit)
                .param("offset", offset)
                .query(RedFlagStore::row)
                .list();
    }

    int count(long scope, Filter filter) {
        return jdbc.sql("select count(*)" + FROM + where(true))
                .params(params(scope, filter))
                .query(Integer.class)
                .single();
    }

    List<Row> export(long scope, Filter filter) {
        return jdbc.sql(SELECT + where(true) + " order by f.risk desc, f.sign_date desc nulls last, f.id")
                .params(params(scope, filter))
                .query(RedFlagStore::row)
                .list();
    }

    Map<String, Integer> countByStatus(long scope, Filter filter) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select f.status, count(*)" + FROM + where(false) + " group by f.status")
                .params(params(scope, filter))
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    List<Count> byIndicator(long scope, Filter filter) {
        return jdbc.sql("select f.indicator, count(*)" + FROM + where(true) + " group by f.indicator")
                .params(params(scope, filter))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2)))
                .list();
    }

    List<Count> byMonth(long scope, Filter filter) {
        return jdbc.sql("select to_char(f.sign_date, 'YYYY-MM') as month, count(*)" + FROM + where(true)
                        + " and f.sign_date is not null group by 1 order by 1")
                .params(params(scope, filter))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** The customers of the subtree by risk, highest first. */
    List<CustomerRisk> customers(long scope, int limit) {
        return jdbc.sql("""
                select c.organization_id, o.name, c.customer_inn, c.contracts, c.flagged, c.risk
                from red_flag_customer c join organization o on o.id = c.organization_id
                where c.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                  and c.flagged > 0
                order by c.risk desc, o.name limit :limit""")
                .param("scope", scope)
                .param("limit", limit)
                .query((rs, n) -> new CustomerRisk(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getDouble(6)))
                .list();
    }

    Optional<Row> card(long id) {
        return jdbc.sql(SELECT + " where f.id = :id")
                .param("zone", regionTime.id())
                .param("id", id)
                .query(RedFlagStore::row)
                .optional();
    }

    void lock(long id) {
        jdbc.sql("select id from red_flag where id = ? for update")
                .param(id)
                .query()
                .listOfRows();
    }

    /** The other flags of the same contract (for the card), in the subtree's organization. */
    List<Row> sameContract(long id, long contractId) {
        return jdbc.sql(SELECT
                        + " where f.contract_id = :contract and f.id <> :id and f.status <> 'GONE' order by f.id")
                .param("zone", regionTime.id())
                .param("contract", contractId)
                .param("id", id)
                .query(RedFlagStore::row)
                .list();
    }

    List<Event> history(long id) {
        return jdbc.sql("""
                select (e.at at time zone :zone) as at_local, e.username,
                       (select u.full_name from app_user u where u.username = e.username) as user_name,
                       e.kind, e.status, e.text
                from red_flag_event e where e.flag_id = :id order by e.at, e.id""")
                .param("zone", regionTime.id())
                .param("id", id)
                .query((rs, n) -> new Event(
                        rs.getObject("at_local", LocalDateTime.class),
                        rs.getString("username"),
                        rs.getString("user_name"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getString("text")))
                .list();
    }

    void changeStatus(long id, RedFlagStatus status, String resolution, String actor) {
        jdbc.sql("update red_flag set status = ?, resolution = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(status.name(), resolution, actor, id)
                .update();
    }

    void event(long id, String actor, String kind, RedFlagStatus status, String text) {
        jdbc.sql("insert into red_flag_event (flag_id, username, kind, status, text) values (?, ?, ?, ?, ?)")
                .params(id, actor, kind, status == null ? null : status.name(), text)
                .update();
    }

    /** How many NEW flags of the subtree have a contract risk of at least {@code risk}. */
    int newHighRisk(long scope, double risk) {
        return jdbc.sql("""
                select count(*) from red_flag f
                where f.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                  and f.status = 'NEW' and f.risk >= :risk""")
                .param("scope", scope)
                .param("risk", risk)
                .query(Integer.class)
                .single();
    }

    private static String where(boolean withStatus) {
        return " " + """
                 where f.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)
                   and (cast(:indicator as text) is null or f.indicator = :indicator)
                   and (cast(:from as date) is null or f.sign_date >= :from)
                   and (cast(:to as date) is null or f.sign_date <= :to)
                   and f.risk >= :risk"""
                + (withStatus
                        ? " and (cast(:status as text) is null and f.status <> 'GONE' or f.status = :status"
                                + " or (cast(:status as text) = 'OPEN' and f.status in ('NEW', 'UNDER_REVIEW')))"
                        : "");
    }

    private Map<String, Object> params(long scope, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("zone", regionTime.id());
        params.put("scope", scope);
        params.put("indicator", filter.indicator());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("status", filter.status());
        params.put("risk", filter.minRisk() - 1e-9);
        return params;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        java.sql.Array docs = rs.getArray("documents");
        return new Row(
                rs.getLong("id"),
                rs.getString("indicator"),
                (Long) rs.getObject("contract_id"),
                rs.getString("reg_num"),
                rs.getString("purchase_number"),
                rs.getObject("sign_date", LocalDate.class),
                rs.getBigDecimal("price"),
                rs.getString("customer_inn"),
                rs.getString("customer_name"),
                rs.getString("supplier_inn"),
                rs.getString("supplier_name"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getDouble("value"),
                rs.getDouble("threshold"),
                rs.getString("explanation"),
                docs == null ? List.of() : List.of((String[]) docs.getArray()),
                rs.getDouble("risk"),
                rs.getString("status"),
                rs.getString("resolution"),
                rs.getObject("found_local", LocalDateTime.class),
                rs.getObject("updated_local", LocalDateTime.class),
                rs.getString("updated_name"));
    }
}
