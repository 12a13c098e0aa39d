package ru.probity.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code portal_page}, {@code portal_page_version} and {@code portal_news}, and the site
 * search over them in Russian (PostgreSQL's {@code russian} configuration: stored {@code tsvector}s
 * with GIN indexes, {@code websearch_to_tsquery}, ranked by {@code ts_rank}, the snippet by {@code
 * ts_headline}).
 */
@Repository
class PortalContentStore {

    private static final String HEADLINE = "'MaxFragments=2, MaxWords=30, MinWords=10, StartSel=«, StopSel=»'";

    private static final String PAGE = """
            select id, organization_id, slug, title, body, menu_section, position, published, version,
                   updated_at, updated_by
            from portal_page""";

    private static final String NEWS = """
            select id, organization_id, title, news_date, body, published, updated_at, updated_by
            from portal_news""";

    private final JdbcClient jdbc;

    PortalContentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // pages

    List<OwnPage> pages(long organizationId, boolean publishedOnly) {
        return jdbc.sql(PAGE + " " + """
                 where organization_id = :organization and (published or not :publishedOnly)
                 order by menu_section = 'home' desc, menu_section, position, title, id""")
                .param("organization", organizationId)
                .param("publishedOnly", publishedOnly)
                .query(PortalContentStore::page)
                .list();
    }

    Optional<OwnPage> page(long id) {
        return jdbc.sql(PAGE + " where id = :id")
                .param("id", id)
                .query(PortalContentStore::page)
                .optional();
    }

    Optional<OwnPage> publishedPage(long organizationId, String slug) {
        return jdbc.sql(PAGE + " where organization_id = :organization and slug = :slug and published")
                .param("organization", organizationId)
                .param("slug", slug)
                .query(PortalContentStore::page)
                .optional();
    }

    Optional<OwnPage> publishedHome(long organizationId) {
        return jdbc.sql(PAGE + " where organization_id = :organization and menu_section = 'home' and published")
                .param("organization", organizationId)
                .query(PortalContentStore::page)
                .optional();
    }

    boolean slugTaken(long organizationId, String slug, Long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from portal_page where organization_id = :organization and slug = :slug
                               and (cast(:except as bigint) is null or id <> :except))""")
                .param("organization", organizationId)
                .param("slug", slug)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean homeTaken(long organizationId, Long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from portal_page where organization_id = :organization
                               and menu_section = 'home' and (cast(:except as bigint) is null or id <> :except))""")
                .param("organization", organizationId)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    long insertPage(
            long organizationId,
            String slug,
            String title,
            String body,
            String bodyText,
            String menuSection,
            int position,
            boolean published,
            String by) {
        long id = jdbc.sql("""
                insert into portal_page (organization_id, slug, title, body, body_text, menu_section, position,
                                         published, created_by, updated_by)
                values (:organization, :slug, :title, :body, :text, :menu, :position, :published, :by, :by)
                returning id""")
                .param("organization", organizationId)
                .param("slug", slug)
                .param("title", title)
                .param("body", body)
                .param("text", bodyText)
                .param("menu", menuSection)
                .param("position", position)
                .param("published", published)
                .param("by", by)
                .query(Long.class)
                .single();
        insertVersion(id, by);
        return id;
    }

    void updatePage(
            long id,
            String slug,
            String title,
            String body,
            String bodyText,
            String menuSection,
            int position,
            boolean published,
            String by) {
        jdbc.sql("""
                update portal_page set slug = :slug, title = :title, body = :body, body_text = :text,
                       menu_section = :menu, position = :position, published = :published, version = version + 1,
                       updated_at = now(), updated_by = :by
                where id = :id""")
                .param("id", id)
                .param("slug", slug)
                .param("title", title)
                .param("body", body)
                .param("text", bodyText)
                .param("menu", menuSection)
                .param("position", position)
                .param("published", published)
                .param("by", by)
                .update();
        insertVersion(id, by);
    }

    private void insertVersion(long pageId, String by) {
        jdbc.sql("""
                insert into portal_page_version (page_id, number, title, body, menu_section, published, created_by)
                select id, version, title, body, menu_section, published, :by from portal_page where id = :id""").param("id", pageId).param("by", by).update();
    }

    void deletePage(long id) {
        jdbc.sql("delete from portal_page where id = :id").param("id", id).update();
    }

    List<PageVersion> versions(long pageId) {
        return jdbc.sql("""
                select v.id, v.number, v.title, v.body, v.menu_section, v.published, v.created_at,
                       coalesce((select u.full_name from app_user u where u.username = v.created_by), v.created_by) as by
                from portal_page_version v where v.page_id = :page order by v.number desc""")
                .param("page", pageId)
                .query((rs, n) -> new PageVersion(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("menu_section"),
                        rs.getBoolean("published"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("by")))
                .list();
    }

    // news

    List<NewsItem> news(long organizationId, boolean publishedOnly, int limit) {
        return jdbc.sql(NEWS + " " + """
                 where organization_id = :organization and (published or not :publishedOnly)
                 order by news_date desc, id desc limit :limit""")
                .param("organization", organizationId)
                .param("publishedOnly", publishedOnly)
                .param("limit", limit)
                .query(PortalContentStore::news)
                .list();
    }

    boolean hasPublishedNews(long organizationId) {
        return jdbc.sql("select exists (select 1 from portal_news where organization_id = :organization and published)")
                .param("organization", organizationId)
                .query(Boolean.class)
                .single();
    }

    Optional<NewsItem> newsItem(long id) {
        return jdbc.sql(NEWS + " where id = :id")
                .param("id", id)
                .query(PortalContentStore::news)
                .optional();
    }

    long insertNews(
            long organizationId,
            String title,
            LocalDate date,
            String body,
            String bodyText,
            boolean published,
            String by) {
        return jdbc.sql("""
                insert into portal_news (organization_id, title, news_date, body, body_text, published, created_by,
                                         updated_by)
                values (:organization, :title, :date, :body, :text, :published, :by, :by) returning id""")
                .param("organization", organizationId)
                .param("title", title)
                .param("date", date)
                .param("body", body)
                .param("text", bodyText)
                .param("published", published)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void updateNews(long id, String title, LocalDate date, String body, String bodyText, boolean published, String by) {
        jdbc.sql("""
                update portal_news set title = :title, news_date = :date, body = :body, body_text = :text,
                       published = :published, updated_at = now(), updated_by = :by
                where id = :id""")
                .param("id", id)
                .param("title", title)
                .param("date", date)
                .param("body", body)
                .param("text", bodyText)
                .param("published", published)
                .param("by", by)
                .update();
    }

    void deleteNews(long id) {
        jdbc.sql("delete from portal_news where id = :id").param("id", id).update();
    }

    // search

    List<PublicHit> searchPages(long organizationId, String q, int limit) {
        return jdbc.sql("""
                select organization_id, slug, menu_section, title,
                       ts_headline('russian', body_text, websearch_to_tsquery('russian', :q), {HEADLINE}) as snippet
                from portal_page
                where organization_id = :organization and published
                  and search @@ websearch_to_tsquery('russian', :q)
                order by ts_rank(search, websearch_to_tsquery('russian', :q)) desc, id
                limit :limit""".replace("{HEADLINE}", HEADLINE))
                .param("organization", organizationId)
                .param("q", q)
                .param("limit", limit)
                .query((rs, n) -> new PublicHit(
                        OwnPage.HOME.equals(rs.getString("menu_section"))
                                ? "/public/" + rs.getLong("organization_id")
                                : "/public/" + rs.getLong("organization_id") + "/page/" + rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("snippet")))
                .list();
    }

    List<PublicHit> searchNews(long organizationId, String q, int limit) {
        return jdbc.sql("""
                select id, organization_id, title,
                       ts_headline('russian', body_text, websearch_to_tsquery('russian', :q), {HEADLINE}) as snippet
                from portal_news
                where organization_id = :organization and published
                  and search @@ websearch_to_tsquery('russian', :q)
                order by ts_rank(search, websearch_to_tsquery('russian', :q)) desc, news_date desc, id desc
                limit :limit""".replace("{HEADLINE}", HEADLINE))
                .param("organization", organizationId)
                .param("q", q)
                .param("limit", limit)
                .query((rs, n) -> new PublicHit(
                        "/public/" + rs.getLong("organization_id") + "/news/" + rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("snippet")))
                .list();
    }

    private static OwnPage page(ResultSet rs, int n) throws SQLException {
        return new OwnPage(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("menu_section"),
                rs.getInt("position"),
                rs.getBoolean("published"),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    private static NewsItem news(ResultSet rs, int n) throws SQLException {
        return new NewsItem(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("title"),
                rs.getObject("news_date", LocalDate.class),
                rs.getString("body"),
                rs.getBoolean("published"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
