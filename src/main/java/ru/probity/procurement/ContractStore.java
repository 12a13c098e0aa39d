package ru.probity.procurement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Procedure;
import ru.probity.procurement.model.ProcurementLaw;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contracts, procurement protocols with their bids, notices and contract changes ({@code contract},
 * {@code protocol}, {@code purchase_notice}, {@code contract_change}, {@code procurement_import}): the imports' batched upserts and the ownership questions they ask first,
 * and the contracts and protocols the checks read.
 */
@Repository
class ContractStore {

    private static final int BATCH = 1000;
    private static final TypeReference<List<Supplier>> SUPPLIERS = new TypeReference<>() {};
    private static final TypeReference<List<CommissionMember>> MEMBERS = new TypeReference<>() {};
    private static final TypeReference<List<Bid>> BIDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    ContractStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** A stored contract with the organization of the tree that is its customer, if known. */
    record Stored(long id, Long organizationId, Contract contract, java.math.BigDecimal signedPrice) {}

    /** An active organization of the tree by INN and KPP, the shallowest first. */
    record Customer(long id, String inn, String kpp) {}

    /** The active organizations with these INNs, those nearest the root first. */
    List<Customer> customers(String[] inns) {
        return jdbc.sql("select id, inn, kpp from organization where active and inn = any(?) order by length(path)")
                .param(inns)
                .query((rs, n) -> new Customer(rs.getLong("id"), rs.getString("inn"), rs.getString("kpp")))
                .list();
    }

    /** Which of the organizations lie in the subtree of {@code scope}. */
    Set<Long> inSubtree(long scope, Collection<Long> organizations) {
        return new HashSet<>(jdbc.sql("""
                select organization_id from org_subtree where ancestor_id = :scope and organization_id = any(:ids)""")
                .param("scope", scope)
                .param("ids", organizations.stream().distinct().toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /**
     * The first of the registry numbers (in their order) held by a contract whose customer is
     * outside the subtree of {@code scope}, or not in the tree at all unless {@code treeless} may
     * be changed; null when there is none.
     */
    String firstOwnedElsewhere(List<String> regNums, long scope, boolean treeless) {
        return jdbc.sql("""
                select c.reg_num from contract c left join organization o on o.id = c.organization_id
                where c.reg_num = any(:regNums)
                  and (case when o.id is null then not cast(:treeless as boolean)
                            else o.id not in (select organization_id from org_subtree where ancestor_id = :scope) end)
                order by array_position(:regNums, c.reg_num) limit 1""")
                .param("regNums", regNums.toArray(String[]::new))
                .param("treeless", treeless)
                .param("scope", scope)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /**
     * The first of the purchase numbers whose contracts, an already stored protocol of it with a
     * customer, or a stored notice of it lie outside the subtree of {@code scope} (or outside the
     * tree); null when none does.
     */
    String firstPurchaseOwnedElsewhere(List<String> purchaseNumbers, long scope) {
        return jdbc.sql("""
                select x.purchase_number from (
                  select c.purchase_number, o.id as organization_id
                    from contract c left join organization o on o.id = c.organization_id
                   where c.purchase_number = any(:numbers)
                  union all
                  select p.purchase_number, (select o.id from organization o where o.active and o.inn = p.customer_inn
                                              order by length(o.path) limit 1)
                    from protocol p where p.purchase_number = any(:numbers) and p.customer_inn is not null
                  union all
                  select n.purchase_number, n.organization_id
                    from purchase_notice n where n.purchase_number = any(:numbers)) x
                where x.organization_id is null
                   or x.organization_id not in (select organization_id from org_subtree where ancestor_id = :scope)
                order by x.purchase_number limit 1""")
                .param("numbers", purchaseNumbers.toArray(String[]::new))
                .param("scope", scope)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Records an imported file of contracts or protocols. */
    long newImport(String actor, String fileName, String kind, int documents) {
        return jdbc.sql("""
                insert into procurement_import (file_name, kind, documents, imported_by) values (?, ?, ?, ?) returning id""")
                .params(fileName, kind, documents, actor)
                .query(Long.class)
                .single();
    }

    /**
     * Inserts the contracts or replaces those of the same registry number, in batches; {@code
     * customer} gives each one's organization (or null). A stored version newer than the imported
     * one stays; the price of a version 0 (as signed) is kept as the signed price. Returns the ids
     * of the import's contracts.
     */
    List<Long> writeContracts(
            long importId, List<Contract> contracts, java.util.function.Function<Contract, Long> customer) {
        template.batchUpdate("""
                insert into contract (reg_num, number, sign_date, customer_inn, customer_kpp, customer_name, organization_id,
                  price, currency, subject, purchase_number, single_supplier, suppliers, import_id, law,
                  okpd2, single_supplier_ground, version_number, signed_price)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)
                on conflict (reg_num) do update set number = excluded.number, sign_date = excluded.sign_date,
                  customer_inn = excluded.customer_inn, customer_kpp = excluded.customer_kpp,
                  customer_name = excluded.customer_name, organization_id = excluded.organization_id,
                  price = excluded.price, currency = excluded.currency, subject = excluded.subject,
                  purchase_number = excluded.purchase_number, single_supplier = excluded.single_supplier,
                  suppliers = excluded.suppliers, import_id = excluded.import_id, law = excluded.law,
                  okpd2 = excluded.okpd2, single_supplier_ground = excluded.single_supplier_ground,
                  version_number = excluded.version_number,
                  signed_price = case when excluded.version_number = 0 then excluded.price else contract.signed_price end,
                  imported_at = now()
                where contract.version_number <= excluded.version_number""", contracts, BATCH, (ps, c) -> {
            ps.setString(1, c.regNum());
            ps.setString(2, c.number());
            ps.setObject(3, c.signDate());
            ps.setString(4, c.customerInn());
            ps.setString(5, c.customerKpp());
            ps.setString(6, c.customerName());
            ps.setObject(7, customer.apply(c));
            ps.setBigDecimal(8, c.price());
            ps.setString(9, c.currency());
            ps.setString(10, c.subject());
            ps.setString(11, c.purchaseNumber());
            ps.setBoolean(12, c.singleSupplier());
            ps.setString(13, json.writeValueAsString(c.suppliers()));
            ps.setLong(14, importId);
            ps.setString(15, c.law().name());
            ps.setArray(16, ps.getConnection().createArrayOf("text", c.okpd2().toArray()));
            ps.setString(17, c.singleSupplierGround());
            ps.setInt(18, c.versionNumber());
            ps.setBigDecimal(19, c.price());
        });
        // an older version 0 imported after a newer one still gives the price as signed
        List<Contract> signed =
                contracts.stream().filter(c -> c.versionNumber() == 0).toList();
        template.batchUpdate(
                "update contract set signed_price = ? where reg_num = ? and version_number > 0",
                signed,
                BATCH,
                (ps, c) -> {
                    ps.setBigDecimal(1, c.price());
                    ps.setString(2, c.regNum());
                });
        return jdbc.sql("select id from contract where import_id = ? order by id")
                .param(importId)
                .query(Long.class)
                .list();
    }

    /**
     * Inserts the protocols with their bids or replaces those of the same purchase and number, in
     * batches. Returns the ids of the contracts of their purchases.
     */
    List<Long> writeProtocols(long importId, List<Protocol> protocols) {
        template.batchUpdate("""
                insert into protocol (purchase_number, protocol_number, protocol_date, customer_inn, commission_name, members,
                  import_id, kind, bids)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb))
                on conflict (purchase_number, coalesce(protocol_number, '')) do update set
                  protocol_date = excluded.protocol_date, customer_inn = excluded.customer_inn,
                  commission_name = excluded.commission_name, members = excluded.members, import_id = excluded.import_id,
                  kind = excluded.kind, bids = excluded.bids""", protocols, BATCH, (ps, p) -> {
            ps.setString(1, p.purchaseNumber());
            ps.setString(2, p.protocolNumber());
            ps.setObject(3, p.date());
            ps.setString(4, p.customerInn());
            ps.setString(5, p.commissionName());
            ps.setString(6, json.writeValueAsString(p.members()));
            ps.setLong(7, importId);
            ps.setString(8, p.kind());
            ps.setString(9, json.writeValueAsString(p.bids()));
        });
        return jdbc.sql("select id from contract where purchase_number = any(?)")
                .param(protocols.stream().map(Protocol::purchaseNumber).toArray(String[]::new))
                .query(Long.class)
                .list();
    }

    /**
     * Inserts the notices or replaces those of the same purchase, kind and publication, in batches;
     * {@code customer} gives each one's organization (or null).
     */
    void writeNotices(long importId, List<Notice> notices, java.util.function.Function<Notice, Long> customer) {
        template.batchUpdate("""
                insert into purchase_notice (purchase_number, document_kind, scheme_version, procedure, placing_way_code,
                  customer_inn, customer_name, organization_id, published, submission_end, max_price, currency, okpd2,
                  subject, import_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (purchase_number, document_kind, coalesce(published, timestamp '1900-01-01')) do update set
                  scheme_version = excluded.scheme_version, procedure = excluded.procedure,
                  placing_way_code = excluded.placing_way_code, customer_inn = excluded.customer_inn,
                  customer_name = excluded.customer_name, organization_id = excluded.organization_id,
                  submission_end = excluded.submission_end, max_price = excluded.max_price, currency = excluded.currency,
                  okpd2 = excluded.okpd2, subject = excluded.subject, import_id = excluded.import_id,
                  imported_at = now()""", notices, BATCH, (ps, n) -> {
            ps.setString(1, n.purchaseNumber());
            ps.setString(2, n.documentKind());
            ps.setString(3, n.schemeVersion());
            ps.setString(4, (n.procedure() == null ? Procedure.OTHER : n.procedure()).name());
            ps.setString(5, n.placingWayCode());
            ps.setString(6, n.customerInn());
            ps.setString(7, n.customerName());
            ps.setObject(8, customer.apply(n));
            ps.setObject(9, n.published());
            ps.setObject(10, n.submissionEnd());
            ps.setBigDecimal(11, n.maxPrice());
            ps.setString(12, n.currency());
            ps.setArray(13, ps.getConnection().createArrayOf("text", n.okpd2().toArray()));
            ps.setString(14, n.subject());
            ps.setLong(15, importId);
        });
    }

    /** Inserts the contract changes, a change already stored (same contract, kind, version, date, price) once. */
    void writeChanges(long importId, List<ContractChange> changes) {
        template.batchUpdate("""
                insert into contract_change (reg_num, kind, version, change_date, price, reason, document_kind, import_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (reg_num, kind, version, coalesce(change_date, date '1900-01-01'), coalesce(price, -1),
                  document_kind) do update set reason = excluded.reason, import_id = excluded.import_id""", changes, BATCH, (ps, c) -> {
            ps.setString(1, c.regNum());
            ps.setString(2, c.kind().name());
            ps.setInt(3, c.version());
            ps.setObject(4, c.date());
            ps.setBigDecimal(5, c.price());
            ps.setString(6, c.reason());
            ps.setString(7, c.documentKind() == null ? "" : c.documentKind());
            ps.setLong(8, importId);
        });
    }

    /** The stored contracts of these registry numbers with their customer organization of the tree (or null). */
    java.util.Map<String, java.util.Optional<Long>> contractOwners(Collection<String> regNums) {
        java.util.Map<String, java.util.Optional<Long>> owners = new java.util.HashMap<>();
        jdbc.sql("select reg_num, organization_id from contract where reg_num = any(?)")
                .param(regNums.stream().distinct().toArray(String[]::new))
                .query((rs, n) -> {
                    long organization = rs.getLong(2);
                    return owners.put(
                            rs.getString(1),
                            rs.wasNull() ? java.util.Optional.empty() : java.util.Optional.of(organization));
                })
                .list();
        return owners;
    }

    /** The given contracts (all for null), by id. */
    List<Stored> load(List<Long> ids) {
        return jdbc.sql("""
                select c.* from contract c
                where (cast(:all as boolean) or c.id = any(:ids)) order by c.id""")
                .param("all", ids == null)
                .param("ids", ids == null ? new Long[0] : ids.toArray(Long[]::new))
                .query((rs, n) -> {
                    long organization = rs.getLong("organization_id");
                    Long organizationId = rs.wasNull() ? null : organization;
                    var signDate = rs.getDate("sign_date");
                    return new Stored(
                            rs.getLong("id"),
                            organizationId,
                            new Contract(
                                    rs.getString("reg_num"),
                                    rs.getString("number"),
                                    signDate == null ? null : signDate.toLocalDate(),
                                    rs.getString("customer_inn"),
                                    rs.getString("customer_kpp"),
                                    rs.getString("customer_name"),
                                    rs.getBigDecimal("price"),
                                    rs.getString("currency"),
                                    rs.getString("subject"),
                                    rs.getString("purchase_number"),
                                    rs.getBoolean("single_supplier"),
                                    json.readValue(rs.getString("suppliers"), SUPPLIERS),
                                    ProcurementLaw.valueOf(rs.getString("law")),
                                    texts(rs.getArray("okpd2")),
                                    rs.getString("single_supplier_ground"),
                                    rs.getInt("version_number")),
                            rs.getBigDecimal("signed_price"));
                })
                .list();
    }

    /** Every stored protocol with its bids. */
    List<Protocol> protocols() {
        return jdbc.sql("select * from protocol order by purchase_number, protocol_date, id")
                .query((rs, n) -> {
                    var date = rs.getDate("protocol_date");
                    return new Protocol(
                            rs.getString("purchase_number"),
                            rs.getString("protocol_number"),
                            date == null ? null : date.toLocalDate(),
                            rs.getString("customer_inn"),
                            null,
                            rs.getString("commission_name"),
                            json.readValue(rs.getString("members"), MEMBERS),
                            rs.getString("kind"),
                            json.readValue(rs.getString("bids"), BIDS));
                })
                .list();
    }

    /** Every stored notice, by purchase and publication. */
    List<Notice> notices() {
        return jdbc.sql("select * from purchase_notice order by purchase_number, published nulls first, id")
                .query((rs, n) -> new Notice(
                        rs.getString("purchase_number"),
                        rs.getString("document_kind"),
                        rs.getString("scheme_version"),
                        Procedure.valueOf(rs.getString("procedure")),
                        rs.getString("placing_way_code"),
                        rs.getString("customer_inn"),
                        rs.getString("customer_name"),
                        rs.getObject("published", LocalDateTime.class),
                        rs.getObject("submission_end", LocalDateTime.class),
                        rs.getBigDecimal("max_price"),
                        rs.getString("currency"),
                        texts(rs.getArray("okpd2")),
                        rs.getString("subject")))
                .list();
    }

    /** Every stored contract change, by contract and date. */
    List<ContractChange> changes() {
        return jdbc.sql("select * from contract_change order by reg_num, change_date nulls first, version, id")
                .query((rs, n) -> new ContractChange(
                        rs.getString("reg_num"),
                        ContractChange.Kind.valueOf(rs.getString("kind")),
                        rs.getInt("version"),
                        rs.getObject("change_date", LocalDate.class),
                        rs.getBigDecimal("price"),
                        rs.getString("reason"),
                        rs.getString("document_kind")))
                .list();
    }

    /**
     * A number that changes with every contract, notice, protocol or change import (each is a
     * {@code procurement_import} row, counted with its id so that an import committing after a
     * later-numbered one changes it too).
     */
    long importsVersion() {
        return jdbc.sql("select count(*) * 1000003 + coalesce(sum(id), 0) from procurement_import")
                .query(Long.class)
                .single();
    }

    private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }
}
