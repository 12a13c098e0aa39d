package ru.probity.materials;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code material}, {@code material_version} and {@code material_letter}: the library,
 * the files of the versions with their extracted text, and the search in Russian (PostgreSQL's
 * {@code russian} configuration: stored {@code tsvector}s with GIN indexes, {@code websearch_to_tsquery},
 * ranked by {@code ts_rank}, the snippet by {@code ts_headline}).
 */
@Repository
class LibraryStore {

    /**
     * The SQL condition "the material is seen by a user of {@code :me}" over {@code m}: kept in his
     * subtree or above him, and published — or a draft of his subtree when {@code :drafts}.
     */
    private static final String VISIBLE = """
             ((m.status = 'PUBLISHED'
               and (m.organization_id in (select s.ancestor_id from org_subtree s where s.organization_id = :me)
                    or m.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me)))
              or (:drafts and m.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me))) """;

    private static final String HEADLINE = "'MaxFragments=2, MaxWords=30, MinWords=10, StartSel=«, StopSel=»'";

    private static final String VERSION = """
            select id, material_id, number, file_name, content_type, length(content) as size, note, act_version_id,
                   created_at,
                   coalesce((select u.full_name from app_user u where u.username = material_version.created_by),
                            material_version.created_by) as created_by
            from material_version""";

    private final JdbcClient jdbc;

    LibraryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The materials seen from {@code me} matching the words, kind and tag: best matches first, then newest. */
    List<Materials.Item> search(long me, boolean drafts, String q, MaterialKind kind, String tag, int limit) {
        return jdbc.sql("""
                select m.id, m.kind, m.title, m.description, m.tags, m.status, m.updated_at, o.name as organization,
                       (select count(*) from material_version v where v.material_id = m.id) as versions,
                       case when :q = '' then null else coalesce(
                         (select ts_headline('russian', v.text, websearch_to_tsquery('russian', :q), {HEADLINE})
                            from material_version v
                           where v.material_id = m.id and v.search @@ websearch_to_tsquery('russian', :q)
                           order by v.number desc limit 1),
                         ts_headline('russian', m.title || ' — ' || coalesce(m.description, ''),
                                     websearch_to_tsquery('russian', :q), {HEADLINE})) end as snippet,
                       case when :q = '' then 0 else greatest(
                         ts_rank(m.search, websearch_to_tsquery('russian', :q)),
                         coalesce((select max(ts_rank(v.search, websearch_to_tsquery('russian', :q)))
                                     from material_version v where v.material_id = m.id), 0)) end as rank
                from material m join organization o on o.id = m.organization_id
                where {VISIBLE}
                  and (:q = '' or m.search @@ websearch_to_tsquery('russian', :q)
                       or exists (select 1 from material_version v where v.material_id = m.id
                                  and v.search @@ websearch_to_tsquery('russian', :q)))
                  and (cast(:kind as text) is null or m.kind = :kind)
                  and (cast(:tag as text) is null or m.tags @> array[cast(:tag as text)])
                order by rank desc, m.updated_at desc, m.id desc
                limit :limit""".replace("{HEADLINE}", HEADLINE).replace("{VISIBLE}", VISIBLE))
                .param("me", me)
                .param("drafts", drafts)
                .param("q", q)
                .param("kind", kind == null ? null : kind.name())
                .param("tag", tag)
                .param("limit", limit)
                .query((rs, n) -> new Materials.Item(
                        rs.getLong("id"),
                        MaterialKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("description"),
                        tags(rs),
                        "PUBLISHED".equals(rs.getString("status")),
                        rs.getString("organization"),
                        rs.getInt("versions"),
                        instant(rs, "updated_at"),
                        rs.getString("snippet"),
                        rs.getDouble("rank")))
                .list();
    }

    /** The tags of the materials seen from {@code me}, with how many materials have each, most used first. */
    List<Materials.TagCount> tags(long me, boolean drafts) {
        return jdbc.sql("""
                select t.tag, count(*) as materials
                from material m cross join lateral unnest(m.tags) as t(tag)
                where {VISIBLE}
                group by t.tag order by count(*) desc, t.tag limit 80""".replace("{VISIBLE}", VISIBLE))
                .param("me", me)
                .param("drafts", drafts)
                .query((rs, n) -> new Materials.TagCount(rs.getString("tag"), rs.getInt("materials")))
                .list();
    }

    Optional<Material> find(long me, boolean drafts, long id) {
        return jdbc.sql("""
                select m.*, o.name as organization_name from material m join organization o on o.id = m.organization_id
                where m.id = :id and {VISIBLE}""".replace("{VISIBLE}", VISIBLE))
                .param("id", id)
                .param("me", me)
                .param("drafts", drafts)
                .query((rs, n) -> new Material(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getString("organization_name"),
                        MaterialKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("description"),
                        tags(rs),
                        "PUBLISHED".equals(rs.getString("status")),
                        instant(rs, "published_at"),
                        (Long) rs.getObject("act_id"),
                        instant(rs, "updated_at")))
                .optional();
    }

    long insert(long organizationId, MaterialForm form, List<String> tags, String description, String actor) {
        return jdbc.sql("""
                insert into material (organization_id, kind, title, description, tags, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        organizationId,
                        form.kind().name(),
                        form.title().strip(),
                        description,
                        tags.toArray(String[]::new),
                        actor,
                        actor)
                .query(Long.class)
                .single();
    }

    void update(long id, MaterialForm form, List<String> tags, String description, String actor) {
        jdbc.sql("""
                update material set kind = ?, title = ?, description = ?, tags = ?, updated_at = now(), updated_by = ?
                where id = ?""")
                .params(form.kind().name(), form.title().strip(), description, tags.toArray(String[]::new), actor, id)
                .update();
    }

    void setPublished(long id, boolean published, String actor) {
        jdbc.sql("""
                update material set status = case when ? then 'PUBLISHED' else 'DRAFT' end,
                  published_at = case when ? then coalesce(published_at, now()) end,
                  published_by = case when ? then ? end, updated_at = now(), updated_by = ?
                where id = ?""").params(published, published, published, actor, actor, id).update();
    }

    void setAct(long id, long actId) {
        jdbc.sql("update material set act_id = ? where id = ?")
                .params(actId, id)
                .update();
    }

    List<MaterialVersion> versions(long materialId) {
        return jdbc.sql(VERSION + " where material_id = ? order by number desc")
                .param(materialId)
                .query((rs, n) -> version(rs))
                .list();
    }

    Optional<MaterialVersion> version(long versionId) {
        return jdbc.sql(VERSION + " where id = ?")
                .param(versionId)
                .query((rs, n) -> version(rs))
                .optional();
    }

    byte[] content(long versionId) {
        return jdbc.sql("select content from material_version where id = ?")
                .param(versionId)
                .query(byte[].class)
                .single();
    }

    long insertVersion(
            long materialId,
            String fileName,
            String contentType,
            byte[] content,
            String text,
            String sha256,
            String note,
            String actor) {
        long id = jdbc.sql("""
                insert into material_version (material_id, number, file_name, content_type, content, text, sha256, note,
                  created_by)
                values (:material, (select coalesce(max(number), 0) + 1 from material_version where material_id = :material),
                        :file, :type, :content, :text, :sha, :note, :by)
                returning id""")
                .param("material", materialId)
                .param("file", fileName)
                .param("type", contentType)
                .param("content", content)
                .param("text", text)
                .param("sha", sha256)
                .param("note", note)
                .param("by", actor)
                .query(Long.class)
                .single();
        jdbc.sql("update material set updated_at = now(), updated_by = ? where id = ?")
                .params(actor, materialId)
                .update();
        return id;
    }

    void setActVersion(long versionId, long actVersionId) {
        jdbc.sql("update material_version set act_version_id = ? where id = ?")
                .params(actVersionId, versionId)
                .update();
    }

    void insertLetter(long materialId, long versionId, long letterId, String actor) {
        jdbc.sql("insert into material_letter (material_id, version_id, letter_id, sent_by) values (?, ?, ?, ?)")
                .params(materialId, versionId, letterId, actor)
                .update();
    }

    /** The letters that sent the material: the letter's id and the number of the version sent, newest first. */
    List<Materials.SentVersion> letters(long materialId) {
        return jdbc.sql("""
                select l.letter_id, v.number from material_letter l join material_version v on v.id = l.version_id
                where l.material_id = ? order by l.sent_at desc, l.id desc""")
                .param(materialId)
                .query((rs, n) -> new Materials.SentVersion(rs.getLong("letter_id"), rs.getInt("number")))
                .list();
    }

    private static MaterialVersion version(ResultSet rs) throws SQLException {
        return new MaterialVersion(
                rs.getLong("id"),
                rs.getLong("material_id"),
                rs.getInt("number"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("note"),
                (Long) rs.getObject("act_version_id"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private static List<String> tags(ResultSet rs) throws SQLException {
        Array array = rs.getArray("tags");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
