package ru.probity.procurement.affiliation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;
import ru.probity.procurement.names.Confidence;
import ru.probity.procurement.names.Match;
import ru.probity.procurement.names.PersonMatcher;

/**
 * Checks a contract for affiliation between the customer's people and the supplier:
 *
 * <ul>
 *   <li>{@link Rule#R44_31_1_9} — an official of the purchase (head, contract service head, contract
 *       manager, commission member by role or by the purchase's protocol) is the spouse or close
 *       relative under 44-ФЗ of the supplier-individual, its director, a member of its collegial
 *       executive body or a beneficiary owning more than 10 %; 44-ФЗ contracts only (for a 223-ФЗ
 *       contract the same tie is a {@link Rule#R273_10} finding). The official himself is not in
 *       the п.9 list;
 *   <li>{@link Rule#R44_39_6} — a member of the procurement commission (by role or by the
 *       purchase's protocol, also one known by name only) is himself the supplier-individual or
 *       entrepreneur, its participant of any share, its director, board member or other manager;
 *       44-ФЗ contracts only;
 *   <li>{@link Rule#R273_10} — any employee or his close relative / in-law under 273-ФЗ is the
 *       supplier, owns any share of it (directly or through companies), or manages it or a company
 *       owning it (up to three hops); for the employee himself being the supplier or managing it the
 *       explanation adds the ban on business activity (25-ФЗ ст.14 ч.1 п.3);
 *   <li>{@link Rule#SHARED_CONTACT} — the supplier's phone, e-mail or address is an employee's or a
 *       relative's (phone, e-mail: MEDIUM; address: LOW — neighbours share buildings);
 *   <li>{@link Rule#FORMER_TIE} — the employee or relative was the supplier's director, founder or the
 *       entrepreneur, and the tie ended within {@code formerTieYears} before the contract was signed.
 * </ul>
 *
 * <p>People are identified in the registers only through the registry's {@link PersonMatcher}; a
 * finding's confidence is the match's (capped at LOW when a protocol member's identification with an
 * employee is ambiguous). One finding per (supplier, official, person, rule): the surest, then the
 * shortest path. Stateless after construction and safe to share between threads.
 */
public final class ContractChecker {

    public static final int DEFAULT_FORMER_TIE_YEARS = 3;
    private static final int[] NONE = new int[0];

    private final Officials officials;
    private final int formerTieYears;

    /** A checker without protocols and with the default former-tie period. */
    public ContractChecker() {
        this(List.of(), DEFAULT_FORMER_TIE_YEARS);
    }

    /**
     * @param protocols the purchases' protocols, whose commission members are officials of the
     *     contracts with the same purchase number
     * @param formerTieYears how many years before the contract a tie that ended still counts
     */
    public ContractChecker(Collection<Protocol> protocols, int formerTieYears) {
        this.officials = new Officials(protocols);
        this.formerTieYears = formerTieYears;
    }

    /** The findings of one contract, against the view of its customer's staff ({@link Staff#forCustomer}). */
    public List<Finding> check(Contract contract, Staff customerStaff, RegistryIndex registry) {
        StaffIndex staff = customerStaff.index();
        if (staff.people.length == 0 || contract.suppliers() == null) {
            return List.of();
        }
        LocalDate signed = contract.signDate() == null ? LocalDate.now() : contract.signDate();
        int day = (int) signed.toEpochDay();
        int formerFrom = (int) signed.minusYears(formerTieYears).toEpochDay();
        Map<Integer, Officials.Official> officialsOf = officials.of(contract, staff);
        PersonMatcher matcher = registry.matcher();
        Map<String, Finding> best = new LinkedHashMap<>();
        for (Supplier supplier : contract.suppliers()) {
            SupplierTies.Result ties = SupplierTies.of(registry, supplier, day, formerFrom);
            FindingMaker make = new FindingMaker(contract, supplier, ties, staff, best);
            for (Candidate candidate : ties.candidates()) {
                for (int i : hits(staff, candidate)) {
                    Optional<Match> match = matcher.match(staff.facts[i], candidate.facts());
                    if (match.isPresent() && staff.employee[i] >= 0) {
                        make.tie(i, candidate, match.get(), officialsOf.get(staff.employee[i]));
                    }
                }
                if (candidate.self() && contract.under44()) {
                    for (Officials.Official official : officialsOf.values()) {
                        if (official.employee() < 0) {
                            matcher.match(official.facts(), candidate.facts())
                                    .ifPresent(m -> make.nameOnlyOfficial(official, candidate, m));
                        }
                    }
                }
            }
            for (SharedContacts.Contact contact : SharedContacts.of(registry, supplier, ties)) {
                for (int i : staff.withContact(contact)) {
                    if (staff.employee[i] >= 0) {
                        make.contact(i, contact, officialsOf.get(staff.employee[i]));
                    }
                }
            }
        }
        return best.isEmpty() ? List.of() : List.copyOf(best.values());
    }

    /**
     * All contracts, each against its customer's view of the staff, in parallel on {@code threads}
     * threads; the findings in the order of the contracts.
     */
    public List<Finding> checkAll(Collection<Contract> contracts, Staff staff, RegistryIndex registry, int threads) {
        return checkAll(contracts, staff, registry, threads, c -> null);
    }

    /**
     * All contracts, each against its customer's staff at the date of its purchase ({@link
     * Staff#forCustomer(String, LocalDate)}: 44-ФЗ ст.31 ч.1 п.9 — the officials at that date), in
     * parallel on {@code threads} threads; the findings in the order of the contracts.
     */
    public List<Finding> checkAll(
            Collection<Contract> contracts,
            Staff staff,
            RegistryIndex registry,
            int threads,
            Function<Contract, LocalDate> purchaseDate) {
        List<Contract> list = List.copyOf(contracts);
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.submit(() -> list.parallelStream()
                            .flatMap(c ->
                                    check(c, staff.forCustomer(c.customerInn(), purchaseDate.apply(c)), registry)
                                            .stream())
                            .toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("проверка прервана", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The staff people who may be the candidate: the same INN, or the same name key (or initial key). */
    private static int[] hits(StaffIndex staff, Candidate candidate) {
        int[] byInn = staff.withInn(candidate.inn());
        int[] byKey = staff.withKey(candidate.key());
        // a name with an initial meets the full names with that initial, and the other way round;
        // two different full first names never meet (NormalName.key(): no key in common, no comparison)
        int[] byInitial = candidate.firstIsInitial()
                ? staff.withInitial(candidate.key())
                : staff.initialsOnly ? staff.withKey(candidate.initialKey()) : NONE;
        if (byKey.length == 0 && byInitial.length == 0) {
            return byInn;
        }
        int[] all = new int[byInn.length + byKey.length + byInitial.length];
        int n = 0;
        for (int[] part : new int[][] {byInn, byKey, byInitial}) {
            for (int i : part) {
                if (!contains(all, n, i)) {
                    all[n++] = i;
                }
            }
        }
        return n == all.length ? all : java.util.Arrays.copyOf(all, n);
    }

    private static boolean contains(int[] a, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (a[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** The weaker of two confidences (null: no cap). */
    static Confidence weaker(Confidence a, Confidence b) {
        return b == null || a.ordinal() >= b.ordinal() ? a : b;
    }
}
