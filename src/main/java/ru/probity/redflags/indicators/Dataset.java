package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;

/**
 * Everything known about a set of purchases, indexed once for the indicators: contracts (the latest
 * version of each, with the price as signed), notices, protocols and the bids they name, changes,
 * and the register extracts of the suppliers and bidders. Built by a {@link Builder} (whose methods
 * may be called from several reading threads) and read-only after.
 */
public final class Dataset {

    private final List<Contract> contracts;
    private final Map<String, BigDecimal> signedPrice;
    private final Map<String, Notice> notices;
    private final Map<String, Notice> firstNotices;
    private final Map<String, List<Protocol>> protocols;
    private final Map<String, List<Bid>> bids;
    private final Map<String, List<ContractChange>> changes;
    private final Map<String, List<Contract>> byCustomer;
    private final Map<String, List<Contract>> bySupplier;
    private final Map<String, Company> companies;
    private final Map<String, Entrepreneur> entrepreneurs;

    private Dataset(Builder b) {
        this.contracts = List.copyOf(b.contracts.values());
        this.signedPrice = b.signedPrice;
        this.notices = b.notices;
        this.firstNotices = b.firstNotices;
        this.companies = b.companies;
        this.entrepreneurs = b.entrepreneurs;
        this.protocols = new HashMap<>(b.protocols.size() * 2);
        this.bids = new HashMap<>(b.protocols.size() * 2);
        for (Map.Entry<String, List<Protocol>> e : b.protocols.entrySet()) {
            List<Protocol> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(
                    Protocol::date, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())));
            protocols.put(e.getKey(), List.copyOf(list));
            bids.put(e.getKey(), mergeBids(list));
        }
        this.changes = new HashMap<>(b.changes.size() * 2);
        b.changes.forEach((regNum, list) -> {
            List<ContractChange> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(
                            ContractChange::date, Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
                    .thenComparingInt(ContractChange::version));
            changes.put(regNum, List.copyOf(sorted));
        });
        this.byCustomer = new HashMap<>();
        this.bySupplier = new HashMap<>();
        for (Contract c : contracts) {
            if (c.customerInn() != null) {
                byCustomer
                        .computeIfAbsent(c.customerInn(), k -> new ArrayList<>())
                        .add(c);
            }
            String supplier = supplierInn(c);
            if (supplier != null) {
                bySupplier.computeIfAbsent(supplier, k -> new ArrayList<>()).add(c);
            }
        }
    }

    /**
     * The bids of a purchase as the union of its protocols (oldest first) by journal number: a later
     * protocol's non-null facts replace an earlier one's.
     */
    private static List<Bid> mergeBids(List<Protocol> protocols) {
        Map<String, Bid> merged = new LinkedHashMap<>();
        int anonymous = 0;
        for (Protocol p : protocols) {
            for (Bid bid : p.bids()) {
                String key = bid.journalNumber() != null
                        ? bid.journalNumber()
                        : bid.inn() != null ? "inn:" + bid.inn() : "#" + anonymous++;
                merged.merge(key, bid, Dataset::later);
            }
        }
        return List.copyOf(merged.values());
    }

    private static Bid later(Bid a, Bid b) {
        return new Bid(
                b.journalNumber() != null ? b.journalNumber() : a.journalNumber(),
                b.inn() != null ? b.inn() : a.inn(),
                b.kpp() != null ? b.kpp() : a.kpp(),
                b.name() != null ? b.name() : a.name(),
                b.kind() != null ? b.kind() : a.kind(),
                b.offer() != null ? b.offer() : a.offer(),
                b.admitted() != null ? b.admitted() : a.admitted(),
                b.rejectionReason() != null ? b.rejectionReason() : a.rejectionReason(),
                b.rating() != null ? b.rating() : a.rating(),
                b.winner() || a.winner(),
                b.address() != null ? b.address() : a.address(),
                b.phone() != null ? b.phone() : a.phone(),
                b.email() != null ? b.email() : a.email());
    }

    /** The INN of a contract's (first) supplier, or null. */
    public static String supplierInn(Contract c) {
        return c.suppliers().isEmpty() ? null : c.suppliers().getFirst().inn();
    }

    /** The latest version of every contract, in the order first read. */
    public List<Contract> contracts() {
        return contracts;
    }

    /** The price of the contract as signed (its version 0, else the earliest version read). */
    public BigDecimal signedPrice(String regNum) {
        return signedPrice.get(regNum);
    }

    /** The latest version of the purchase's notice (by publication), or null. */
    public Notice notice(String purchaseNumber) {
        return purchaseNumber == null ? null : notices.get(purchaseNumber);
    }

    /** The first published version of the purchase's notice, or null. */
    public Notice firstNotice(String purchaseNumber) {
        return purchaseNumber == null ? null : firstNotices.get(purchaseNumber);
    }

    public Collection<Notice> notices() {
        return notices.values();
    }

    /** The purchase's protocols, oldest first; empty when none. */
    public List<Protocol> protocols(String purchaseNumber) {
        return purchaseNumber == null ? List.of() : protocols.getOrDefault(purchaseNumber, List.of());
    }

    /** The purchase's bids, merged over its protocols (see {@link Bid}); empty when none. */
    public List<Bid> bids(String purchaseNumber) {
        return purchaseNumber == null ? List.of() : bids.getOrDefault(purchaseNumber, List.of());
    }

    /** The purchase numbers that have protocols. */
    public Collection<String> purchasesWithProtocols() {
        return protocols.keySet();
    }

    /** The contract's changes, by date then version; empty when none. */
    public List<ContractChange> changes(String regNum) {
        return changes.getOrDefault(regNum, List.of());
    }

    public Map<String, List<Contract>> contractsByCustomer() {
        return byCustomer;
    }

    public Map<String, List<Contract>> contractsBySupplier() {
        return bySupplier;
    }

    public Company company(String inn) {
        return inn == null ? null : companies.get(inn);
    }

    public Entrepreneur entrepreneur(String inn) {
        return inn == null ? null : entrepreneurs.get(inn);
    }

    public Collection<Company> companies() {
        return companies.values();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the documents; its methods are synchronized, so reading threads may share it. */
    public static final class Builder {
        private final Map<String, Contract> contracts = new LinkedHashMap<>();
        private final Map<String, BigDecimal> signedPrice = new HashMap<>();
        private final Map<String, Integer> signedVersion = new HashMap<>();
        private final Map<String, Notice> notices = new HashMap<>();
        private final Map<String, Notice> firstNotices = new HashMap<>();
        private final Map<String, List<Protocol>> protocols = new HashMap<>();
        private final Map<String, List<ContractChange>> changes = new HashMap<>();
        private final Map<String, Company> companies = new HashMap<>();
        private final Map<String, Entrepreneur> entrepreneurs = new HashMap<>();

        private Builder() {}

        /** A contract version; the latest version is kept, and the price of the earliest. */
        public synchronized Builder contract(Contract c) {
            contracts.merge(c.regNum(), c, (a, b) -> b.versionNumber() >= a.versionNumber() ? b : a);
            Integer version = signedVersion.get(c.regNum());
            if (version == null || c.versionNumber() < version) {
                signedVersion.put(c.regNum(), c.versionNumber());
                if (c.price() != null) {
                    signedPrice.put(c.regNum(), c.price());
                } else {
                    signedPrice.remove(c.regNum());
                }
            }
            return this;
        }

        /**
         * The price of a contract as signed, when only a later version of it is at hand (the product's
         * store keeps the latest version and the price as signed beside it); it wins over the prices
         * of the versions read.
         */
        public synchronized Builder signedPrice(String regNum, BigDecimal price) {
            if (price != null) {
                signedPrice.put(regNum, price);
                signedVersion.put(regNum, Integer.MIN_VALUE);
            }
            return this;
        }

        public synchronized Builder notice(Notice n) {
            notices.merge(n.purchaseNumber(), n, (a, b) -> newer(b, a) ? b : a);
            firstNotices.merge(n.purchaseNumber(), n, (a, b) -> newer(b, a) ? a : b);
            return this;
        }

        private static boolean newer(Notice b, Notice a) {
            return a.published() == null
                    || b.published() != null && !b.published().isBefore(a.published());
        }

        public synchronized Builder protocol(Protocol p) {
            protocols
                    .computeIfAbsent(p.purchaseNumber(), k -> new ArrayList<>())
                    .add(p);
            return this;
        }

        public synchronized Builder change(ContractChange c) {
            changes.computeIfAbsent(c.regNum(), k -> new ArrayList<>()).add(c);
            return this;
        }

        /** A register extract; a newer extract of the same INN replaces an older one. */
        public synchronized Builder company(Company c) {
            companies.merge(c.inn(), c, (a, b) -> newer(b.extractDate(), a.extractDate()) ? b : a);
            return this;
        }

        public synchronized Builder entrepreneur(Entrepreneur e) {
            entrepreneurs.merge(e.inn(), e, (a, b) -> newer(b.extractDate(), a.extractDate()) ? b : a);
            return this;
        }

        private static boolean newer(java.time.LocalDate b, java.time.LocalDate a) {
            return a == null || b != null && !b.isBefore(a);
        }

        public synchronized Dataset build() {
            return new Dataset(this);
        }
    }
}
