package ru.probity.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.demo.DemoRegion.Account;
import ru.probity.demo.DemoRegion.Employee;
import ru.probity.demo.DemoRegion.Organization;
import ru.probity.demo.DemoRegion.Relative;

/**
 * Loads the demo region into an empty database when the application is started with
 * {@code --demo}. Everything goes in one transaction; ids are taken from the tables' identity
 * sequences beforehand so that organizations, employees and relatives are written in batches.
 */
@Component
class DemoRegionLoader implements ApplicationRunner {

    static final String OPTION = "demo";
    private static final String AUTHOR = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoRegionLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;

    DemoRegionLoader(
            JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
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
        log.info(
                "Demo region loaded: {} organizations, {} employees, {} relatives, {} accounts (password '{}') in {} ms",
                region.organizations().size(),
                region.employees().size(),
                region.relatives().size(),
                region.accounts().size(),
                DemoRegionGenerator.DEMO_PASSWORD,
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
        jdbc.batchUpdate("""
                insert into organization (id, parent_id, path, kind, name, short_name, inn, kpp, ogrn, address, phone, email,
                    created_by, updated_by)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", orgs, 500, (ps, o) -> {
            ps.setLong(1, ids[o.key()]);
            setLong(ps, 2, o.parentKey() == null ? null : ids[o.parentKey()]);
            ps.setString(3, paths[o.key()]);
            ps.setString(4, o.kind());
            ps.setString(5, o.name());
            ps.setString(6, o.shortName());
            ps.setString(7, o.inn());
            ps.setString(8, o.kpp());
            ps.setString(9, o.ogrn());
            ps.setString(10, o.address());
            ps.setString(11, o.phone());
            ps.setString(12, o.email());
            ps.setString(13, AUTHOR);
            ps.setString(14, AUTHOR);
        });
        return ids;
    }

    private long[] insertEmployees(List<Employee> employees, long[] orgIds) {
        long[] ids = reserveIds("employee", employees.size());
        jdbc.batchUpdate("""
                insert into employee (id, organization_id, last_name, first_name, middle_name, birth_date, inn, snils, phone,
                    email, address, post, appointed_on, dismissed_on, declaration_required, head_of_customer,
                    contract_service_head, contract_manager, procurement_commission_member, active, created_by, updated_by)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", employees, 1000, (ps, e) -> {
            ps.setLong(1, ids[e.key()]);
            ps.setLong(2, orgIds[e.organizationKey()]);
            ps.setString(3, e.lastName());
            ps.setString(4, e.firstName());
            ps.setString(5, e.middleName());
            setDate(ps, 6, e.birthDate());
            ps.setString(7, e.inn());
            ps.setString(8, e.snils());
            ps.setString(9, e.phone());
            ps.setString(10, e.email());
            ps.setString(11, e.address());
            ps.setString(12, e.post());
            setDate(ps, 13, e.appointedOn());
            setDate(ps, 14, e.dismissedOn());
            ps.setBoolean(15, e.declarationRequired());
            ps.setBoolean(16, e.headOfCustomer());
            ps.setBoolean(17, e.contractServiceHead());
            ps.setBoolean(18, e.contractManager());
            ps.setBoolean(19, e.procurementCommissionMember());
            ps.setBoolean(20, e.active());
            ps.setString(21, AUTHOR);
            ps.setString(22, AUTHOR);
        });
        return ids;
    }

    private void insertRelatives(List<Relative> relatives, long[] employeeIds) {
        jdbc.batchUpdate("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, birth_date, inn, snils, phone,
                    address, workplace, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", relatives, 1000, (ps, r) -> {
            ps.setLong(1, employeeIds[r.employeeKey()]);
            ps.setString(2, r.relation());
            ps.setString(3, r.lastName());
            ps.setString(4, r.firstName());
            ps.setString(5, r.middleName());
            setDate(ps, 6, r.birthDate());
            ps.setString(7, r.inn());
            ps.setString(8, r.snils());
            ps.setString(9, r.phone());
            ps.setString(10, r.address());
            ps.setString(11, r.workplace());
            ps.setString(12, AUTHOR);
            ps.setString(13, AUTHOR);
        });
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

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(value));
        }
    }
}
