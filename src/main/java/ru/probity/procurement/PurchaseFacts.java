package ru.probity.procurement;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;

/**
 * The purchases the region holds, for the red flags (issue 22): every stored contract with the
 * organization of the tree that is its customer, the notices, the protocols with their bids, the
 * contracts' changes, and the region-wide register extracts. No authorization here: the caller
 * (the red flags module) computes for the whole region and filters what it shows by subtree.
 */
@Service
public class PurchaseFacts {

    /**
     * A stored contract (its latest stored version) and its customer organization of the tree (null
     * when not in the tree).
     *
     * @param signedPrice the price of the contract as signed (of its version 0), when that version
     *     was imported; else the price of the first version stored
     */
    public record CustomerContract(long id, Long organizationId, Contract contract, BigDecimal signedPrice) {

        /** A contract whose price is the price as signed. */
        public CustomerContract(long id, Long organizationId, Contract contract) {
            this(id, organizationId, contract, contract.price());
        }
    }

    /**
     * Everything at one moment.
     *
     * @param version changes whenever any of the data changes (an import, a register review): the
     *     red flags are recomputed when it differs from the one they were computed on
     */
    public record Snapshot(
            long version,
            List<CustomerContract> contracts,
            List<Notice> notices,
            List<Protocol> protocols,
            List<ContractChange> changes,
            List<Company> companies,
            List<Entrepreneur> entrepreneurs) {}

    private final ContractStore contracts;
    private final RegisterStore registers;

    PurchaseFacts(ContractStore contracts, RegisterStore registers) {
        this.contracts = contracts;
        this.registers = registers;
    }

    /**
     * Everything stored, read in one repeatable-read transaction so that the version and the data
     * agree: one statement per table, no per-contract reads.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Snapshot snapshot() {
        long version = version();
        List<CustomerContract> stored = contracts.load(null).stream()
                .map(s -> new CustomerContract(s.id(), s.organizationId(), s.contract(), s.signedPrice()))
                .toList();
        return new Snapshot(
                version,
                stored,
                contracts.notices(),
                contracts.protocols(),
                contracts.changes(),
                registers.currentRegionCompanies(),
                registers.regionEntrepreneurs());
    }

    /**
     * The version the snapshot would have now, cheaply: it moves on with every contract, notice,
     * protocol or change import and every register import or review.
     */
    @Transactional(readOnly = true)
    public long version() {
        return contracts.importsVersion() * 1_000_003L + registers.importsVersion();
    }
}
