package ru.probity.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.AttachedFile;

/**
 * The statistics and the report files of the public subsection «Доклады, отчеты, обзоры,
 * статистическая информация» ({@link ReportPublication}): tables {@code monitoring_public_statistics}
 * and {@code monitoring_public_file}.
 */
@Repository
class PublicReportStore {

    /** A year's statistics: the figures' JSON, whether it is public, when and by whom it was published. */
    record Statistics(
            long organizationId,
            int year,
            String figures,
            boolean published,
            Instant publishedAt,
            String publishedBy) {}

    /** A report file without its content. */
    record FileRow(
            long id,
            long organizationId,
            int year,
            String title,
            String fileName,
            String contentType,
            long size,
            boolean published,
            Instant publishedAt,
            String uploadedBy,
            Instant uploadedAt) {}

    /** A file's content. */
    record Content(String fileName, String contentType, byte[] content) {}

    private static final String FILE = """
            select id, organization_id, year, title, file_name, content_type, length(content), published,
              published_at, uploaded_by, uploaded_at from monitoring_public_file
            """;

    private final JdbcClient jdbc;

    PublicReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Statistics statistics(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Statistics(
                rs.getLong("organization_id"),
                rs.getInt("year"),
                rs.getString("figures"),
                rs.getBoolean("published"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by"));
    }

    private static FileRow file(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FileRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getBoolean(8),
                rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                rs.getString(10),
                rs.getTimestamp(11).toInstant());
    }

    /** Stores a year's figures as published now; whether they had been published before (an update). */
    boolean publishStatistics(long organizationId, int year, String figures, String by) {
        boolean existed =
                jdbc.sql("select count(*) from monitoring_public_statistics where organization_id = ? and year = ?")
                                .params(organizationId, year)
                                .query(Integer.class)
                                .single()
                        > 0;
        jdbc.sql("""
                insert into monitoring_public_statistics (organization_id, year, figures, published_by)
                values (?, ?, cast(? as jsonb), ?)
                on conflict (organization_id, year) do update set figures = excluded.figures, published = true,
                  published_at = now(), published_by = excluded.published_by""").params(organizationId, year, figures, by).update();
        return existed;
    }

    /** Withdraws a year's statistics; whether they were public. */
    boolean withdrawStatistics(long organizationId, int year) {
        return jdbc.sql("update monitoring_public_statistics set published = false"
                                + " where organization_id = ? and year = ? and published")
                        .params(organizationId, year)
                        .update()
                > 0;
    }

    /** Every year's statistics of the organization (published or withdrawn), the latest first. */
    List<Statistics> statistics(long organizationId, boolean publishedOnly) {
        return jdbc.sql("select * from monitoring_public_statistics where organization_id = ?"
                        + (publishedOnly ? " and published" : "") + " order by year desc")
                .param(organizationId)
                .query(PublicReportStore::statistics)
                .list();
    }

    Optional<Statistics> statistics(long organizationId, int year) {
        return jdbc.sql("select * from monitoring_public_statistics where organization_id = ? and year = ?")
                .params(organizationId, year)
                .query(PublicReportStore::statistics)
                .optional();
    }

    long insertFile(long organizationId, int year, String title, AttachedFile file, boolean published, String by) {
        return jdbc.sql("""
                insert into monitoring_public_file (organization_id, year, title, file_name, content_type, content,
                  sha256, published, published_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end, ?) returning id""")
                .params(
                        organizationId,
                        year,
                        title,
                        file.name(),
                        file.type().contentType(),
                        file.content(),
                        file.sha256(),
                        published,
                        published,
                        by)
                .query(Long.class)
                .single();
    }

    Optional<FileRow> file(long id) {
        return jdbc.sql(FILE + " where id = ?")
                .param(id)
                .query(PublicReportStore::file)
                .optional();
    }

    /** The organization's files (only the published ones if asked), the latest year first. */
    List<FileRow> files(long organizationId, boolean publishedOnly) {
        return jdbc.sql(FILE + " where organization_id = ?" + (publishedOnly ? " and published" : "")
                        + " order by year desc, id desc")
                .param(organizationId)
                .query(PublicReportStore::file)
                .list();
    }

    /** Publishes or withdraws a file; whether it changed. */
    boolean setPublished(long id, boolean published) {
        return jdbc.sql("""
                update monitoring_public_file set published = ?,
                  published_at = case when ? then now() else published_at end
                where id = ? and published <> ?""").params(published, published, id, published).update() > 0;
    }

    Optional<Content> content(long id) {
        return jdbc.sql("select file_name, content_type, content from monitoring_public_file where id = ?")
                .param(id)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
