package ru.probity.expertise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.platform.RegionTime;

/**
 * The publications of drafts for independent and public expertise ({@code expertise_publication}).
 * Reads the register ({@code expertise_document}, {@code expertise_version}) of the same module and
 * the organization tree through {@code org_subtree}; writes the register only for the demo's draft.
 */
@Component
class DraftPublicationStore {

    private static final String SUBTREE =
            " d.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)";

    private static final String ROW = """
            select p.id, p.document_id, d.organization_id, o.name as organization_name, d.title, d.kind,
                   v.number as version_number, v.file_name, p.starts_on, p.ends_on, p.withdrawn_at is not null as withdrawn,
                   (p.published_at at time zone :zone) as published_at, p.published_by,
                   (p.updated_at at time zone :zone) as updated_at,
                   (select count(*) from expertise_submission s where s.publication_id = p.id) as received,
                   (select count(*) from expertise_submission s where s.publication_id = p.id and s.sent_at is null) as pending
            from expertise_publication p
            join expertise_document d on d.id = p.document_id
            join expertise_version v on v.id = p.version_id
            join organization o on o.id = d.organization_id
            """;

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    DraftPublicationStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    private JdbcClient.StatementSpec rows(String where) {
        return jdbc.sql(ROW + " where " + where).param("zone", regionTime.id());
    }

    /** A publication with its document's register data. */
    record Row(
            long id,
            long documentId,
            long organizationId,
            String organizationName,
            String title,
            String kind,
            int versionNumber,
            String fileName,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean withdrawn,
            LocalDateTime publishedAt,
            String publishedBy,
            LocalDateTime updatedAt,
            int received,
            int pending) {}

    /** A version of a draft of the subtree that may be published. */
    record DraftVersion(long documentId, String title, long versionId, int number, String fileName) {}

    /** The published version's file. */
    record File(String name, String contentType, byte[] content) {}

    /** The document of the register as the publication needs it; empty outside the subtree. */
    record Document(long id, long organizationId, String subject, String title) {}

    List<Row> list(long scope) {
        return rows(SUBTREE + " order by p.ends_on desc, p.id desc")
                .param("scope", scope)
                .query(Row.class)
                .list();
    }

    List<Row> ofDocument(long scope, long documentId) {
        return rows(SUBTREE + " and p.document_id = :document order by p.id desc")
                .param("scope", scope)
                .param("document", documentId)
                .query(Row.class)
                .list();
    }

    Optional<Row> find(long scope, long id) {
        return rows(SUBTREE + " and p.id = :id")
                .param("scope", scope)
                .param("id", id)
                .query(Row.class)
                .optional();
    }

    /** Published, not withdrawn, begun by {@code today} (it may have ended). */
    Optional<Row> findPublic(long id, LocalDate today) {
        return rows("p.id = :id and p.withdrawn_at is null and p.starts_on <= :today")
                .param("id", id)
                .param("today", today)
                .query(Row.class)
                .optional();
    }

    /** The drafts open for expertise on {@code today}, the last published first. */
    List<Row> open(LocalDate today) {
        return rows("p.withdrawn_at is null and p.starts_on <= :today and p.ends_on >= :today"
                        + " order by p.starts_on desc, p.id desc")
                .param("today", today)
                .query(Row.class)
                .list();
    }

    /** The drafts of the organization's subtree open for expertise on {@code today}, the last published first. */
    List<Row> openIn(long scope, LocalDate today) {
        return rows("p.withdrawn_at is null and p.starts_on <= :today and p.ends_on >= :today and" + SUBTREE
                        + " order by p.starts_on desc, p.id desc")
                .param("today", today)
                .param("scope", scope)
                .query(Row.class)
                .list();
    }

    /** What the public expertise of the subtree's drafts has produced: publications begun, conclusions, proposals. */
    record Figures(int published, int closed, int conclusions, int proposals) {}

    Figures figures(long scope, LocalDate today) {
        return jdbc.sql("""
                select count(*) filter (where p.starts_on <= :today) as published,
                       count(*) filter (where p.ends_on < :today) as closed,
                       coalesce(sum((select count(*) from expertise_submission s where s.publication_id = p.id
                                      and s.kind = 'INDEPENDENT_CONCLUSION')), 0) as conclusions,
                       coalesce(sum((select count(*) from expertise_submission s where s.publication_id = p.id
                                      and s.kind = 'PROPOSAL')), 0) as proposals
                from expertise_publication p join expertise_document d on d.id = p.document_id
                where p.withdrawn_at is null and""" + SUBTREE)
                .param("scope", scope)
                .param("today", today)
                .query(Figures.class)
                .single();
    }

    /** Full-text search over the titles of the subtree's drafts open on {@code today}. */
    List<Row> searchOpen(long scope, LocalDate today, String q, int limit) {
        return rows("p.withdrawn_at is null and p.starts_on <= :today and p.ends_on >= :today and" + SUBTREE
                        + " and to_tsvector('russian', d.title) @@ websearch_to_tsquery('russian', :q)"
                        + " order by p.starts_on desc, p.id desc limit :limit")
                .param("today", today)
                .param("scope", scope)
                .param("q", q)
                .param("limit", limit)
                .query(Row.class)
                .list();
    }

    List<DraftVersion> draftVersions(long scope) {
        return jdbc.sql("""
                        select d.id as document_id, d.title, v.id as version_id, v.number, v.file_name
                        from expertise_document d join expertise_version v on v.document_id = d.id
                        where d.subject = 'DRAFT' and""" + SUBTREE + " order by d.title, d.id, v.number desc")
                .param("scope", scope)
                .query(DraftVersion.class)
                .list();
    }

    Optional<Document> document(long scope, long documentId) {
        return jdbc.sql(
                        "select d.id, d.organization_id, d.subject, d.title from expertise_document d where d.id = :id and"
                                + SUBTREE)
                .param("scope", scope)
                .param("id", documentId)
                .query(Document.class)
                .optional();
    }

    /** Whether the version belongs to the document. */
    boolean versionOf(long documentId, long versionId) {
        return jdbc.sql("select count(*) from expertise_version where id = ? and document_id = ?")
                        .params(versionId, documentId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insert(long documentId, long versionId, LocalDate startsOn, LocalDate endsOn, String by) {
        return jdbc.sql("""
                        insert into expertise_publication (document_id, version_id, starts_on, ends_on, published_by, updated_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(documentId, versionId, startsOn, endsOn, by, by)
                .query(Long.class)
                .single();
    }

    void extend(long id, LocalDate endsOn, String by) {
        jdbc.sql("update expertise_publication set ends_on = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(endsOn, by, id)
                .update();
    }

    void withdraw(long id, String by) {
        jdbc.sql("""
                        update expertise_publication set withdrawn_at = now(), withdrawn_by = ?, updated_at = now(),
                        updated_by = ? where id = ? and withdrawn_at is null""").params(by, by, id).update();
    }

    Optional<File> file(long publicationId) {
        return jdbc.sql("""
                        select v.file_name as name, v.content_type, v.content from expertise_publication p
                        join expertise_version v on v.id = p.version_id where p.id = ?""").param(publicationId).query(File.class).optional();
    }

    /** The document of a version; 0 when there is none. */
    long documentOfVersionOrZero(long versionId) {
        return jdbc.sql("select document_id from expertise_version where id = ?")
                .param(versionId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }
}
