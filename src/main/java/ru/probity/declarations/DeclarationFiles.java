package ru.probity.declarations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
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

    private final DeclarationFileStore store;
    private final DeclarationStore declarationStore;
    private final Declarations declarations;
    private final DeclarationKeys keys;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final long maxFileBytes;
    private final int maxFiles;

    DeclarationFiles(
            DeclarationFileStore store,
            DeclarationStore declarationStore,
            Declarations declarations,
            DeclarationKeys keys,
            Organizations organizations,
            AccessLog accessLog,
            DeclarationSettings settings) {
        this.store = store;
        this.declarationStore = declarationStore;
        this.declarations = declarations;
        this.keys = keys;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.maxFileBytes = settings.maxFileBytes();
        this.maxFiles = settings.maxFiles();
    }

    /** A scan as the declaration page lists it. */
    record Info(long id, String name, String contentType, int size, Instant uploadedAt, String uploadedBy) {}

    /** A scan opened for download. */
    record Content(String name, String contentType, byte[] bytes) {}

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
    List<AttachedFile> check(List<ScanUpload> uploads, int already) {
        List<AttachedFile> checked = new ArrayList<>();
        for (ScanUpload u : uploads == null ? List.<ScanUpload>of() : uploads) {
            if (u == null || (u.size() == 0 && (u.name() == null || u.name().isBlank()))) {
                continue;
            }
            String name = AttachedFile.cleanName(u.name());
            if (u.content() == null || u.size() > maxFileBytes) {
                throw Refusal.invalid("declarations.file.size", name, String.valueOf(maxFileMb()));
            }
            AttachedFile file;
            try {
                file = AttachedFile.check(u.name(), u.content(), maxFileBytes);
            } catch (AttachedFile.Refused e) {
                throw Refusal.invalid("declarations.file." + e.reason(), e.fileName(), String.valueOf(maxFileMb()));
            }
            if (!SCANS.contains(file.type())) {
                throw Refusal.invalid("declarations.file.type", file.name());
            }
            checked.add(file);
        }
        if (already + checked.size() > maxFiles) {
            throw Refusal.invalid("declarations.file.tooMany", String.valueOf(maxFiles));
        }
        return checked;
    }

    /**
     * Files a declaration (or its correction) together with the scans of its original: all or
     * nothing — a refused file leaves no declaration, and a refused declaration no file.
     */
    long submit(CurrentUser user, long obligationId, DeclarationContent content, List<ScanUpload> uploads) {
        List<AttachedFile> scans = check(uploads, 0);
        long id = declarations.submit(user, obligationId, content);
        store(declaration(id), scans, user.username());
        return id;
    }

    /**
     * Files a declaration imported from a «Справки БК» package with the package itself kept sealed
     * beside it as a file of the declaration: both or neither.
     */
    long submitPackage(
            CurrentUser user,
            long obligationId,
            DeclarationContent content,
            String fileName,
            String contentType,
            byte[] original) {
        long id = declarations.submitImported(user, obligationId, content);
        DeclarationStore.Keyed d = declaration(id);
        byte[] key = keys.dataKey(d.id(), d.dataKey());
        try {
            seal(d, key, AttachedFile.cleanName(fileName), contentType, original, sha256(original), user.username());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        return id;
    }

    /**
     * The current declaration of the obligation if it was imported from exactly this package (the
     * same file uploaded again); the user must be one who may file for the obligation.
     */
    Optional<Long> filedFrom(CurrentUser user, long obligationId, byte[] original) {
        declarations.obligation(user, obligationId);
        return store.filedFrom(obligationId, sha256(original));
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 in this JVM", e);
        }
    }

    /** Attaches scans to the current version of a declaration. */
    void attach(CurrentUser user, long declarationId, List<ScanUpload> uploads) {
        DeclarationStore.Keyed d = declaration(declarationId);
        declarations.requireAccess(user, d.employeeId(), d.organizationId());
        // the row lock orders this with a correction filed at the same time and with other uploads
        if (!declarationStore.lockCurrent(declarationId)) {
            throw Refusal.conflict("declarations.file.notCurrent");
        }
        List<AttachedFile> scans = check(uploads, store.count(declarationId));
        if (scans.isEmpty()) {
            throw Refusal.invalid("declarations.file.none");
        }
        store(d, scans, user.username());
    }

    /** The scans of one version, names opened; for those who read the declaration. */
    @Transactional(readOnly = true)
    List<Info> list(CurrentUser user, long declarationId) {
        DeclarationStore.Keyed d = declaration(declarationId);
        declarations.requireAccess(user, d.employeeId(), d.organizationId());
        byte[] key = keys.dataKey(d.id(), d.dataKey());
        try {
            return store.list(declarationId).stream()
                    .map(f -> new Info(
                            f.id(),
                            openName(key, declarationId, f.id(), f.name()),
                            f.contentType(),
                            f.size(),
                            f.uploadedAt(),
                            f.uploadedBy()))
                    .toList();
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** One scan for download; the read is logged. */
    Content download(CurrentUser user, long declarationId, long fileId) {
        DeclarationStore.Keyed d = declaration(declarationId);
        declarations.requireAccess(user, d.employeeId(), d.organizationId());
        DeclarationFileStore.Sealed file =
                store.find(fileId, declarationId).orElseThrow(() -> new NotFound("declaration file", fileId));
        byte[] key = keys.dataKey(d.id(), d.dataKey());
        try {
            Content content = new Content(
                    openName(key, declarationId, fileId, file.name()),
                    file.contentType(),
                    Sealing.open(key, file.content(), contentContext(declarationId, fileId)));
            accessLog.record(AccessAction.READ, SUBJECT, declarationId, d.organizationId(), "file " + fileId);
            return content;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private void store(DeclarationStore.Keyed d, List<AttachedFile> scans, String actor) {
        if (scans.isEmpty()) {
            return;
        }
        byte[] key = keys.dataKey(d.id(), d.dataKey());
        try {
            for (AttachedFile f : scans) {
                seal(d, key, f.name(), f.type().contentType(), f.content(), null, actor);
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private void seal(
            DeclarationStore.Keyed d,
            byte[] key,
            String name,
            String contentType,
            byte[] content,
            byte[] sha256,
            String actor) {
        long fileId = store.nextId();
        store.insert(
                fileId,
                d.id(),
                Sealing.seal(key, name.getBytes(StandardCharsets.UTF_8), nameContext(d.id(), fileId)),
                contentType,
                content.length,
                Sealing.seal(key, content, contentContext(d.id(), fileId)),
                sha256,
                actor);
        accessLog.record(AccessAction.CREATE, SUBJECT, d.id(), d.organizationId(), "file " + fileId);
    }

    private DeclarationStore.Keyed declaration(long id) {
        return declarationStore.keyed(id).orElseThrow(() -> new NotFound("declaration", id));
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
}
