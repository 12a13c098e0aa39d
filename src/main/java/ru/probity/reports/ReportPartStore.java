package ru.probity.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.reports.engine.FileKind;
import ru.probity.reports.engine.MessageKind;
import ru.probity.sealing.Sealing;

/**
 * Sealed storage of a report's parts ({@code report_message}, {@code report_file}): every text,
 * name and file is sealed under the report's data key before it reaches SQL, and opened only on
 * the way out.
 */
@Component
class ReportPartStore {

    private final JdbcClient jdbc;

    ReportPartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long addMessage(
            long reportId,
            byte[] key,
            MessageKind kind,
            String author,
            String text,
            List<ReportUploads.Checked> files) {
        // the day only (created_on's default): no message carries a time of day (issue 14, item 3)
        long id = jdbc.sql(
                        "insert into report_message (report_id, kind, author, body) values (?, ?, ?, ?) returning id")
                .params(reportId, kind.name(), author, Sealing.sealText(key, text, "message"))
                .query(Long.class)
                .single();
        addFiles(reportId, id, FileKind.MESSAGE, key, files);
        return id;
    }

    void addFiles(long reportId, Long messageId, FileKind kind, byte[] key, List<ReportUploads.Checked> files) {
        for (ReportUploads.Checked f : files) {
            jdbc.sql("insert into report_file (report_id, message_id, kind, name, content_type, size, content)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            reportId,
                            messageId,
                            kind.name(),
                            Sealing.sealText(key, f.name(), "file-name"),
                            f.type().contentType(),
                            f.content().length,
                            Sealing.seal(key, f.content(), "file-content"))
                    .update();
        }
    }

    /** The messages of the given kinds, opened, oldest first, with their files. */
    List<ReportMessage> messages(long reportId, byte[] key, List<MessageKind> kinds) {
        Map<Long, List<ReportFile>> files = new LinkedHashMap<>();
        for (var f : filesOf(reportId, key)) {
            if (f.messageId() != null) {
                files.computeIfAbsent(f.messageId(), k -> new ArrayList<>()).add(f.file());
            }
        }
        return jdbc.sql("select id, kind, author, body, created_on from report_message"
                        + " where report_id = ? and kind = any(?) order by created_on, id")
                .params(reportId, kinds.stream().map(MessageKind::name).toArray(String[]::new))
                .query((rs, n) -> new ReportMessage(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("author"),
                        Sealing.openText(key, rs.getBytes("body"), "message"),
                        rs.getDate("created_on").toLocalDate(),
                        files.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private record FileRow(Long messageId, ReportFile file) {}

    private List<FileRow> filesOf(long reportId, byte[] key) {
        return jdbc.sql("select id, message_id, kind, name, content_type, size from report_file"
                        + " where report_id = ? order by id")
                .param(reportId)
                .query((rs, n) -> new FileRow(
                        (Long) rs.getObject("message_id"),
                        new ReportFile(
                                rs.getLong("id"),
                                rs.getString("kind"),
                                Sealing.openText(key, rs.getBytes("name"), "file-name"),
                                rs.getString("content_type"),
                                rs.getInt("size"))))
                .list();
    }

    List<ReportFile> filesOfKind(long reportId, byte[] key, FileKind kind) {
        return filesOf(reportId, key).stream()
                .filter(f -> f.file().kind().equals(kind.name()))
                .map(FileRow::file)
                .toList();
    }

    /** A file's name, type and opened content. */
    record Download(String name, String contentType, byte[] content, Long messageId, String kind) {
        @Override
        public String toString() {
            return "Download[" + contentType + ", " + content.length + " bytes]";
        }
    }

    Optional<Download> download(long reportId, long fileId, byte[] key) {
        return jdbc.sql("select name, content_type, content, message_id, kind from report_file"
                        + " where id = ? and report_id = ?")
                .params(fileId, reportId)
                .query((rs, n) -> new Download(
                        Sealing.openText(key, rs.getBytes("name"), "file-name"),
                        rs.getString("content_type"),
                        Sealing.open(key, rs.getBytes("content"), "file-content"),
                        (Long) rs.getObject("message_id"),
                        rs.getString("kind")))
                .optional();
    }

    MessageKind messageKind(long messageId) {
        return MessageKind.valueOf(jdbc.sql("select kind from report_message where id = ?")
                .param(messageId)
                .query(String.class)
                .single());
    }
}
