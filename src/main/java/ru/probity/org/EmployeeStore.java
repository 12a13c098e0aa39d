package ru.probity.org;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.Page;

/** The tables {@code employee} and {@code relative}: one record at a time, searches and exports. */
@Repository
class EmployeeStore {

    private static final String SELECT = """
            select e.*, o.name as organization_name, o.path as organization_path, count(*) over () as total
            from employee e join organization o on o.id = e.organization_id""";

    /** The columns an employee form fills, in the order of {@link #columnValues}. */
    static final String EMPLOYEE_COLUMNS =
            "organization_id, last_name, first_name, middle_name, birth_date, inn, snils,"
                    + " phone, email, address, post, appointed_on, dismissed_on, declaration_required, head_of_customer,"
                    + " contract_service_head, contract_manager, procurement_commission_member, category";

    private final JdbcClient jdbc;

    EmployeeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Located<Employee>> find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?")
                .param(id)
                .query((rs, n) -> new Located<>(map(rs), rs.getString("organization_path")))
                .optional();
    }

    /**
     * Employees of a subtree whose name is like the query: case-insensitive, ё as е, tolerant of
     * typos (trigram word similarity); an INN or SNILS finds its holder.
     */
    Page<Employee> search(
            String subtreePath, Long onlyOrganizationId, String query, boolean includeInactive, int asked, int size) {
        int page = Page.clamp(asked);
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.45', true)")
                .query(String.class)
                .single();
        var rows = jdbc.sql(SELECT + " " + """
                 where o.path like :path || '%'
                   and (e.active or e.candidate or :inactive)
                   and (cast(:only as bigint) is null or e.organization_id = :only)
                   and (:q = '' or e.search_name like '%' || :q || '%' or :q <% e.search_name
                        or e.inn = :digits or e.snils = :digits)
                 order by case when :q = '' then 0 else word_similarity(:q, e.search_name) end desc,
                          e.search_name, e.id
                 limit :size offset :offset""")
                .param("path", subtreePath)
                .param("inactive", includeInactive)
                .param("only", onlyOrganizationId)
                .param("q", query)
                .param("digits", query.replaceAll("[^0-9]", ""))
                .param("size", size)
                .param("offset", Page.offset(page, size))
                .query((rs, n) -> new Object[] {map(rs), rs.getInt("total")})
                .list();
        int total = rows.isEmpty() ? 0 : (int) rows.get(0)[1];
        return new Page<>(rows.stream().map(r -> (Employee) r[0]).toList(), page, size, total);
    }

    /** Every employee of a subtree with relatives, for export. */
    List<Employee> allWithin(String subtreePath) {
        return jdbc.sql(SELECT + " where o.path like ? || '%' and e.active order by o.path, e.search_name")
                .param(subtreePath)
                .query((rs, n) -> map(rs))
                .list();
    }

    List<Relative> relativesOf(long employeeId) {
        return jdbc.sql("select * from relative where employee_id = ? order by relation, birth_date nulls last, id")
                .param(employeeId)
                .query(EmployeeStore::mapRelative)
                .list();
    }

    List<Relative> relativesWithin(String subtreePath) {
        return jdbc.sql("""
                select r.* from relative r join employee e on e.id = r.employee_id
                join organization o on o.id = e.organization_id
                where o.path like ? || '%' and e.active order by r.employee_id, r.id""")
                .param(subtreePath)
                .query(EmployeeStore::mapRelative)
                .list();
    }

    Optional<Relative> findRelative(long id) {
        return jdbc.sql("select * from relative where id = ?")
                .param(id)
                .query(EmployeeStore::mapRelative)
                .optional();
    }

    Optional<Long> findActiveByInnOrSnils(String inn, String snils) {
        return jdbc.sql("""
                select id from employee where active and ((inn = ? and ? is not null) or (snils = ? and ? is not null))
                order by id limit 1""").params(inn, inn, snils, snils).query(Long.class).optional();
    }

    /**
     * The employees the rows of an imported file may name: those with one of the ids, and the
     * active ones with one of the INNs or SNILS, each with the path of his organization.
     */
    List<Holder> holders(Long[] ids, String[] inns, String[] snilses) {
        return jdbc.sql("""
                select e.id, e.inn, e.snils, e.active, o.path, e.organization_id, e.declaration_required
                from employee e join organization o on o.id = e.organization_id
                where e.id = any(?) or (e.active and (e.inn = any(?) or e.snils = any(?)))""")
                .params(ids, inns, snilses)
                .query((rs, n) -> new Holder(
                        rs.getLong("id"),
                        rs.getString("inn"),
                        rs.getString("snils"),
                        rs.getBoolean("active"),
                        rs.getString("path"),
                        rs.getLong("organization_id"),
                        rs.getBoolean("declaration_required")))
                .list();
    }

    /** An employee an imported row may name, with the path of his organization and whether his post is listed. */
    record Holder(
            long id,
            String inn,
            String snils,
            boolean active,
            String organizationPath,
            long organizationId,
            boolean declarationRequired) {}

    /** A new card, its first period of service recorded ({@link PostPeriodStore#record}). */
    long insert(EmployeeForm f, String actor) {
        long id = insertRow(f, actor);
        posts(id);
        return id;
    }

    private long insertRow(EmployeeForm f, String actor) {
        return jdbc.sql("insert into employee (" + EMPLOYEE_COLUMNS + ", created_by, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(employeeParams(f, actor, actor))
                .query(Long.class)
                .single();
    }

    void update(long id, EmployeeForm f, String actor) {
        jdbc.sql("""
                update employee set organization_id = ?, last_name = ?, first_name = ?, middle_name = ?, birth_date = ?,
                  inn = ?, snils = ?, phone = ?, email = ?, address = ?, post = ?, appointed_on = ?, dismissed_on = ?,
                  declaration_required = ?, head_of_customer = ?, contract_service_head = ?, contract_manager = ?,
                  procurement_commission_member = ?, category = ?, updated_by = ?, updated_at = now()
                where id = ?""").params(concat(employeeParams(f, actor, null), id)).update();
        posts(id);
    }

    /** The history of posts follows the card as it now is, a change taking effect today. */
    private void posts(long id) {
        PostPeriodStore.record(jdbc, List.of(id), LocalDate.now());
    }

    /** Marks the employee as bound to declare his income (a loaded registry's change, unstamped). */
    void requireDeclaration(long id) {
        jdbc.sql("update employee set declaration_required = true where id = ?")
                .param(id)
                .update();
    }

    /** A candidate for a post: a card kept inactive until he is appointed. */
    long insertCandidate(EmployeeForm f, String actor) {
        // no period: a candidate holds no post until he is appointed
        long id = insertRow(f, actor);
        jdbc.sql("update employee set active = false, candidate = true where id = ?")
                .param(id)
                .update();
        return id;
    }

    /** The candidate appointed: an active employee from {@code on}; false if he is no candidate. */
    boolean appointCandidate(long id, LocalDate on, String actor) {
        boolean done = jdbc.sql("""
                update employee set candidate = false, active = true, appointed_on = ?, updated_by = ?, updated_at = now()
                where id = ? and candidate""").params(date(on), actor, id).update() == 1;
        posts(id);
        return done;
    }

    /** The candidate not appointed: the card stays inactive, no longer a candidate; false if he is none. */
    boolean dropCandidate(long id, String actor) {
        return jdbc.sql("""
                update employee set candidate = false, updated_by = ?, updated_at = now()
                where id = ? and candidate""").params(actor, id).update() == 1;
    }

    void setActive(long id, boolean active, String actor) {
        jdbc.sql("update employee set active = ?, updated_by = ?, updated_at = now() where id = ?")
                .params(active, actor, id)
                .update();
        posts(id);
    }

    long insertRelative(long employeeId, RelativeForm f, String actor) {
        return jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, birth_date, inn, snils,
                  phone, address, workplace, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        employeeId,
                        f.relation().name(),
                        f.lastName(),
                        f.firstName(),
                        f.middleName(),
                        date(f.birthDate()),
                        f.inn(),
                        f.snils(),
                        f.phone(),
                        f.address(),
                        f.workplace(),
                        actor,
                        actor)
                .query(Long.class)
                .single();
    }

    void updateRelative(long id, RelativeForm f, String actor) {
        jdbc.sql("""
                update relative set relation = ?, last_name = ?, first_name = ?, middle_name = ?, birth_date = ?, inn = ?,
                  snils = ?, phone = ?, address = ?, workplace = ?, updated_by = ?, updated_at = now()
                where id = ?""")
                .params(
                        f.relation().name(),
                        f.lastName(),
                        f.firstName(),
                        f.middleName(),
                        date(f.birthDate()),
                        f.inn(),
                        f.snils(),
                        f.phone(),
                        f.address(),
                        f.workplace(),
                        actor,
                        id)
                .update();
    }

    void deleteRelative(long id) {
        jdbc.sql("delete from relative where id = ?").param(id).update();
    }

    /** The values of {@link #EMPLOYEE_COLUMNS} for a form. */
    static Object[] columnValues(EmployeeForm f) {
        return new Object[] {
            f.organizationId(),
            f.lastName(),
            f.firstName(),
            f.middleName(),
            date(f.birthDate()),
            f.inn(),
            f.snils(),
            f.phone(),
            f.email(),
            f.address(),
            f.post(),
            date(f.appointedOn()),
            date(f.dismissedOn()),
            f.declarationRequired(),
            f.headOfCustomer(),
            f.contractServiceHead(),
            f.contractManager(),
            f.procurementCommissionMember(),
            f.category() == null ? null : f.category().name()
        };
    }

    private static Object[] employeeParams(EmployeeForm f, String actor, String creator) {
        Object[] base = columnValues(f);
        return creator == null ? concat(base, actor) : concat(concat(base, creator), actor);
    }

    private static Object[] concat(Object[] values, Object last) {
        Object[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Employee map(ResultSet rs) throws SQLException {
        return new Employee(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("last_name"),
                rs.getString("first_name"),
                rs.getString("middle_name"),
                localDate(rs, "birth_date"),
                rs.getString("inn"),
                rs.getString("snils"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("address"),
                rs.getString("post"),
                localDate(rs, "appointed_on"),
                localDate(rs, "dismissed_on"),
                rs.getBoolean("declaration_required"),
                rs.getBoolean("head_of_customer"),
                rs.getBoolean("contract_service_head"),
                rs.getBoolean("contract_manager"),
                rs.getBoolean("procurement_commission_member"),
                rs.getBoolean("active"),
                category(rs.getString("category")),
                rs.getBoolean("candidate"));
    }

    private static EmployeeCategory category(String name) {
        return name == null ? null : EmployeeCategory.valueOf(name);
    }

    static Relative mapRelative(ResultSet rs, int n) throws SQLException {
        return new Relative(
                rs.getLong("id"),
                rs.getLong("employee_id"),
                RelationKind.valueOf(rs.getString("relation")),
                rs.getString("last_name"),
                rs.getString("first_name"),
                rs.getString("middle_name"),
                localDate(rs, "birth_date"),
                rs.getString("inn"),
                rs.getString("snils"),
                rs.getString("phone"),
                rs.getString("address"),
                rs.getString("workplace"));
    }

    /** A record with the path of its organization, for scope checks. */
    record Located<T>(T value, String organizationPath) {}
}
