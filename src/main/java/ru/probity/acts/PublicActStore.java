package ru.probity.acts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The acts marked public ({@code legal_act.public_since}) as the public section shows them: only the
 * keeping organization's own acts, only those marked, with their versions and the versions' text.
 */
@Repository
class PublicActStore {

    private final JdbcClient jdbc;

    PublicActStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A public act in a list. */
    record Line(
            long id,
            ActKind kind,
            String number,
            LocalDate adoptedOn,
            String title,
            ActStatus status,
            Instant modified) {

        public String requisites() {
            return LegalAct.requisites(number, adoptedOn);
        }
    }

    /** Who marked the act public and when (empty: not public). */
    record Mark(Instant at, String by) {}

    /** A hit of the search: the act and the words around the match. */
    record Hit(long id, String title, String snippet) {}

    /** Marks the act public (keeping the first mark when it already is) or takes the mark off. */
    void setPublic(long actId, boolean published, String actor) {
        jdbc.sql("""
                update legal_act set public_since = case when :published then coalesce(public_since, now()) end,
                  public_by = case when :published then coalesce(public_by, :by) end
                where id = :id""")
                .param("published", published)
                .param("by", actor)
                .param("id", actId)
                .update();
    }

    Optional<Mark> mark(long actId) {
        return jdbc.sql("""
                select a.public_since,
                       coalesce((select u.full_name from app_user u where u.username = a.public_by), a.public_by) as public_by
                from legal_act a where a.id = ? and a.public_since is not null""")
                .param(actId)
                .query((rs, n) -> new Mark(rs.getTimestamp("public_since").toInstant(), rs.getString("public_by")))
                .optional();
    }

    /** The organization's public acts of the kind and the year of adoption (null: any), newest first. */
    List<Line> list(long organizationId, ActKind kind, Integer year) {
        return lines(organizationId, kind, year, null);
    }

    private List<Line> lines(long organizationId, ActKind kind, Integer year, Long id) {
        return jdbc.sql("""
                select a.id, a.kind, a.number, a.adopted_on, a.title, a.status,
                       greatest(a.updated_at, a.public_since) as modified
                from legal_act a
                where a.organization_id = :org and a.public_since is not null
                  and (cast(:kind as text) is null or a.kind = :kind)
                  and (cast(:year as int) is null or extract(year from a.adopted_on) = :year)
                  and (cast(:id as bigint) is null or a.id = :id)
                order by a.adopted_on desc nulls last, a.id desc""")
                .param("org", organizationId)
                .param("kind", kind == null ? null : kind.name())
                .param("year", year)
                .param("id", id)
                .query((rs, n) -> new Line(
                        rs.getLong("id"),
                        ActKind.valueOf(rs.getString("kind")),
                        rs.getString("number"),
                        LegalActStore.date(rs.getDate("adopted_on")),
                        rs.getString("title"),
                        ActStatus.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("modified"))))
                .list();
    }

    /** The years of adoption of the organization's public acts, newest first. */
    List<Integer> years(long organizationId) {
        return jdbc.sql("""
                select distinct extract(year from adopted_on)::int as y from legal_act
                where organization_id = ? and public_since is not null and adopted_on is not null
                order by y desc""").param(organizationId).query(Integer.class).list();
    }

    /** The act if it is the organization's own and public. */
    Optional<Line> find(long organizationId, long actId) {
        return lines(organizationId, null, null, actId).stream().findFirst();
    }

    /** The issuer of a public act (the page shows it). */
    Optional<String> issuer(long actId) {
        return jdbc.sql("select issuer from legal_act where id = ? and issuer is not null")
                .param(actId)
                .query(String.class)
                .optional();
    }

    List<ActVersion> versions(long actId) {
        return jdbc.sql("""
                select id, act_id, number, file_name, content_type, length(content) as size, sha256, note, created_at,
                       '' as created_by
                from act_version where act_id = ? order by number desc""")
                .param(actId)
                .query((rs, n) -> LegalActStore.version(rs))
                .list();
    }

    /** The version with the number of the act. */
    Optional<ActVersion> version(long actId, int number) {
        return versions(actId).stream().filter(v -> v.number() == number).findFirst();
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

    /** The organization's public acts matching the words (Russian full-text search), best first. */
    List<Hit> search(long organizationId, String q, int limit) {
        return jdbc.sql("""
                select a.id, a.title,
                       coalesce((select ts_headline('russian', v.text, websearch_to_tsquery('russian', :q),
                                          'MaxFragments=1, MaxWords=25, MinWords=10, StartSel=«, StopSel=»')
                                   from act_version v where v.act_id = a.id
                                    and v.search @@ websearch_to_tsquery('russian', :q)
                                  order by v.number desc limit 1), '') as snippet
                from legal_act a
                where a.organization_id = :org and a.public_since is not null
                  and (a.search @@ websearch_to_tsquery('russian', :q)
                       or exists (select 1 from act_version v where v.act_id = a.id
                                  and v.search @@ websearch_to_tsquery('russian', :q)))
                order by ts_rank(a.search, websearch_to_tsquery('russian', :q)) desc, a.adopted_on desc nulls last
                limit :limit""")
                .param("org", organizationId)
                .param("q", q)
                .param("limit", limit)
                .query((rs, n) -> new Hit(rs.getLong("id"), rs.getString("title"), rs.getString("snippet")))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
