package ru.probity.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.platform.AttachedFile;
import ru.probity.reports.engine.Sealing;

/**
 * Sealed storage of a report's parts: every text, name and file is sealed under the report's data
 * key before it reaches SQL, and opened only on the way out.
 */
@Component
class ReportStore {

    static final int MAX_FILES = 5;

    private final JdbcClient jdbc;
    private final ReportKeys keys;
    private final long maxFileBytes;

    ReportStore(JdbcClient jdbc, ReportKeys keys, @Value("${probity.reports.max-file-mb:10}") int maxFileMb) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.maxFileBytes = maxFileMb * 1024L * 1024L;
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * A file checked before anything is written: type by content, size, name, and no active content
     * (platform's {@link AttachedFile#checkInert}: issue 14, item 13).
     */
    record Checked(String name, AttachedFile.Type type, byte[] content) {
        @Override
        public String toString() {
            return "Checked[" + type + ", " + content.length + " bytes]";
        }
    }

    List<Checked> check(List<Upload> uploads) {
        List<Checked> checked = new ArrayList<>();
        for (Upload u : uploads) {
            if (u == null
                    || (u.content().length == 0 && (u.name() == null || u.name().isBlank()))) {
                continue; // an empty file input
            }
            try {
                AttachedFile file = AttachedFile.checkInert(u.name(), u.content(), maxFileBytes);
                checked.add(new Checked(file.name(), file.type(), u.content()));
            } catch (AttachedFile.Refused e) {
                throw new ReportRefused("reports.file." + e.reason(), e.fileName(), maxFileBytes / 1048576);
            }
        }
        if (checked.size() > MAX_FILES) {
            throw new ReportRefused("reports.file.tooMany", MAX_FILES);
        }
        return checked;
    }

    /** The report's data key, unwrapped with its organization's private key. */
    byte[] dataKey(long reportId) {
        var row = jdbc.sql("select organization_id, data_key from report where id = ?")
                .param(reportId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBytes(2)))
                .optional()
                .orElseThrow(() -> new ReportNotFound("report", reportId));
        return keys.dataKey(row.getKey(), row.getValue());
    }

    long addMessage(long reportId, byte[] key, String kind, String author, String text, List<Checked> files) {
        // the day only (created_on's default): no message carries a time of day (issue 14, item 3)
        long id = jdbc.sql(
                        "insert into report_message (report_id, kind, author, body) values (?, ?, ?, ?) returning id")
                .params(reportId, kind, author, Sealing.sealText(key, text, "message"))
                .query(Long.class)
                .single();
        addFiles(reportId, id, "MESSAGE", key, files);
        return id;
    }

    void addFiles(long reportId, Long messageId, String kind, byte[] key, List<Checked> files) {
        for (Checked f : files) {
            jdbc.sql("insert into report_file (report_id, message_id, kind, name, content_type, size, content)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            reportId,
                            messageId,
                            kind,
                            Sealing.sealText(key, f.name(), "file-name"),
                            f.type().contentType(),
                            f.content().length,
                            Sealing.seal(key, f.content(), "file-content"))
                    .update();
        }
    }

    /** The messages of the given kinds, opened, oldest first, with their files. */
    List<ReportMessage> messages(long reportId, byte[] key, List<String> kinds) {
        Map<Long, List<ReportFile>> files = new LinkedHashMap<>();
        for (var f : filesOf(reportId, key)) {
            if (f.messageId() != null) {
                files.computeIfAbsent(f.messageId(), k -> new ArrayList<>()).add(f.file());
            }
        }
        return jdbc.sql("select id, kind, author, body, created_on from report_message"
                        + " where report_id = ? and kind = any(?) order by created_on, id")
                .params(reportId, kinds.toArray(String[]::new))
                .query((rs, n) -> new ReportMessage(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("author"),
                        Sealing.openText(key, rs.getBytes("body"), "message"),
                        rs.getDate("created_on").toLocalDate(),
                        files.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    record FileRow(Long messageId, ReportFile file) {}

    List<FileRow> filesOf(long reportId, byte[] key) {
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

    List<ReportFile> filesOfKind(long reportId, byte[] key, String kind) {
        return filesOf(reportId, key).stream()
                .filter(f -> f.file().kind().equals(kind))
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

    Download download(long reportId, long fileId, byte[] key) {
        return jdbc.sql("select name, content_type, content, message_id, kind from report_file"
                        + " where id = ? and report_id = ?")
                .params(fileId, reportId)
                .query((rs, n) -> new Download(
                        Sealing.openText(key, rs.getBytes("name"), "file-name"),
                        rs.getString("content_type"),
                        Sealing.open(key, rs.getBytes("content"), "file-content"),
                        (Long) rs.getObject("message_id"),
                        rs.getString("kind")))
                .optional()
                .orElseThrow(() -> new ReportNotFound("file", fileId));
    }

    String messageKind(long messageId) {
        return jdbc.sql("select kind from report_message where id = ?")
                .param(messageId)
                .query(String.class)
                .single();
    }

    /** An entry of the history, on today's date (the column holds no time of day). */
    void history(long reportId, String action, String detail, String actor) {
        jdbc.sql("insert into report_history (report_id, action, detail, actor) values (?, ?, ?, ?)")
                .params(reportId, action, detail, actor)
                .update();
    }

    /** The next registration number of an organization: {@code <n>/<year>}. */
    String nextNumber(long organizationId, LocalDate on) {
        int n = jdbc.sql("""
                insert into report_counter (organization_id, year, last) values (?, ?, 1)
                on conflict (organization_id, year) do update set last = report_counter.last + 1
                returning last""")
                .params(organizationId, on.getYear())
                .query(Integer.class)
                .single();
        return n + "/" + on.getYear();
    }
}
