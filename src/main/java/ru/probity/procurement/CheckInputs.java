package ru.probity.procurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.probity.procurement.affiliation.CompanyHistory;
import ru.probity.procurement.affiliation.RegistryBuilder;
import ru.probity.procurement.affiliation.RegistryIndex;
import ru.probity.procurement.affiliation.Staff;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.Protocol;

/**
 * What the affiliation engine checks against: the registers (the current extract of each company,
 * with ties that older extracts had and the current one lacks as ended ties, and the shares
 * declared in declarations), the people registry as the engine's staff, and the protocols. The
 * registers and the staff are kept in memory between checks and rebuilt when the database has
 * changed, so a single uploaded contract is checked without reading the whole registers again.
 */
@Component
class CheckInputs {

    private static final Logger log = LoggerFactory.getLogger(CheckInputs.class);

    private final RegisterStore registers;
    private final DeclaredShareStore declaredShares;
    private final StaffStore people;
    private final ContractStore contracts;
    private final Cache<Registries> registry = new Cache<>();
    private final Cache<Staff> staff = new Cache<>();

    /** An input built from the database, kept until the key of the database state changes. */
    private static final class Cache<T> {
        private record Entry<T>(String key, T value) {}

        private volatile Entry<T> entry;

        synchronized T get(String key, java.util.function.Supplier<T> load) {
            Entry<T> current = entry;
            if (current == null || !current.key().equals(key)) {
                current = new Entry<>(key, load.get());
                entry = current;
            }
            return current.value();
        }
    }

    CheckInputs(
            RegisterStore registers, DeclaredShareStore declaredShares, StaffStore people, ContractStore contracts) {
        this.registers = registers;
        this.declaredShares = declaredShares;
        this.people = people;
        this.contracts = contracts;
    }

    /**
     * The current registers version: it moves on with every register import and every review of
     * a pending municipal file (register_import.version).
     */
    long registersVersion() {
        return registers.version();
    }

    /**
     * The current people version: every change of employees or relatives takes a new one for the
     * customers it concerns (customer_people_version); a check is up to date with those before it.
     */
    long peopleVersion() {
        return people.peopleVersion();
    }

    /**
     * The registers as the checks of each organization see them (see {@link Registries}), kept
     * between checks until a register import, a review, a declared share or a move of the subtrees
     * pending files count for commits.
     */
    Registries registries() {
        // declared shares (§5.1 of declarations) are ties beside the registers' founders; the
        // subtrees of the organizations with pending files decide which contracts see them
        String key = registers.checksKey() + ":" + declaredShares.key();
        return registry.get(key, () -> {
            long start = System.nanoTime();
            Registries registries = loadRegistries();
            log.info(
                    "Loaded the registers for checks in {} ms ({} views with pending municipal extracts)",
                    (System.nanoTime() - start) / 1_000_000,
                    registries.views.size());
            return registries;
        });
    }

    /** The region-wide index, for the checks of contracts no pending municipal extract concerns. */
    RegistryIndex registry() {
        return registries().base();
    }

    /**
     * The registers for the checks: region-wide extracts (of the official feed, of the regional
     * administrator, and accepted municipal ones) for every contract; a municipal extract not yet
     * accepted only for the contracts of customers in its uploader's subtree, and only for a company
     * or an entrepreneur the region-wide registers do not hold (a better-sourced record is never
     * replaced by a municipal one). One index per distinct set of pending scopes that changes
     * anything; contracts elsewhere share the region-wide one.
     */
    static final class Registries {
        private final RegistryIndex base;
        private final Map<Long, String> viewOf;
        private final Map<String, RegistryIndex> views;

        Registries(RegistryIndex base, Map<Long, String> viewOf, Map<String, RegistryIndex> views) {
            this.base = base;
            this.viewOf = viewOf;
            this.views = views;
        }

        RegistryIndex base() {
            return base;
        }

        /** The index the checks of a customer of this organization (null: none of the tree) use. */
        RegistryIndex forOrganization(Long organizationId) {
            if (organizationId == null || views.isEmpty()) {
                return base;
            }
            String key = viewOf.get(organizationId);
            return key == null ? base : views.getOrDefault(key, base);
        }
    }

    private static String viewKey(List<Long> scopes) {
        return scopes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Registries loadRegistries() {
        // region-wide extracts: the current record of each INN with the ties its older ones ended
        Map<String, List<Company>> byInn = registers.regionCompanies();
        Map<String, List<PersonLink>> declared = declaredShares.ties();
        List<Company> region = new ArrayList<>(byInn.size());
        byInn.values().forEach(extracts -> region.add(withDeclared(CompanyHistory.current(extracts), declared)));
        // a declared company the registers do not hold yet is known by its INN and name alone
        Map<String, Company> declaredOnly = new HashMap<>();
        declaredShares.companies(declared).stream()
                .filter(c -> declared.containsKey(c.inn()) && !byInn.containsKey(c.inn()))
                .forEach(c -> declaredOnly.put(c.inn(), c));
        List<Entrepreneur> entrepreneurs = registers.regionEntrepreneurs();
        Set<String> entrepreneurInns = new HashSet<>();
        entrepreneurs.forEach(e -> entrepreneurInns.add(e.inn()));

        // pending municipal extracts of INNs the region does not hold, by the scope they count for
        Map<Long, List<Long>> scopesOf = registers.pendingScopes();
        Map<Long, List<Company>> pendingCompanies = new HashMap<>();
        registers.pendingCompanies().stream()
                .filter(e -> !byInn.containsKey(e.getValue().inn()))
                .forEach(e -> pendingCompanies
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, List<Entrepreneur>> pendingEntrepreneurs = new HashMap<>();
        registers.pendingEntrepreneurs().stream()
                .filter(e -> !entrepreneurInns.contains(e.getValue().inn()))
                .forEach(e -> pendingEntrepreneurs
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));

        RegistryIndex base = build(region, declaredOnly, entrepreneurs, List.of(), List.of(), declared);
        // every organization under a pending scope sees the pending extracts of the scopes above it
        Map<Long, String> viewOf = new HashMap<>();
        Map<String, List<Long>> scopeSets = new HashMap<>();
        scopesOf.forEach((organization, scopes) -> {
            String key = viewKey(scopes);
            viewOf.put(organization, key);
            scopeSets.putIfAbsent(key, scopes);
        });
        Map<String, RegistryIndex> views = new HashMap<>();
        scopeSets.forEach((key, scopes) -> {
            List<Company> companies = new ArrayList<>();
            List<Entrepreneur> people = new ArrayList<>();
            scopes.forEach(s -> {
                companies.addAll(pendingCompanies.getOrDefault(s, List.of()));
                people.addAll(pendingEntrepreneurs.getOrDefault(s, List.of()));
            });
            if (!companies.isEmpty() || !people.isEmpty()) {
                views.put(key, build(region, declaredOnly, entrepreneurs, companies, people, declared));
            }
        });
        return new Registries(base, Map.copyOf(viewOf), Map.copyOf(views));
    }

    /** One index: the region-wide records, and the pending extracts of a view for the INNs they add. */
    private static RegistryIndex build(
            List<Company> region,
            Map<String, Company> declaredOnly,
            List<Entrepreneur> entrepreneurs,
            List<Company> pendingCompanies,
            List<Entrepreneur> pendingEntrepreneurs,
            Map<String, List<PersonLink>> declared) {
        RegistryBuilder builder = RegistryIndex.builder();
        region.forEach(builder::add);
        Map<String, List<Company>> pending = new HashMap<>();
        pendingCompanies.forEach(
                c -> pending.computeIfAbsent(c.inn(), k -> new ArrayList<>()).add(c));
        pending.values().forEach(extracts -> builder.add(withDeclared(CompanyHistory.current(extracts), declared)));
        declaredOnly.values().stream()
                .filter(c -> !pending.containsKey(c.inn()))
                .forEach(builder::add);
        entrepreneurs.forEach(builder::add);
        pendingEntrepreneurs.forEach(builder::add);
        return builder.build();
    }

    private static Company withDeclared(Company current, Map<String, List<PersonLink>> declared) {
        List<PersonLink> ties = declared.get(current.inn());
        return ties == null ? current : withTies(current, ties);
    }

    private static Company withTies(Company c, List<PersonLink> ties) {
        List<PersonLink> people = new ArrayList<>(c.people());
        people.addAll(ties);
        return new Company(
                c.inn(),
                c.kpp(),
                c.ogrn(),
                c.fullName(),
                c.shortName(),
                c.address(),
                c.email(),
                c.phone(),
                c.registeredOn(),
                c.terminatedOn(),
                c.extractDate(),
                people,
                c.founders(),
                c.managingOrganizations());
    }

    /**
     * The employees who held posts, their relatives and the periods of their posts as the engine's
     * dated staff (44-ФЗ ст.31 ч.1 п.9: the officials at the purchase date), kept until people or
     * the organization tree change.
     */
    Staff staff() {
        return staff.get(people.staffKey(), () -> {
            StaffStore.Dated dated = people.people();
            return Staff.of(dated.people(), dated.periods());
        });
    }

    List<Protocol> protocols() {
        return contracts.protocols();
    }
}
