package ru.probity.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code organization}: the tree stored with a materialized path ({@code '/1/5/17/'}),
 * so a subtree is one indexed prefix test. Other modules read the tree through the view
 * {@code org_subtree} instead of the path.
 */
@Repository
class OrganizationStore {

    private static final String SELECT = """
            select o.*, (select count(*) from organization c where c.parent_id = o.id) as child_count
            from organization o""";

    private final JdbcClient jdbc;

    OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organization> find(long id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::map).optional();
    }

    Optional<Long> root() {
        return jdbc.sql("select id from organization where parent_id is null order by id limit 1")
                .query(Long.class)
                .optional();
    }

    Optional<String> pathOf(long id) {
        return jdbc.sql("select path from organization where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    List<Organization> children(long parentId, boolean includeInactive) {
        return jdbc.sql(SELECT
                        + " where o.parent_id = ? and (o.active or ?) order by o.kind <> 'ADMINISTRATION', o.name")
                .params(parentId, includeInactive)
                .query(this::map)
                .list();
    }

    /** The chain from the root down to the organization, limited to the given scope. */
    List<Organization> ancestors(String path, String scopePath) {
        return jdbc.sql(
                        SELECT
                                + " where ? like o.path || '%' and o.path like ? || '%' and o.path <> ? order by length(o.path)")
                .params(path, scopePath, path)
                .query(this::map)
                .list();
    }

    /** Name search within a subtree: case-insensitive, ё as е, tolerant of typos. */
    List<Organization> search(String scopePath, String query, int limit) {
        return jdbc.sql(SELECT + " " + """
                 where o.path like :scope || '%'
                   and (probity_search_text(o.name) like '%' || :q || '%'
                        or probity_search_text(coalesce(o.short_name, '')) like '%' || :q || '%'
                        or word_similarity(:q, probity_search_text(o.name)) > 0.45
                        or o.inn = :q)
                 order by (probity_search_text(o.name) like '%' || :q || '%') desc,
                          word_similarity(:q, probity_search_text(o.name)) desc, o.name
                 limit :limit""")
                .param("scope", scopePath)
                .param("q", query)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Every organization of the subtree, in tree order (for selects). */
    List<Organization> subtree(String scopePath) {
        return jdbc.sql(SELECT + " where o.path like ? || '%' and o.active order by o.path")
                .param(scopePath)
                .query(this::map)
                .list();
    }

    long insert(OrganizationForm form, String parentPath, String actor) {
        long id = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, short_name, inn, kpp, ogrn, address, phone, email,
                                          created_by, updated_by)
                values (?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        form.parentId(),
                        form.kind().name(),
                        form.name(),
                        form.shortName(),
                        form.inn(),
                        form.kpp(),
                        form.ogrn(),
                        form.address(),
                        form.phone(),
                        form.email(),
                        actor,
                        actor)
                .query(Long.class)
                .single();
        jdbc.sql("update organization set path = ? where id = ?")
                .params((parentPath == null ? "/" : parentPath) + id + "/", id)
                .update();
        return id;
    }

    void update(long id, OrganizationForm form, String actor) {
        jdbc.sql("""
                update organization set kind = ?, name = ?, short_name = ?, inn = ?, kpp = ?, ogrn = ?, address = ?,
                                        phone = ?, email = ?, updated_at = now(), updated_by = ?
                where id = ?""")
                .params(
                        form.kind().name(),
                        form.name(),
                        form.shortName(),
                        form.inn(),
                        form.kpp(),
                        form.ogrn(),
                        form.address(),
                        form.phone(),
                        form.email(),
                        actor,
                        id)
                .update();
    }

    /** Moves a node (and so its subtree) under a new parent by rewriting the paths. */
    void move(long id, String oldPath, long newParentId, String newParentPath, String actor) {
        String newPath = newParentPath + id + "/";
        jdbc.sql("update organization set parent_id = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(newParentId, actor, id)
                .update();
        jdbc.sql("update organization set path = ? || substr(path, ?) where path like ? || '%'")
                .params(newPath, oldPath.length() + 1, oldPath)
                .update();
    }

    void setActive(long id, boolean active, String actor) {
        jdbc.sql("update organization set active = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(active, actor, id)
                .update();
    }

    /** The paths of those of the given organizations that exist and are active, by id. */
    Map<Long, String> activePaths(Collection<Long> ids) {
        Map<Long, String> paths = new HashMap<>();
        jdbc.sql("select id, path from organization where id = any(?) and active")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> paths.put(rs.getLong("id"), rs.getString("path")))
                .list();
        return paths;
    }

    int count() {
        return jdbc.sql("select count(*) from organization")
                .query(Integer.class)
                .single();
    }

    boolean innKppTaken(String inn, String kpp, Long exceptId) {
        return jdbc.sql("""
                        select count(*) from organization
                        where inn = ? and coalesce(kpp, '') = coalesce(?, '') and id <> coalesce(?, -1)""").params(inn, kpp, exceptId).query(Integer.class).single() > 0;
    }

    /** Figures for the start page: organizations, employees and more in a subtree. */
    SubtreeFigures figures(String scopePath) {
        return jdbc.sql("""
                select
                  (select count(*) from organization o where o.path like :p || '%' and o.active) as organizations,
                  (select count(*) from organization o where o.path like :p || '%' and o.active
                     and o.kind in ('CITY_DISTRICT','MUNICIPAL_DISTRICT','MUNICIPAL_OKRUG','URBAN_SETTLEMENT','RURAL_SETTLEMENT'))
                     as municipalities,
                  count(e.id) filter (where e.active) as employees,
                  count(e.id) filter (where e.active and e.declaration_required) as declarants,
                  count(e.id) filter (where e.active and (e.head_of_customer or e.contract_service_head
                     or e.contract_manager or e.procurement_commission_member)) as procurement_officials,
                  count(e.id) filter (where e.active and e.appointed_on >= current_date - 90) as recently_appointed,
                  (select count(*) from relative r join employee e2 on e2.id = r.employee_id
                     join organization o2 on o2.id = e2.organization_id where o2.path like :p || '%' and e2.active)
                     as relatives
                from organization o join employee e on e.organization_id = o.id
                where o.path like :p || '%'""")
                .param("p", scopePath)
                .query((rs, n) -> new SubtreeFigures(
                        rs.getInt("organizations"),
                        rs.getInt("municipalities"),
                        rs.getInt("employees"),
                        rs.getInt("declarants"),
                        rs.getInt("procurement_officials"),
                        rs.getInt("recently_appointed"),
                        rs.getInt("relatives")))
                .single();
    }

    private Organization map(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Organization(
                rs.getLong("id"),
                parentId,
                rs.getString("path"),
                OrganizationKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("short_name"),
                rs.getString("inn"),
                rs.getString("kpp"),
                rs.getString("ogrn"),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("active"),
                rs.getInt("child_count"));
    }
}
