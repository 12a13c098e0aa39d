package ru.probity.procurement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.org.RelationKind;
import ru.probity.procurement.affiliation.CompanyHistory;
import ru.probity.procurement.affiliation.ProcurementRole;
import ru.probity.procurement.affiliation.RegistryBuilder;
import ru.probity.procurement.affiliation.RegistryIndex;
import ru.probity.procurement.affiliation.Staff;
import ru.probity.procurement.affiliation.StaffPerson;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Protocol;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads what the affiliation engine checks against from the database: the registers (the current
 * extract of each company, with ties that older extracts had and the current one lacks as ended
 * ties), the people registry as the engine's staff, and the protocols. The registers and the
 * staff are kept in memory between checks and rebuilt when the database has changed, so a single
 * uploaded contract is checked without reading the whole registers again.
 */
@Component
class CheckInputs {

    private static final Logger log = LoggerFactory.getLogger(CheckInputs.class);
    private static final TypeReference<List<PersonLink>> PEOPLE = new TypeReference<>() {};
    private static final TypeReference<List<CompanyShare>> FOUNDERS = new TypeReference<>() {};
    private static final TypeReference<List<CommissionMember>> MEMBERS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
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

    CheckInputs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The current registers version: it moves on with every register import and every review of
     * a pending municipal file (register_import.version).
     */
    long registersVersion() {
        return jdbc.sql("select coalesce(max(version), 0) from register_import")
                .query(Long.class)
                .single();
    }

    /**
     * The current people version: every change of employees or relatives takes a new one for the
     * customers it concerns (customer_people_version); a check is up to date with those before it.
     */
    long peopleVersion() {
        return jdbc.sql("select last_value from people_version_seq")
                .query(Long.class)
                .single();
    }

    /**
     * The registers as the checks of each organization see them (see {@link Registries}), kept
     * between checks until a register import or a review commits: the key counts the imports too,
     * so an import that commits after a later-numbered one still changes it.
     */
    Registries registries() {
        // declared shares (§5.1 of declarations) are ties beside the registers' founders; the paths
        // of the organizations with pending files decide which contracts see them
        String key = jdbc.sql("""
                select count(*) || ':' || coalesce(max(version), 0) || ':' || coalesce(sum(version), 0)
                    || ':' || (select count(*) || ':' || coalesce(max(id), 0) from declared_share)
                    || ':' || coalesce((select string_agg(o.id || o.path, ',' order by o.id) from organization o
                        where o.id in (select organization_id from register_import where status = 'PENDING')), '')
                from register_import""").query(String.class).single();
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
        private final Map<Long, String> scopePaths;
        private final Map<String, RegistryIndex> views;

        Registries(RegistryIndex base, Map<Long, String> scopePaths, Map<String, RegistryIndex> views) {
            this.base = base;
            this.scopePaths = scopePaths;
            this.views = views;
        }

        RegistryIndex base() {
            return base;
        }

        /** The index the checks of a customer with this organization path use. */
        RegistryIndex forOrganizationPath(String path) {
            if (path == null || views.isEmpty()) {
                return base;
            }
            return views.getOrDefault(viewKey(scopesOver(scopePaths, path)), base);
        }
    }

    /** The pending scopes whose subtree holds the path, in id order. */
    private static List<Long> scopesOver(Map<Long, String> scopePaths, String path) {
        return scopePaths.entrySet().stream()
                .filter(e -> path.startsWith(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static String viewKey(List<Long> scopes) {
        return scopes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    private Registries loadRegistries() {
        // region-wide extracts: the current record of each INN with the ties its older ones ended
        Map<String, List<Company>> byInn = new HashMap<>();
        jdbc.sql("select * from register_company where status = 'REGION' order by inn, extract_date")
                .query((rs, n) -> company(rs))
                .list()
                .forEach(c ->
                        byInn.computeIfAbsent(c.inn(), k -> new ArrayList<>()).add(c));
        Map<String, List<PersonLink>> declared = declaredTies();
        List<Company> region = new ArrayList<>(byInn.size());
        byInn.values().forEach(extracts -> region.add(withDeclared(CompanyHistory.current(extracts), declared)));
        // a declared company the registers do not hold yet is known by its INN and name alone
        Map<String, Company> declaredOnly = new HashMap<>();
        jdbc
                .sql("select distinct on (company_inn) company_inn, company_ogrn, company_name from declared_share"
                        + " where company_inn is not null order by company_inn, id desc")
                .query((rs, n) -> new Company(
                        rs.getString(1),
                        null,
                        rs.getString(2),
                        rs.getString(3),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        declared.getOrDefault(rs.getString(1), List.of()),
                        List.of()))
                .list()
                .stream()
                .filter(c -> declared.containsKey(c.inn()) && !byInn.containsKey(c.inn()))
                .forEach(c -> declaredOnly.put(c.inn(), c));
        List<Entrepreneur> entrepreneurs = jdbc.sql(
                        "select * from register_entrepreneur where status = 'REGION' and is_current")
                .query((rs, n) -> entrepreneur(rs))
                .list();
        Set<String> entrepreneurInns = new HashSet<>();
        entrepreneurs.forEach(e -> entrepreneurInns.add(e.inn()));

        // pending municipal extracts of INNs the region does not hold, by the scope they count for
        Map<Long, String> scopePaths = new HashMap<>();
        jdbc.sql("""
                select o.id, o.path from organization o
                where o.id in (select organization_id from register_import where status = 'PENDING')""")
                .query((rs, n) -> scopePaths.put(rs.getLong(1), rs.getString(2)))
                .list();
        Map<Long, List<Company>> pendingCompanies = new HashMap<>();
        jdbc
                .sql("select * from register_company where status = 'PENDING' order by inn, extract_date")
                .query((rs, n) -> Map.entry(rs.getLong("scope_id"), company(rs)))
                .list()
                .stream()
                .filter(e -> !byInn.containsKey(e.getValue().inn()))
                .forEach(e -> pendingCompanies
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, List<Entrepreneur>> pendingEntrepreneurs = new HashMap<>();
        jdbc
                .sql("select * from register_entrepreneur where status = 'PENDING' order by inn, extract_date")
                .query((rs, n) -> Map.entry(rs.getLong("scope_id"), entrepreneur(rs)))
                .list()
                .stream()
                .filter(e -> !entrepreneurInns.contains(e.getValue().inn()))
                .forEach(e -> pendingEntrepreneurs
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));

        RegistryIndex base = build(region, declaredOnly, entrepreneurs, List.of(), List.of(), declared);
        Map<String, RegistryIndex> views = new HashMap<>();
        for (String path : scopePaths.values()) {
            List<Long> scopes = scopesOver(scopePaths, path);
            String key = viewKey(scopes);
            List<Company> companies = new ArrayList<>();
            List<Entrepreneur> people = new ArrayList<>();
            scopes.forEach(s -> {
                companies.addAll(pendingCompanies.getOrDefault(s, List.of()));
                people.addAll(pendingEntrepreneurs.getOrDefault(s, List.of()));
            });
            if (!views.containsKey(key) && (!companies.isEmpty() || !people.isEmpty())) {
                views.put(key, build(region, declaredOnly, entrepreneurs, companies, people, declared));
            }
        }
        return new Registries(base, Map.copyOf(scopePaths), Map.copyOf(views));
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

    private Company company(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Company(
                rs.getString("inn"),
                rs.getString("kpp"),
                rs.getString("ogrn"),
                rs.getString("full_name"),
                rs.getString("short_name"),
                rs.getString("address"),
                rs.getString("email"),
                rs.getString("phone"),
                date(rs.getDate("registered_on")),
                date(rs.getDate("terminated_on")),
                date(rs.getDate("extract_date")),
                json.readValue(rs.getString("people"), PEOPLE),
                json.readValue(rs.getString("founders"), FOUNDERS));
    }

    private static Entrepreneur entrepreneur(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entrepreneur(
                rs.getString("inn"),
                rs.getString("ogrnip"),
                new PersonName(rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name")),
                rs.getString("email"),
                rs.getString("address"),
                date(rs.getDate("registered_on")),
                date(rs.getDate("terminated_on")),
                date(rs.getDate("extract_date")));
    }

    /**
     * Founder ties from the shares declared in declarations, by company INN. A declaration tells the
     * holding at the end of the reporting year, not since when: the tie has no start date, so it
     * counts for contracts signed before the declaration too.
     */
    private Map<String, List<PersonLink>> declaredTies() {
        Map<String, List<PersonLink>> ties = new HashMap<>();
        jdbc.sql("""
                select company_inn, person_inn, last_name, first_name, middle_name, share_percent
                from declared_share where company_inn is not null""")
                .query((rs, n) -> ties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new PersonLink(
                                rs.getString(2),
                                new PersonName(rs.getString(3), rs.getString(4), rs.getString(5)),
                                CompanyRole.FOUNDER,
                                null,
                                rs.getBigDecimal(6),
                                null,
                                null)))
                .list();
        return ties;
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
                c.founders());
    }

    /**
     * Active employees and their relatives as the engine's staff; an employee's organization INN is
     * that of his organization or its nearest ancestor with an INN (departments without their own).
     */
    Staff staff() {
        // changes with every committed change of people or of the organization tree
        String key = jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from customer_people_version")
                .query(String.class)
                .single();
        return staff.get(key, this::loadStaff);
    }

    private Staff loadStaff() {
        Map<Long, String> innOf = new HashMap<>();
        jdbc.sql("""
                select distinct on (o.id) o.id, a.inn from organization o
                join organization a on o.path like a.path || '%' and a.inn is not null
                order by o.id, length(a.path) desc""")
                .query((rs, n) -> innOf.put(rs.getLong("id"), rs.getString("inn")))
                .list();
        List<StaffPerson> people = new ArrayList<>();
        jdbc.sql("select * from employee where active")
                .query((rs, n) -> new StaffPerson(
                        "E" + rs.getLong("id"),
                        new PersonName(
                                rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name")),
                        date(rs.getDate("birth_date")),
                        rs.getString("inn"),
                        rs.getString("snils"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("address"),
                        innOf.get(rs.getLong("organization_id")),
                        rs.getString("post"),
                        role(
                                rs.getBoolean("head_of_customer"),
                                rs.getBoolean("contract_service_head"),
                                rs.getBoolean("contract_manager"),
                                rs.getBoolean("procurement_commission_member")),
                        null,
                        null))
                .list()
                .forEach(people::add);
        jdbc.sql("""
                select r.*, e.organization_id from relative r join employee e on e.id = r.employee_id where e.active""")
                .query((rs, n) -> new StaffPerson(
                        "R" + rs.getLong("id"),
                        new PersonName(
                                rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name")),
                        date(rs.getDate("birth_date")),
                        rs.getString("inn"),
                        rs.getString("snils"),
                        rs.getString("phone"),
                        null,
                        rs.getString("address"),
                        innOf.get(rs.getLong("organization_id")),
                        null,
                        ProcurementRole.EMPLOYEE,
                        "E" + rs.getLong("employee_id"),
                        RelationKind.valueOf(rs.getString("relation"))))
                .list()
                .forEach(people::add);
        return Staff.of(people);
    }

    List<Protocol> protocols() {
        return jdbc.sql("select * from protocol")
                .query((rs, n) -> new Protocol(
                        rs.getString("purchase_number"),
                        rs.getString("protocol_number"),
                        date(rs.getDate("protocol_date")),
                        rs.getString("customer_inn"),
                        null,
                        rs.getString("commission_name"),
                        json.readValue(rs.getString("members"), MEMBERS)))
                .list();
    }

    /** The 44-ФЗ post of an employee with several procurement roles: the most senior one. */
    static ProcurementRole role(boolean head, boolean serviceHead, boolean manager, boolean member) {
        if (head) {
            return ProcurementRole.HEAD;
        }
        if (serviceHead) {
            return ProcurementRole.CONTRACT_SERVICE_HEAD;
        }
        if (manager) {
            return ProcurementRole.CONTRACT_MANAGER;
        }
        return member ? ProcurementRole.COMMISSION_MEMBER : ProcurementRole.EMPLOYEE;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
