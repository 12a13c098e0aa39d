package ru.probity.declarations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.Problem;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.sealing.Sealing;

/**
 * Scans of the signed original attached to a version of a declaration: PDF, JPEG or PNG recognised
 * by content ({@link AttachedFile}), at most {@code probity.declarations.max-file-mb} each and
 * {@code max-files} per version. The name and the content are sealed under the declaration's own
 * data key with associated data naming the declaration and the file, so a row cannot be moved to
 * another declaration. Attached and downloaded by those who read the declaration (the declarant,
 * officers and the regional administrator of the subtree); every download is in the access log as
 * {@code DECLARATION_FILE} (the subject id is the declaration's, the details name the file).
 */
@Service
@Transactional
class DeclarationFiles {

    /** The access log's subject type of a scan. */
    static final String SUBJECT = "DECLARATION_FILE";

    /** What the file inputs accept. */
    static final String ACCEPT = ".pdf,.jpg,.jpeg,.png";

    /** The problems' field, apart from the form's. */
    static final String FIELD = "scans";

    private static final Set<AttachedFile.Type> SCANS =
            EnumSet.of(AttachedFile.Type.PDF, AttachedFile.Type.JPEG, AttachedFile.Type.PNG);

    private final JdbcClient jdbc;
    private final Declarations declarations;
    private final DeclarationKeys keys;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final long maxFileBytes;
    private final int maxFiles;

    DeclarationFiles(
            JdbcClient jdbc,
            Declarations declarations,
            DeclarationKeys keys,
            Organizations organizations,
            AccessLog accessLog,
            @Value("${probity.declarations.max-file-mb:10}") int maxFileMb,
            @Value("${probity.declarations.max-files:10}") int maxFiles) {
        this.jdbc = jdbc;
        this.declarations = declarations;
        this.keys = keys;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.maxFileBytes = maxFileMb * 1024L * 1024L;
        this.maxFiles = maxFiles;
    }

    /** A file as uploaded; {@code content} is null when it was too big to be read at all. */
    record Upload(String name, long size, byte[] content) {}

    /** A scan as the declaration page lists it. */
    record Info(long id, String name, String contentType, int size, Instant uploadedAt, String uploadedBy) {}

    /** A scan opened for download. */
    record Content(String name, String contentType, byte[] bytes) {}

    private record Declaration(long id, long employeeId, long organizationId, byte[] dataKey) {}

    long maxFileBytes() {
        return maxFileBytes;
    }

    int maxFileMb() {
        return (int) (maxFileBytes / 1024 / 1024);
    }

    int maxFiles() {
        return maxFiles;
    }

    /**
     * Checks the uploads before anything is written, {@code already} being the number the version
     * has; an empty file input is skipped. Refusals name the file in Russian.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    List<AttachedFile> check(List<Upload> uploads, int already) {
        List<AttachedFile> checked = new ArrayList<>();
        for (Upload u : uploads == null ? List.<Upload>of() : uploads) {
            if (u == null || (u.size() == 0 && (u.name() == null || u.name().isBlank()))) {
                continue;
            }
            String name = AttachedFile.cleanName(u.name());
            if (u.content() == null || u.size() > maxFileBytes) {
                throw refused("declarations.file.size", name, String.valueOf(maxFileMb()));
            }
            AttachedFile file;
            try {
                file = AttachedFile.check(u.name(), u.content(), maxFileBytes);
            } catch (AttachedFile.Refused e) {
                throw refused("declarations.file." + e.reason(), e.fileName(), String.valueOf(maxFileMb()));
            }
            if (!SCANS.contains(file.type())) {
                throw refused("declarations.file.type", file.name());
            }
            checked.add(file);
        }
        if (already + checked.size() > maxFiles) {
            throw refused("declarations.file.tooMany", String.valueOf(maxFiles));
        }
        return checked;
    }

    /**
     * Files a declaration (or its correction) together with the scans of its original: all or
     * nothing — a refused file leaves no declaration, and a refused declaration no file.
     */
    long submit(CurrentUser user, long obligationId, DeclarationContent content, List<Upload> uploads) {
        List<AttachedFile> scans = check(uploads, 0);
        long id = declarations.submit(user, obligationId, content);
        store(declaration(id), scans, user.username());
        return id;
    }

    /** Attaches scans to the current version of a declaration. */
    void attach(CurrentUser user, long declarationId, List<Upload> uploads) {
        Declaration d = declaration(declarationId);
        Declarations.requireAccess(organizations, user, d.employeeId(), d.organizationId());
        // the row lock orders this with a correction filed at the same time and with other uploads
        boolean current = jdbc.sql("select is_current from declaration where id = ? for update")
                .param(declarationId)
                .query(Boolean.class)
                .single();
        if (!current) {
            throw refused("declarations.file.notCurrent");
        }
        List<AttachedFile> scans = check(uploads, count(declarationId));
        if (scans.isEmpty()) {
            throw refused("declarations.file.none");
        }
        store(d, scans, user.username());
    }

    /** The scans of one version, names opened; for those who read the declaration. */
    @Transactional(readOnly = true)
    List<Info> list(CurrentUser user, long declarationId) {
        Declaration d = declaration(declarationId);
        Declarations.requireAccess(organizations, user, d.employeeId(), d.organizationId());
        byte[] key = keys.dataKey(d.id(), d.dataKey());
        try {
            return jdbc.sql("""
                    select id, name, content_type, size, uploaded_at, uploaded_by from declaration_file
                    where declaration_id = ? order by id""")
                    .param(declarationId)
                    .query((rs, n) -> new Info(
                            rs.getLong(1),
                            openName(key, declarationId, rs.getLong(1), rs.getBytes(2)),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getTimestamp(5).toInstant(),
                            rs.getString(6)))
                    .list();
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** One scan for download; the read is logged. */
    Content download(CurrentUser user, long declarationId, long fileId) {
        Declaration d = declaration(declarationId);
        Declarations.requireAccess(organizations, user, d.employeeId(), d.organizationId());
        Object[] row = jdbc.sql(
                        "select name, content_type, content from declaration_file where id = ? and declaration_id = ?")
                .params(fileId, declarationId)
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getString(2), rs.getBytes(3)})
                .optional()
                .orElseThrow(() -> new DeclarationNotFound(fileId));
        byte[] key = keys.dataKey(d.id(), d.dataKey());
        try {
            Content content = new Content(
                    openName(key, declarationId, fileId, (byte[]) row[0]),
                    (String) row[1],
                    Sealing.open(key, (byte[]) row[2], contentContext(declarationId, fileId)));
            accessLog.record(AccessAction.READ, SUBJECT, declarationId, d.organizationId(), "file " + fileId);
            return content;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private void store(Declaration d, List<AttachedFile> scans, String actor) {
        if (scans.isEmpty()) {
            return;
        }
        byte[] key = keys.dataKey(d.id(), d.dataKey());
        try {
            for (AttachedFile f : scans) {
                long fileId = jdbc.sql("select nextval(pg_get_serial_sequence('declaration_file', 'id'))")
                        .query(Long.class)
                        .single();
                jdbc.sql("""
                        insert into declaration_file (id, declaration_id, name, content_type, size, content, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                fileId,
                                d.id(),
                                Sealing.seal(
                                        key, f.name().getBytes(StandardCharsets.UTF_8), nameContext(d.id(), fileId)),
                                f.type().contentType(),
                                f.content().length,
                                Sealing.seal(key, f.content(), contentContext(d.id(), fileId)),
                                actor)
                        .update();
                accessLog.record(AccessAction.CREATE, SUBJECT, d.id(), d.organizationId(), "file " + fileId);
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private Declaration declaration(long id) {
        return jdbc.sql("select id, employee_id, organization_id, data_key from declaration where id = ?")
                .param(id)
                .query((rs, n) -> new Declaration(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBytes(4)))
                .optional()
                .orElseThrow(() -> new DeclarationNotFound(id));
    }

    private int count(long declarationId) {
        return jdbc.sql("select count(*) from declaration_file where declaration_id = ?")
                .param(declarationId)
                .query(Integer.class)
                .single();
    }

    private static String openName(byte[] key, long declarationId, long fileId, byte[] sealed) {
        return new String(Sealing.open(key, sealed, nameContext(declarationId, fileId)), StandardCharsets.UTF_8);
    }

    private static String nameContext(long declarationId, long fileId) {
        return "declaration-file-name:" + declarationId + ":" + fileId;
    }

    private static String contentContext(long declarationId, long fileId) {
        return "declaration-file:" + declarationId + ":" + fileId;
    }

    private static DeclarationException refused(String key, String... args) {
        return new DeclarationException(List.of(Problem.of(FIELD, key, args)));
    }
}
