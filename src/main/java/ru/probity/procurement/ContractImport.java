package ru.probity.procurement;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.Messages;
import ru.probity.procurement.eis.ContractTableReader;
import ru.probity.procurement.eis.EisDocuments;
import ru.probity.procurement.eis.EisFileException;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;

/**
 * Imports ЕИС documents of every kind (contracts, notices, protocols with their bids, contract
 * execution and changes — through {@link EisDocuments}) and the contracts table in CSV/XLSX, each
 * file all or nothing. A contract already known by its registry number is replaced by the imported
 * version unless the stored version is newer. An officer may import only contracts and notices of
 * customers in his subtree, protocols of purchases not owned elsewhere, and changes of contracts in
 * his subtree; the regional administrator may also import those of customers not (yet) in the tree.
 */
@Service
public class ContractImport {

    private final ContractStore store;
    private final Messages messages;

    ContractImport(ContractStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /**
     * What one file brought, or why it was refused; {@code contractIds} are the stored contracts
     * and those of the purchases whose protocols were stored (to be checked); {@code skipped} counts
     * the ЕИС documents of kinds Probity does not load.
     */
    public record Outcome(
            String fileName,
            int contracts,
            int protocols,
            int notices,
            int changes,
            long skipped,
            String problem,
            List<Long> contractIds) {

        /** An outcome of contracts and protocols only. */
        public Outcome(String fileName, int contracts, int protocols, String problem, List<Long> contractIds) {
            this(fileName, contracts, protocols, 0, 0, 0, problem, contractIds);
        }

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
        if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return importEis(user, name, content);
        }
        try {
            var table = new ContractTableReader().read(new BufferedInputStream(content));
            if (!table.ok()) {
                return refused(
                        name,
                        "Файл «" + name + "»: " + table.errors().getFirst()
                                + (table.errors().size() > 1
                                        ? " (и ещё ошибок: " + (table.errors().size() - 1) + ")"
                                        : ""));
            }
            Documents documents = new Documents();
            documents.contracts.addAll(table.contracts());
            return store(user, name, documents, 0);
        } catch (EisFileException e) {
            return refused(name, e.userMessage());
        }
    }

    /**
     * An ЕИС file of any document kind (contracts of every schema version, notices, protocols with
     * their bids, contract execution and changes), all or nothing: a document that cannot be read
     * refuses the file; documents of kinds not loaded are counted and left.
     */
    private Outcome importEis(CurrentUser user, String name, InputStream content) {
        Documents documents = new Documents();
        EisDocuments.Summary summary = new EisDocuments().read(content, name, documents);
        if (documents.problem != null) {
            return refused(name, documents.problem.userMessage());
        }
        long skipped =
                summary.skipped().values().stream().mapToLong(Long::longValue).sum();
        // a file of its own that loads nothing is a mistake; an archive's entry of a kind not loaded
        // (a cancelled notice, a clarification) is not
        if (documents.isEmpty() && (skipped == 0 || !name.contains(UploadJobs.ENTRY_SEPARATOR))) {
            return refused(
                    name,
                    skipped == 0
                            ? message("procurement.import.nothing", name)
                            : message("procurement.import.nothingLoaded", name, skipped));
        }
        return store(user, name, documents, skipped);
    }

    /**
     * Stores documents read elsewhere as the user, with the checks of an upload, all or nothing (the
     * tests' way to the rules of documents the reader on this branch may not yet give).
     */
    @Transactional
    Outcome importDocuments(
            CurrentUser user,
            String fileName,
            List<Contract> contracts,
            List<Notice> notices,
            List<Protocol> protocols,
            List<ContractChange> changes) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not import contracts");
        }
        Documents documents = new Documents();
        documents.contracts.addAll(contracts);
        documents.notices.addAll(notices);
        documents.protocols.addAll(protocols);
        documents.changes.addAll(changes);
        return store(user, fileName, documents, 0);
    }

    /** Stores contracts read elsewhere (the demo) without the user checks of an upload. */
    @Transactional
    public List<Long> storeAsSystem(String source, List<Contract> contracts) {
        return write("system", source, contracts, customers(contracts));
    }

    /**
     * Stores notices, protocols (with their bids) and contract changes read elsewhere (the demo)
     * without the user checks of an upload, all or nothing.
     */
    @Transactional
    public void storeDocumentsAsSystem(
            String source, List<Notice> notices, List<Protocol> protocols, List<ContractChange> changes) {
        Documents documents = new Documents();
        documents.notices.addAll(notices);
        documents.protocols.addAll(protocols);
        documents.changes.addAll(changes);
        if (!documents.isEmpty()) {
            write("system", source, documents);
        }
    }

    /**
     * Checks the uploader's right to every document of the file, then stores them all: contracts
     * and notices of customers in his subtree (the regional administrator also of customers not in
     * the tree), protocols of purchases not owned elsewhere, changes of contracts in his subtree
     * (stored or in the same file).
     */
    private Outcome store(CurrentUser user, String fileName, Documents documents, long skipped) {
        boolean admin = user.role() == Role.REGIONAL_ADMIN;
        Map<String, Long> customers = customers(documents.contracts);
        if (!documents.contracts.isEmpty()) {
            String problem = contractsRefused(user, fileName, documents.contracts, customers);
            if (problem != null) {
                return refused(fileName, problem);
            }
        }
        Map<String, Long> noticeCustomers = noticeCustomers(documents.notices);
        if (!documents.notices.isEmpty()) {
            Set<Long> inScope = store.inSubtree(user.organizationId(), noticeCustomers.values());
            for (int i = 0; i < documents.notices.size(); i++) {
                Notice n = documents.notices.get(i);
                Long organization = n.customerInn() == null ? null : noticeCustomers.get(n.customerInn());
                boolean mine = organization != null && inScope.contains(organization);
                if (!mine && !(organization == null && admin)) {
                    return refused(
                            fileName,
                            message(
                                    "procurement.import.noticeNotYours",
                                    fileName,
                                    n.purchaseNumber(),
                                    n.customerInn() == null ? "—" : n.customerInn()));
                }
            }
            if (!admin) {
                // a purchase whose contracts, protocols or notices are another organization's
                String clash = store.firstPurchaseOwnedElsewhere(
                        documents.notices.stream()
                                .map(Notice::purchaseNumber)
                                .distinct()
                                .toList(),
                        user.organizationId());
                if (clash != null) {
                    return refused(fileName, message("procurement.import.protocolOwnedElsewhere", fileName, clash));
                }
            }
        }
        String clash = protocolOfOtherOwners(user, documents.protocols);
        if (clash != null) {
            return refused(fileName, message("procurement.import.protocolOwnedElsewhere", fileName, clash));
        }
        if (!documents.changes.isEmpty() && !admin) {
            String problem = changesRefused(user, fileName, documents, customers);
            if (problem != null) {
                return refused(fileName, problem);
            }
        }
        List<Long> ids = write(user.username(), fileName, documents);
        return new Outcome(
                fileName,
                documents.contracts.size(),
                documents.protocols.size(),
                documents.notices.size(),
                documents.changes.size(),
                skipped,
                null,
                ids);
    }

    /** Why the contracts may not be stored by the user, or null when they may. */
    private String contractsRefused(
            CurrentUser user, String fileName, List<Contract> contracts, Map<String, Long> customers) {
        Set<Long> inScope = store.inSubtree(user.organizationId(), customers.values());
        for (int i = 0; i < contracts.size(); i++) {
            Contract c = contracts.get(i);
            Long organization = customers.get(customerKey(c));
            boolean mine = organization != null && inScope.contains(organization);
            if (!mine && !(organization == null && user.role() == Role.REGIONAL_ADMIN)) {
                return "Файл «" + fileName + "», контракт " + (i + 1) + " (" + c.regNum() + "): заказчик с ИНН "
                        + c.customerInn() + " не входит в организации, доступные вам";
            }
        }
        String clash = store.firstOwnedElsewhere(
                contracts.stream().map(Contract::regNum).toList(),
                user.organizationId(),
                user.role() == Role.REGIONAL_ADMIN);
        return clash == null ? null : message("procurement.import.ownedElsewhere", fileName, clash);
    }

    /**
     * Why an officer may not store the changes, or null: each change's contract must be in the
     * same file or stored with a customer of his subtree.
     */
    private String changesRefused(CurrentUser user, String fileName, Documents documents, Map<String, Long> customers) {
        Set<String> inFile = documents.contracts.stream().map(Contract::regNum).collect(Collectors.toSet());
        List<String> others = documents.changes.stream()
                .map(ContractChange::regNum)
                .filter(r -> !inFile.contains(r))
                .distinct()
                .toList();
        if (others.isEmpty()) {
            return null;
        }
        Map<String, Optional<Long>> owners = store.contractOwners(others);
        Set<Long> inScope = store.inSubtree(
                user.organizationId(),
                owners.values().stream().flatMap(Optional::stream).toList());
        for (String regNum : others) {
            Optional<Long> owner = owners.get(regNum);
            if (owner == null) {
                return message("procurement.import.changeWithoutContract", fileName, regNum);
            }
            if (owner.isEmpty() || !inScope.contains(owner.get())) {
                return message("procurement.import.ownedElsewhere", fileName, regNum);
            }
        }
        return null;
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

    /** Writes the documents as one import; returns the contracts to check (stored and of the protocols' purchases). */
    private List<Long> write(String actor, String fileName, Documents d) {
        String kind = d.notices.isEmpty() && d.changes.isEmpty() && d.protocols.isEmpty()
                ? "CONTRACTS"
                : d.notices.isEmpty() && d.changes.isEmpty() && d.contracts.isEmpty() ? "PROTOCOLS" : "DOCUMENTS";
        long importId = store.newImport(
                actor, fileName, kind, d.contracts.size() + d.notices.size() + d.protocols.size() + d.changes.size());
        Set<Long> ids = new LinkedHashSet<>();
        if (!d.contracts.isEmpty()) {
            Map<String, Long> customers = customers(d.contracts);
            ids.addAll(store.writeContracts(importId, d.contracts, c -> customers.get(customerKey(c))));
        }
        if (!d.notices.isEmpty()) {
            Map<String, Long> customers = noticeCustomers(d.notices);
            store.writeNotices(
                    importId, d.notices, n -> n.customerInn() == null ? null : customers.get(n.customerInn()));
        }
        if (!d.protocols.isEmpty()) {
            ids.addAll(store.writeProtocols(importId, d.protocols));
        }
        if (!d.changes.isEmpty()) {
            store.writeChanges(importId, d.changes);
        }
        return List.copyOf(ids);
    }

    /** Customer INN of a notice → organization of the tree (the shallowest of that INN). */
    private Map<String, Long> noticeCustomers(List<Notice> notices) {
        String[] inns = notices.stream()
                .map(Notice::customerInn)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toArray(String[]::new);
        Map<String, Long> byInn = new HashMap<>();
        if (inns.length > 0) {
            for (ContractStore.Customer customer : store.customers(inns)) {
                byInn.putIfAbsent(customer.inn(), customer.id());
            }
        }
        return byInn;
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

    /** The documents of one file, and the first that could not be read. */
    private static final class Documents implements EisDocuments.Sink {
        final List<Contract> contracts = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        final List<Protocol> protocols = new ArrayList<>();
        final List<ContractChange> changes = new ArrayList<>();
        EisFileException problem;

        @Override
        public void contract(Contract contract) {
            contracts.add(contract);
        }

        @Override
        public void notice(Notice notice) {
            notices.add(notice);
        }

        @Override
        public void protocol(Protocol protocol) {
            protocols.add(protocol);
        }

        @Override
        public void change(ContractChange change) {
            changes.add(change);
        }

        @Override
        public void problem(EisFileException e) {
            if (problem == null) {
                problem = e;
            }
        }

        boolean isEmpty() {
            return contracts.isEmpty() && notices.isEmpty() && protocols.isEmpty() && changes.isEmpty();
        }
    }
}
