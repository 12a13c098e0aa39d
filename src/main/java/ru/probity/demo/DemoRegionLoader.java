package ru.probity.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.demo.DemoRegion.Account;
import ru.probity.demo.DemoRegion.Employee;
import ru.probity.demo.DemoRegion.Organization;
import ru.probity.demo.DemoRegion.Relative;
import ru.probity.platform.RegionTime;
import ru.probity.procurement.ContractChecks;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.RegisterImport;

/**
 * Loads the demo region into an empty database when the application is started with
 * {@code --demo}. Everything goes in one transaction; ids are taken from the tables' identity
 * sequences beforehand so that organizations, employees and relatives are written in batches
 * ({@code JdbcTemplate.batchUpdate}) of multi-row inserts.
 */
@Component
class DemoRegionLoader implements ApplicationRunner {

    static final String OPTION = "demo";
    private static final String AUTHOR = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoRegionLoader.class);
    private static final int ROWS_PER_STATEMENT = 200;
    private static final int BIGINT = Types.BIGINT;
    private static final int TEXT = Types.VARCHAR;
    private static final int DATE = Types.DATE;
    private static final int BOOLEAN = Types.BOOLEAN;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final RegionTime regionTime;
    private final RegisterImport registers;
    private final ContractImport contracts;
    private final ContractChecks checks;
    private final ru.probity.reports.PublicReports reports;
    private final ru.probity.declarations.Campaigns campaigns;
    private final ru.probity.declarations.Declarations declarations;
    private final ru.probity.training.TrainingHistory training;
    private final ru.probity.commission.CommissionHistory commissionHistory;
    private final ru.probity.notifications.NotificationHistory notificationHistory;

    DemoRegionLoader(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            PasswordEncoder passwordEncoder,
            RegisterImport registers,
            ContractImport contracts,
            ContractChecks checks,
            ru.probity.reports.PublicReports reports,
            ru.probity.declarations.Campaigns campaigns,
            ru.probity.declarations.Declarations declarations,
            ru.probity.training.TrainingHistory training,
            ru.probity.commission.CommissionHistory commissionHistory,
            ru.probity.notifications.NotificationHistory notificationHistory,
            RegionTime regionTime) {
        this.regionTime = regionTime;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.registers = registers;
        this.contracts = contracts;
        this.checks = checks;
        this.reports = reports;
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.training = training;
        this.commissionHistory = commissionHistory;
        this.notificationHistory = notificationHistory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        long started = System.nanoTime();
        Integer existing = jdbc.queryForObject("select count(*) from organization", Integer.class);
        if (existing != null && existing > 0) {
            log.warn("Demo region skipped: the database already holds data ({} organizations)", existing);
            return;
        }
        DemoRegion region = new DemoRegionGenerator().generate();
        load(region);
        var deals = new DemoProcurement(region, java.time.LocalDate.now()).generate();
        transaction.executeWithoutResult(status -> {
            registers.store("demo", "DEMO", deals.companies(), deals.entrepreneurs(), 0, 0, AUTHOR);
            contracts.storeAsSystem("demo", deals.contracts());
            DemoDeclarations.load(campaigns, declarations, jdbc);
            checks.check(null);
            DemoTraining.load(training, jdbc, regionTime.zone());
            DemoReports.load(reports, jdbc);
            DemoCommission.load(jdbc, commissionHistory, notificationHistory);
        });
        log.info(
                "Demo region loaded: {} organizations, {} employees, {} relatives, {} accounts (password '{}'),"
                        + " {} contracts with planted conflicts, in {} ms",
                region.organizations().size(),
                region.employees().size(),
                region.relatives().size(),
                region.accounts().size(),
                DemoRegionGenerator.DEMO_PASSWORD,
                deals.contracts().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes the region in one transaction. */
    void load(DemoRegion region) {
        // all demo accounts share the published demo password: one (slow, salted) hash serves them all
        String hash = passwordEncoder.encode(DemoRegionGenerator.DEMO_PASSWORD);
        transaction.executeWithoutResult(status -> {
            long[] orgIds = insertOrganizations(region.organizations());
            long[] employeeIds = insertEmployees(region.employees(), orgIds);
            insertRelatives(region.relatives(), employeeIds);
            insertAccounts(region.accounts(), hash, orgIds, employeeIds);
        });
    }

    private long[] insertOrganizations(List<Organization> orgs) {
        long[] ids = reserveIds("organization", orgs.size());
        String[] paths = new String[orgs.size()];
        for (Organization o : orgs) {
            if (o.parentKey() != null && o.parentKey() >= o.key()) {
                throw new IllegalStateException("a parent must come before its child: " + o.name());
            }
            paths[o.key()] = (o.parentKey() == null ? "/" : paths[o.parentKey()]) + ids[o.key()] + "/";
        }
        insert(
                "organization",
                "id, parent_id, path, kind, name, short_name, inn, kpp, ogrn, address, phone, email, created_by, updated_by",
                new int[] {BIGINT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT},
                orgs,
                o -> new Object[] {
                    ids[o.key()],
                    o.parentKey() == null ? null : ids[o.parentKey()],
                    paths[o.key()],
                    o.kind(),
                    o.name(),
                    o.shortName(),
                    o.inn(),
                    o.kpp(),
                    o.ogrn(),
                    o.address(),
                    o.phone(),
                    o.email(),
                    AUTHOR,
                    AUTHOR
                });
        return ids;
    }

    private long[] insertEmployees(List<Employee> employees, long[] orgIds) {
        long[] ids = reserveIds("employee", employees.size());
        insert(
                "employee",
                "id, organization_id, last_name, first_name, middle_name, birth_date, inn, snils, phone, email, address, post,"
                        + " appointed_on, dismissed_on, declaration_required, head_of_customer, contract_service_head,"
                        + " contract_manager, procurement_commission_member, active, created_by, updated_by",
                new int[] {
                    BIGINT, BIGINT, TEXT, TEXT, TEXT, DATE, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, DATE, DATE, BOOLEAN,
                    BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN, BOOLEAN, TEXT, TEXT
                },
                employees,
                e -> new Object[] {
                    ids[e.key()],
                    orgIds[e.organizationKey()],
                    e.lastName(),
                    e.firstName(),
                    e.middleName(),
                    shift(e.birthDate()),
                    e.inn(),
                    e.snils(),
                    e.phone(),
                    e.email(),
                    e.address(),
                    e.post(),
                    shift(e.appointedOn()),
                    shift(e.dismissedOn()),
                    e.declarationRequired(),
                    e.headOfCustomer(),
                    e.contractServiceHead(),
                    e.contractManager(),
                    e.procurementCommissionMember(),
                    e.active(),
                    AUTHOR,
                    AUTHOR
                });
        return ids;
    }

    /**
     * The generator dates everything against a fixed day, so that a seed always gives the same
     * region; the loader moves every date by the same amount so the region is as of today.
     */
    private static java.time.LocalDate shift(java.time.LocalDate date) {
        return date == null
                ? null
                : date.plusDays(
                        java.time.temporal.ChronoUnit.DAYS.between(DemoPeople.TODAY, java.time.LocalDate.now()));
    }

    private void insertRelatives(List<Relative> relatives, long[] employeeIds) {
        insert(
                "relative",
                "employee_id, relation, last_name, first_name, middle_name, birth_date, inn, snils, phone, address,"
                        + " workplace, created_by, updated_by",
                new int[] {BIGINT, TEXT, TEXT, TEXT, TEXT, DATE, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT},
                relatives,
                r -> new Object[] {
                    employeeIds[r.employeeKey()],
                    r.relation(),
                    r.lastName(),
                    r.firstName(),
                    r.middleName(),
                    shift(r.birthDate()),
                    r.inn(),
                    r.snils(),
                    r.phone(),
                    r.address(),
                    r.workplace(),
                    AUTHOR,
                    AUTHOR
                });
    }

    /**
     * Inserts rows in a JDBC batch of multi-row statements ({@value #ROWS_PER_STATEMENT} rows each):
     * a few round trips instead of one per row, whatever the driver's batch settings.
     */
    private <T> void insert(String table, String columns, int[] types, List<T> rows, Function<T, Object[]> values) {
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(types.length, "?")) + ")";
        String head = "insert into " + table + " (" + columns + ")"
                + (columns.startsWith("id,") ? " overriding system value" : "") + " values ";
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
        ParameterizedPreparedStatementSetter<List<T>> setter = (ps, chunk) -> {
            int index = 1;
            for (T row : chunk) {
                Object[] v = values.apply(row);
                for (int c = 0; c < v.length; c++, index++) {
                    if (v[c] == null) {
                        ps.setNull(index, types[c]);
                    } else {
                        ps.setObject(index, v[c], types[c]);
                    }
                }
            }
        };
        List<List<T>> full =
                chunks.stream().filter(c -> c.size() == ROWS_PER_STATEMENT).toList();
        if (!full.isEmpty()) {
            String sql = head + String.join(", ", java.util.Collections.nCopies(ROWS_PER_STATEMENT, tuple));
            jdbc.batchUpdate(sql, full, full.size(), setter);
        }
        List<T> rest = chunks.isEmpty() ? List.of() : chunks.getLast();
        if (!rest.isEmpty() && rest.size() < ROWS_PER_STATEMENT) {
            String sql = head + String.join(", ", java.util.Collections.nCopies(rest.size(), tuple));
            jdbc.batchUpdate(sql, List.of(rest), 1, setter);
        }
    }

    private void insertAccounts(List<Account> accounts, String hash, long[] orgIds, long[] employeeIds) {
        for (Account a : accounts) {
            jdbc.update(
                    """
                    insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    a.username(),
                    hash,
                    a.fullName(),
                    a.role().name(),
                    orgIds[a.organizationKey()],
                    a.employeeKey() == null ? null : employeeIds[a.employeeKey()],
                    AUTHOR);
        }
    }

    /** Takes {@code count} values from the identity sequence of {@code table}. */
    private long[] reserveIds(String table, int count) {
        List<Long> values = new ArrayList<>(jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                Long.class,
                table,
                count));
        values.sort(null);
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
