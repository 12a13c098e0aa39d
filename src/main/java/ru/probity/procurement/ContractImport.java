package ru.probity.procurement;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.org.Organizations;
import ru.probity.procurement.eis.ContractTableReader;
import ru.probity.procurement.eis.EisContractReader;
import ru.probity.procurement.eis.EisFileException;
import ru.probity.procurement.eis.EisProtocolReader;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Protocol;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports contracts (ЕИС XML, the contracts table in CSV/XLSX) and procurement protocols, all or
 * nothing. A contract already known by its registry number is replaced by the imported version.
 * An officer may import only contracts of customers in his subtree; the regional administrator may
 * also import contracts of customers not (yet) in the tree.
 */
@Service
public class ContractImport {

    private static final int BATCH = 1000;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;
    private final Organizations organizations;
    private final MessageSource messages;

    ContractImport(
            JdbcClient jdbc,
            JdbcTemplate template,
            JsonMapper json,
            Organizations organizations,
            MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.organizations = organizations;
    }

    /** What one file brought, or why it was refused; {@code contractIds} are the stored contracts. */
    public record Outcome(String fileName, int contracts, int protocols, String problem, List<Long> contractIds) {
        public boolean ok() {
            return problem == null;
        }
    }

    @Transactional
    public Outcome importFile(CurrentUser user, String fileName, InputStream content) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not import contracts");
        }
        String name = fileName == null ? "" : fileName;
        try {
            BufferedInputStream in = new BufferedInputStream(content);
            if (name.toLowerCase(Locale.ROOT).endsWith(".xml") && isProtocol(in)) {
                return storeProtocols(user, name, new EisProtocolReader().read(in, name));
            }
            List<Contract> contracts = new ArrayList<>();
            if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                new EisContractReader().read(in, name, contracts::add);
            } else {
                var table = new ContractTableReader().read(in);
                if (!table.ok()) {
                    return refused(
                            name,
                            "Файл «" + name + "»: " + table.errors().getFirst()
                                    + (table.errors().size() > 1
                                            ? " (и ещё ошибок: "
                                                    + (table.errors().size() - 1) + ")"
                                            : ""));
                }
                contracts.addAll(table.contracts());
            }
            return storeContracts(user, name, contracts);
        } catch (EisFileException e) {
            return refused(name, e.userMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores contracts read elsewhere (the demo) without the user checks of an upload. */
    @Transactional
    public List<Long> storeAsSystem(String source, List<Contract> contracts) {
        return write("system", source, contracts, customers(contracts));
    }

    private Outcome storeContracts(CurrentUser user, String fileName, List<Contract> contracts) {
        Map<String, Long> customers = customers(contracts);
        String scope = organizations.scopePath(user);
        Map<Long, String> paths = paths(customers.values());
        for (int i = 0; i < contracts.size(); i++) {
            Contract c = contracts.get(i);
            Long organization = customers.get(customerKey(c));
            boolean inScope = organization != null && paths.get(organization).startsWith(scope);
            if (!inScope && !(organization == null && user.role() == Role.REGIONAL_ADMIN)) {
                return refused(
                        fileName,
                        "Файл «" + fileName + "», контракт " + (i + 1) + " (" + c.regNum() + "): заказчик с ИНН "
                                + c.customerInn() + " не входит в организации, доступные вам");
            }
        }
        String clash = clashWithOtherOwners(
                user, scope, contracts.stream().map(Contract::regNum).toList());
        if (clash != null) {
            return refused(fileName, message("procurement.import.ownedElsewhere", fileName, clash));
        }
        return new Outcome(fileName, contracts.size(), 0, null, write(user.username(), fileName, contracts, customers));
    }

    /**
     * The first registry number of the file held by a contract whose customer is outside the
     * uploader's subtree (or not in the tree at all, which only the regional administrator may
     * change); null when there is none. An import may change only contracts the uploader owns.
     */
    private String clashWithOtherOwners(CurrentUser user, String scope, List<String> regNums) {
        return jdbc.sql("""
                select c.reg_num from contract c left join organization o on o.id = c.organization_id
                where c.reg_num = any(:regNums)
                  and (case when o.id is null then not cast(:admin as boolean) else o.path not like :scope || '%' end)
                order by array_position(:regNums, c.reg_num) limit 1""")
                .param("regNums", regNums.toArray(String[]::new))
                .param("admin", user.role() == Role.REGIONAL_ADMIN)
                .param("scope", scope)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /**
     * The first purchase number of the file whose protocol would speak for contracts of customers
     * outside the uploader's subtree: contracts of that purchase, or an already stored protocol of
     * it with a customer, outside the subtree. Null when there is none (always for the regional
     * administrator, who sees the whole region).
     */
    private String protocolOfOtherOwners(CurrentUser user, List<Protocol> protocols) {
        if (user.role() == Role.REGIONAL_ADMIN || protocols.isEmpty()) {
            return null;
        }
        return jdbc.sql("""
                select x.purchase_number from (
                  select c.purchase_number, o.path from contract c left join organization o on o.id = c.organization_id
                   where c.purchase_number = any(:numbers)
                  union all
                  select p.purchase_number, (select o.path from organization o where o.active and o.inn = p.customer_inn
                                              order by length(o.path) limit 1)
                    from protocol p where p.purchase_number = any(:numbers) and p.customer_inn is not null) x
                where x.path is null or x.path not like :scope || '%'
                order by x.purchase_number limit 1""")
                .param(
                        "numbers",
                        protocols.stream()
                                .map(Protocol::purchaseNumber)
                                .distinct()
                                .toArray(String[]::new))
                .param("scope", organizations.scopePath(user))
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }

    private List<Long> write(String actor, String fileName, List<Contract> contracts, Map<String, Long> customers) {
        long importId = newImport(actor, fileName, "CONTRACTS", contracts.size());
        template.batchUpdate("""
                insert into contract (reg_num, number, sign_date, customer_inn, customer_kpp, customer_name, organization_id,
                  price, currency, subject, purchase_number, single_supplier, suppliers, import_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                on conflict (reg_num) do update set number = excluded.number, sign_date = excluded.sign_date,
                  customer_inn = excluded.customer_inn, customer_kpp = excluded.customer_kpp,
                  customer_name = excluded.customer_name, organization_id = excluded.organization_id,
                  price = excluded.price, currency = excluded.currency, subject = excluded.subject,
                  purchase_number = excluded.purchase_number, single_supplier = excluded.single_supplier,
                  suppliers = excluded.suppliers, import_id = excluded.import_id, imported_at = now()""", contracts, BATCH, (ps, c) -> {
            ps.setString(1, c.regNum());
            ps.setString(2, c.number());
            ps.setObject(3, c.signDate());
            ps.setString(4, c.customerInn());
            ps.setString(5, c.customerKpp());
            ps.setString(6, c.customerName());
            ps.setObject(7, customers.get(customerKey(c)));
            ps.setBigDecimal(8, c.price());
            ps.setString(9, c.currency());
            ps.setString(10, c.subject());
            ps.setString(11, c.purchaseNumber());
            ps.setBoolean(12, c.singleSupplier());
            ps.setString(13, json.writeValueAsString(c.suppliers()));
            ps.setLong(14, importId);
        });
        return jdbc.sql("select id from contract where import_id = ? order by id")
                .param(importId)
                .query(Long.class)
                .list();
    }

    private Outcome storeProtocols(CurrentUser user, String fileName, List<Protocol> protocols) {
        String clash = protocolOfOtherOwners(user, protocols);
        if (clash != null) {
            return refused(fileName, message("procurement.import.protocolOwnedElsewhere", fileName, clash));
        }
        long importId = newImport(user.username(), fileName, "PROTOCOLS", protocols.size());
        template.batchUpdate("""
                insert into protocol (purchase_number, protocol_number, protocol_date, customer_inn, commission_name, members,
                  import_id)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
                on conflict (purchase_number, coalesce(protocol_number, '')) do update set
                  protocol_date = excluded.protocol_date, customer_inn = excluded.customer_inn,
                  commission_name = excluded.commission_name, members = excluded.members, import_id = excluded.import_id""", protocols, BATCH, (ps, p) -> {
            ps.setString(1, p.purchaseNumber());
            ps.setString(2, p.protocolNumber());
            ps.setObject(3, p.date());
            ps.setString(4, p.customerInn());
            ps.setString(5, p.commissionName());
            ps.setString(6, json.writeValueAsString(p.members()));
            ps.setLong(7, importId);
        });
        List<Long> ids = jdbc.sql("select id from contract where purchase_number = any(?)")
                .param(protocols.stream().map(Protocol::purchaseNumber).toArray(String[]::new))
                .query(Long.class)
                .list();
        return new Outcome(fileName, 0, protocols.size(), null, ids);
    }

    private long newImport(String actor, String fileName, String kind, int documents) {
        return jdbc.sql("""
                insert into procurement_import (file_name, kind, documents, imported_by) values (?, ?, ?, ?) returning id""")
                .params(fileName, kind, documents, actor)
                .query(Long.class)
                .single();
    }

    /** Customer (INN with KPP, or INN alone) → organization of the tree. */
    private Map<String, Long> customers(List<Contract> contracts) {
        String[] inns = contracts.stream().map(Contract::customerInn).distinct().toArray(String[]::new);
        Map<String, Long> byInnKpp = new HashMap<>();
        Map<String, Long> byInn = new HashMap<>();
        jdbc.sql("select id, inn, kpp from organization where active and inn = any(?) order by length(path)")
                .param(inns)
                .query((rs, n) -> {
                    byInnKpp.putIfAbsent(rs.getString("inn") + "/" + rs.getString("kpp"), rs.getLong("id"));
                    byInn.putIfAbsent(rs.getString("inn"), rs.getLong("id"));
                    return n;
                })
                .list();
        Map<String, Long> result = new HashMap<>();
        for (Contract c : contracts) {
            Long id = byInnKpp.getOrDefault(c.customerInn() + "/" + c.customerKpp(), byInn.get(c.customerInn()));
            if (id != null) {
                result.put(customerKey(c), id);
            }
        }
        return result;
    }

    private Map<Long, String> paths(java.util.Collection<Long> ids) {
        Map<Long, String> paths = new HashMap<>();
        jdbc.sql("select id, path from organization where id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> paths.put(rs.getLong("id"), rs.getString("path")))
                .list();
        return paths;
    }

    private static String customerKey(Contract c) {
        return c.customerInn() + "/" + c.customerKpp();
    }

    private static Outcome refused(String fileName, String problem) {
        return new Outcome(fileName, 0, 0, problem, List.of());
    }

    /** A protocol file is told by its root element (fcsProtocol…, epProtocol…). */
    private static boolean isProtocol(BufferedInputStream in) throws IOException {
        in.mark(8192);
        byte[] head = in.readNBytes(4096);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        return text.matches("(?s).*<([A-Za-z0-9_]+:)?(fcs|ep)Protocol[A-Za-z0-9_]*[\\s>].*");
    }
}
