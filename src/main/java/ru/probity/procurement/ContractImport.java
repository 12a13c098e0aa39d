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
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.Messages;
import ru.probity.procurement.eis.ContractTableReader;
import ru.probity.procurement.eis.EisContractReader;
import ru.probity.procurement.eis.EisFileException;
import ru.probity.procurement.eis.EisProtocolReader;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;

/**
 * Imports contracts (ЕИС XML, the contracts table in CSV/XLSX) and procurement protocols, all or
 * nothing. A contract already known by its registry number is replaced by the imported version.
 * An officer may import only contracts of customers in his subtree; the regional administrator may
 * also import contracts of customers not (yet) in the tree.
 */
@Service
public class ContractImport {

    private final ContractStore store;
    private final Messages messages;

    ContractImport(ContractStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
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

    /**
     * Stores notices, protocols (with their bids) and contract changes read elsewhere (the demo)
     * without the user checks of an upload, all or nothing. Issue 22: the storage of notices and
     * changes is being built; until it lands only protocols are accepted.
     */
    @Transactional
    public void storeDocumentsAsSystem(
            String source, List<Notice> notices, List<Protocol> protocols, List<ContractChange> changes) {
        if (!notices.isEmpty() || !changes.isEmpty()) {
            throw new UnsupportedOperationException("notices and contract changes are not stored yet (issue 22)");
        }
        if (!protocols.isEmpty()) {
            store.writeProtocols(store.newImport("system", source, "PROTOCOLS", protocols.size()), protocols);
        }
    }

    private Outcome storeContracts(CurrentUser user, String fileName, List<Contract> contracts) {
        Map<String, Long> customers = customers(contracts);
        Set<Long> inScope = store.inSubtree(user.organizationId(), customers.values());
        for (int i = 0; i < contracts.size(); i++) {
            Contract c = contracts.get(i);
            Long organization = customers.get(customerKey(c));
            boolean mine = organization != null && inScope.contains(organization);
            if (!mine && !(organization == null && user.role() == Role.REGIONAL_ADMIN)) {
                return refused(
                        fileName,
                        "Файл «" + fileName + "», контракт " + (i + 1) + " (" + c.regNum() + "): заказчик с ИНН "
                                + c.customerInn() + " не входит в организации, доступные вам");
            }
        }
        String clash = store.firstOwnedElsewhere(
                contracts.stream().map(Contract::regNum).toList(),
                user.organizationId(),
                user.role() == Role.REGIONAL_ADMIN);
        if (clash != null) {
            return refused(fileName, message("procurement.import.ownedElsewhere", fileName, clash));
        }
        return new Outcome(fileName, contracts.size(), 0, null, write(user.username(), fileName, contracts, customers));
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
        return store.firstPurchaseOwnedElsewhere(
                protocols.stream().map(Protocol::purchaseNumber).distinct().toList(), user.organizationId());
    }

    private String message(String key, Object... args) {
        return messages.text(key, args);
    }

    private List<Long> write(String actor, String fileName, List<Contract> contracts, Map<String, Long> customers) {
        long importId = store.newImport(actor, fileName, "CONTRACTS", contracts.size());
        return store.writeContracts(importId, contracts, c -> customers.get(customerKey(c)));
    }

    private Outcome storeProtocols(CurrentUser user, String fileName, List<Protocol> protocols) {
        String clash = protocolOfOtherOwners(user, protocols);
        if (clash != null) {
            return refused(fileName, message("procurement.import.protocolOwnedElsewhere", fileName, clash));
        }
        long importId = store.newImport(user.username(), fileName, "PROTOCOLS", protocols.size());
        List<Long> ids = store.writeProtocols(importId, protocols);
        return new Outcome(fileName, 0, protocols.size(), null, ids);
    }

    /** Customer (INN with KPP, or INN alone) → organization of the tree. */
    private Map<String, Long> customers(List<Contract> contracts) {
        String[] inns = contracts.stream().map(Contract::customerInn).distinct().toArray(String[]::new);
        Map<String, Long> byInnKpp = new HashMap<>();
        Map<String, Long> byInn = new HashMap<>();
        for (ContractStore.Customer customer : store.customers(inns)) {
            byInnKpp.putIfAbsent(customer.inn() + "/" + customer.kpp(), customer.id());
            byInn.putIfAbsent(customer.inn(), customer.id());
        }
        Map<String, Long> result = new HashMap<>();
        for (Contract c : contracts) {
            Long id = byInnKpp.getOrDefault(c.customerInn() + "/" + c.customerKpp(), byInn.get(c.customerInn()));
            if (id != null) {
                result.put(customerKey(c), id);
            }
        }
        return result;
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
