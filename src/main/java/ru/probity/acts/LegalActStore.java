package ru.probity.acts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.RussianFormats;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code legal_act} and {@code act_version}: the register's requisites, the files of the
 * versions with their extracted text, and the full-text search over both (PostgreSQL's
 * {@code russian} configuration).
 */
@Repository
class LegalActStore {

    private static final TypeReference<List<LegalAct.QuizQuestion>> QUIZ = new TypeReference<>() {};

    /**
     * The SQL condition "the act is seen by a user of {@code :me}" over {@code a} (legal_act): it is
     * kept in his subtree or above him.
     */
    private static final String VISIBLE =
            " (a.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me)"
                    + " or a.organization_id in (select s.ancestor_id from org_subtree s where s.organization_id = :me)) ";

    private static final String VERSION = """
            select id, act_id, number, file_name, content_type, length(content) as size, sha256, note, created_at,
                   coalesce((select u.full_name from app_user u where u.username = act_version.created_by), act_version.created_by) as created_by
            from act_version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LegalActStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The acts seen from {@code organizationId} matching the words and the kind, newest first. */
    List<LegalActs.Item> search(long organizationId, String q, ActKind kind, int limit) {
        return jdbc.sql("""
                select a.id, a.kind, a.number, a.adopted_on, a.title, a.issuer, a.status, o.name as organization,
                       (select count(*) from act_version v where v.act_id = a.id) as versions,
                       case when :q = '' then null else
                         (select ts_headline('russian', v.text, websearch_to_tsquery('russian', :q),
                                             'MaxFragments=1, MaxWords=25, MinWords=10, StartSel=«, StopSel=»')
                            from act_version v where v.act_id = a.id and v.search @@ websearch_to_tsquery('russian', :q)
                           order by v.number desc limit 1) end as snippet
                from legal_act a join organization o on o.id = a.organization_id
                where""" + VISIBLE + """
                  and (cast(:kind as text) is null or a.kind = :kind)
                  and (:q = '' or a.search @@ websearch_to_tsquery('russian', :q)
                       or exists (select 1 from act_version v where v.act_id = a.id
                                  and v.search @@ websearch_to_tsquery('russian', :q)))
                order by a.adopted_on desc nulls last, a.id desc
                limit :limit""")
                .param("me", organizationId)
                .param("q", q)
                .param("kind", kind == null ? null : kind.name())
                .param("limit", limit)
                .query((rs, n) -> new LegalActs.Item(
                        rs.getLong("id"),
                        ActKind.valueOf(rs.getString("kind")),
                        rs.getString("number"),
                        date(rs.getDate("adopted_on")),
                        rs.getString("title"),
                        rs.getString("issuer"),
                        ActStatus.valueOf(rs.getString("status")),
                        rs.getString("organization"),
                        rs.getInt("versions"),
                        rs.getString("snippet")))
                .list();
    }

    /** The act, if it is seen from {@code organizationId}. */
    Optional<LegalAct> find(long organizationId, long id) {
        return jdbc.sql("""
                select a.*, o.name as organization_name, r.title as replaces_title
                from legal_act a join organization o on o.id = a.organization_id
                left join legal_act r on r.id = a.replaces_id
                where a.id = :id and""" + VISIBLE)
                .param("id", id)
                .param("me", organizationId)
                .query(this::act)
                .optional();
    }

    List<ActVersion> versions(long actId) {
        return jdbc.sql(VERSION + " where act_id = ? order by number desc")
                .param(actId)
                .query((rs, n) -> version(rs))
                .list();
    }

    Optional<ActVersion> version(long versionId) {
        return jdbc.sql(VERSION + " where id = ?")
                .param(versionId)
                .query((rs, n) -> version(rs))
                .optional();
    }

    byte[] content(long versionId) {
        return jdbc.sql("select content from act_version where id = ?")
                .param(versionId)
                .query(byte[].class)
                .single();
    }

    String text(long versionId) {
        return jdbc.sql("select text from act_version where id = ?")
                .param(versionId)
                .query(String.class)
                .single();
    }

    /** Registers an act kept by the organization; returns its id. */
    long insert(long organizationId, ActForm form, String actor) {
        return requisites(jdbc.sql("""
                insert into legal_act (organization_id, kind, number, adopted_on, title, issuer, status, link, tags,
                  replaces_id, created_by, updated_by)
                values (:organization, :kind, :number, :adopted, :title, :issuer, :status, :link, :tags, :replaces, :by, :by)
                returning id""").param("organization", organizationId), form, actor)
                .query(Long.class)
                .single();
    }

    void update(long id, ActForm form, String actor) {
        requisites(jdbc.sql("""
                update legal_act set kind = :kind, number = :number, adopted_on = :adopted, title = :title, issuer = :issuer,
                  status = :status, link = :link, tags = :tags, replaces_id = :replaces, updated_at = now(), updated_by = :by
                where id = :id""").param("id", id), form, actor).update();
    }

    /** Binds the form's requisites to the named parameters of an insert or an update. */
    private static JdbcClient.StatementSpec requisites(JdbcClient.StatementSpec spec, ActForm form, String actor) {
        return spec.param("kind", form.getKind().name())
                .param("number", RussianFormats.blankToNull(form.getNumber()))
                .param("adopted", form.getAdoptedOn())
                .param("title", form.getTitle().strip())
                .param("issuer", RussianFormats.blankToNull(form.getIssuer()))
                .param("status", form.getStatus().name())
                .param("link", RussianFormats.blankToNull(form.getLink()))
                .param("tags", form.tagList().toArray(String[]::new))
                .param("replaces", form.getReplacesId())
                .param("by", actor);
    }

    void setStatus(long id, ActStatus status, String actor) {
        jdbc.sql("update legal_act set status = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(status.name(), actor, id)
                .update();
    }

    /** Adds the next version of the act; returns its id. */
    long insertVersion(
            long actId,
            String fileName,
            String contentType,
            byte[] content,
            String text,
            String sha256,
            String note,
            String actor) {
        return jdbc.sql("""
                insert into act_version (act_id, number, file_name, content_type, content, text, sha256, note, created_by)
                values (:act, (select coalesce(max(number), 0) + 1 from act_version where act_id = :act), :file, :type,
                        :content, :text, :sha, :note, :by)
                returning id""")
                .param("act", actId)
                .param("file", fileName)
                .param("type", contentType)
                .param("content", content)
                .param("text", text)
                .param("sha", sha256)
                .param("note", note)
                .param("by", actor)
                .query(Long.class)
                .single();
    }

    void setQuiz(long actId, List<LegalAct.QuizQuestion> quiz, int passPercent, String actor) {
        jdbc.sql(
                        "update legal_act set quiz = cast(? as jsonb), quiz_pass_percent = ?, updated_at = now(), updated_by = ?"
                                + " where id = ?")
                .params(json.writeValueAsString(quiz), passPercent, actor, actId)
                .update();
    }

    /** In the mandatory package since today (kept when it already was), or out of it. */
    void setMandatory(long actId, boolean mandatory, int termDays, String actor) {
        jdbc.sql("""
                update legal_act set mandatory_since = case when ? then coalesce(mandatory_since, current_date) end,
                  newcomer_term_days = ?, updated_at = now(), updated_by = ? where id = ?""").params(mandatory, termDays, actor, actId).update();
    }

    private LegalAct act(ResultSet rs, int n) throws SQLException {
        Array tags = rs.getArray("tags");
        return new LegalAct(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                ActKind.valueOf(rs.getString("kind")),
                rs.getString("number"),
                date(rs.getDate("adopted_on")),
                rs.getString("title"),
                rs.getString("issuer"),
                ActStatus.valueOf(rs.getString("status")),
                rs.getString("link"),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                rs.getObject("replaces_id", Long.class),
                rs.getString("replaces_title"),
                json.readValue(rs.getString("quiz"), QUIZ),
                rs.getInt("quiz_pass_percent"),
                date(rs.getDate("mandatory_since")),
                rs.getInt("newcomer_term_days"));
    }

    static ActVersion version(ResultSet rs) throws SQLException {
        return new ActVersion(
                rs.getLong("id"),
                rs.getLong("act_id"),
                rs.getInt("number"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getString("note"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
