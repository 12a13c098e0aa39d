package ru.probity.materials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The materials marked for the website ({@code material.on_site_at}) as an organization's public
 * section shows them: published, marked, kept by the organization or by one above it.
 */
@Repository
class PublicMaterialStore {

    /** Kept by the organization {@code :org} or above it, published and marked for the website. */
    private static final String ON_SITE = """
             m.status = 'PUBLISHED' and m.on_site_at is not null
             and exists (select 1 from material_version v where v.material_id = m.id)
             and m.organization_id in (select s.ancestor_id from org_subtree s where s.organization_id = :org) """;

    private static final String LINE = """
            select m.id, m.kind, m.title, m.description, o.name as organization,
                   greatest(m.updated_at, m.on_site_at,
                            (select max(v.created_at) from material_version v where v.material_id = m.id)) as modified,
                   (select v.file_name from material_version v where v.material_id = m.id order by v.number desc limit 1) as file_name,
                   (select length(v.content) from material_version v where v.material_id = m.id order by v.number desc limit 1) as size
            from material m join organization o on o.id = m.organization_id
            """;

    private final JdbcClient jdbc;

    PublicMaterialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A material on the website. */
    record Line(
            long id,
            MaterialKind kind,
            String title,
            String description,
            String organization,
            Instant modified,
            String fileName,
            long size) {}

    /** The newest version's file. */
    record File(String name, String contentType, byte[] content) {}

    /** A hit of the search. */
    record Hit(long id, String title, String snippet) {}

    /** Marks the material for the website (keeping the first mark) or takes the mark off. */
    void setOnSite(long id, boolean onSite, String actor) {
        jdbc.sql("""
                update material set on_site_at = case when :on then coalesce(on_site_at, now()) end,
                  on_site_by = case when :on then coalesce(on_site_by, :by) end
                where id = :id""").param("on", onSite).param("by", actor).param("id", id).update();
    }

    /** When the material was marked for the website and by whom (full name); empty when it is not. */
    Optional<Materials.SiteMark> mark(long id) {
        return jdbc.sql("""
                select m.on_site_at,
                       coalesce((select u.full_name from app_user u where u.username = m.on_site_by), m.on_site_by) as by
                from material m where m.id = ? and m.on_site_at is not null""")
                .param(id)
                .query((rs, n) ->
                        new Materials.SiteMark(rs.getTimestamp("on_site_at").toInstant(), rs.getString("by")))
                .optional();
    }

    List<Line> list(long organizationId) {
        return jdbc.sql(LINE + " where " + ON_SITE + " order by m.organization_id, m.title, m.id")
                .param("org", organizationId)
                .query((rs, n) -> line(rs))
                .list();
    }

    Optional<Line> find(long organizationId, long id) {
        return jdbc.sql(LINE + " where m.id = :id and " + ON_SITE)
                .param("org", organizationId)
                .param("id", id)
                .query((rs, n) -> line(rs))
                .optional();
    }

    Optional<File> newestFile(long materialId) {
        return jdbc.sql("""
                select file_name, content_type, content from material_version
                where material_id = ? order by number desc limit 1""")
                .param(materialId)
                .query((rs, n) ->
                        new File(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** Russian full-text search over the title, the description and the versions' text. */
    List<Hit> search(long organizationId, String q, int limit) {
        return jdbc.sql("""
                select m.id, m.title,
                       coalesce((select ts_headline('russian', v.text, websearch_to_tsquery('russian', :q),
                                          'MaxFragments=1, MaxWords=25, MinWords=10, StartSel=«, StopSel=»')
                                   from material_version v where v.material_id = m.id
                                    and v.search @@ websearch_to_tsquery('russian', :q)
                                  order by v.number desc limit 1), m.description, '') as snippet
                from material m
                where""" + " " + ON_SITE + """
                  and (m.search @@ websearch_to_tsquery('russian', :q)
                       or exists (select 1 from material_version v where v.material_id = m.id
                                  and v.search @@ websearch_to_tsquery('russian', :q)))
                order by ts_rank(m.search, websearch_to_tsquery('russian', :q)) desc, m.id desc
                limit :limit""")
                .param("org", organizationId)
                .param("q", q)
                .param("limit", limit)
                .query((rs, n) -> new Hit(rs.getLong("id"), rs.getString("title"), rs.getString("snippet")))
                .list();
    }

    private static Line line(ResultSet rs) throws SQLException {
        var modified = rs.getTimestamp("modified");
        return new Line(
                rs.getLong("id"),
                MaterialKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("organization"),
                modified == null ? null : modified.toInstant(),
                rs.getString("file_name"),
                rs.getLong("size"));
    }
}
