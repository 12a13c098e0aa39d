package ru.probity.materials;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.acts.ActForm;
import ru.probity.acts.ActStatus;
import ru.probity.acts.ActVersion;
import ru.probity.acts.LegalAct;
import ru.probity.acts.LegalActs;
import ru.probity.acts.Letters;
import ru.probity.materials.model.Tags;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.DocumentText;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.UploadLimits;
import ru.probity.portal.PublicationLog;

/**
 * The library of methodological materials. Everyone with a role but the employee and the custodian
 * reads the published materials kept in his organization, above it and below it; the regional
 * administrator and the officers keep the materials of their own subtree — create, add versions,
 * publish, take back to draft, send by letter. A material is sent as a document of the acts
 * register: its newest version registered (once) as the newest version of the material's document,
 * which {@link Letters#send} sends with receipt; the material keeps the letters and shows their
 * receipts.
 */
@Service
@Transactional
public class Materials {

    private final LibraryStore store;
    private final Organizations organizations;
    private final LegalActs acts;
    private final Letters letters;
    private final UploadLimits limits;
    private final MaterialSettings settings;
    private final PublicMaterialStore site;
    private final PublicationLog publicationLog;

    Materials(
            LibraryStore store,
            Organizations organizations,
            LegalActs acts,
            Letters letters,
            UploadLimits limits,
            MaterialSettings settings,
            PublicMaterialStore site,
            PublicationLog publicationLog) {
        this.site = site;
        this.publicationLog = publicationLog;
        this.store = store;
        this.organizations = organizations;
        this.acts = acts;
        this.letters = letters;
        this.limits = limits;
        this.settings = settings;
    }

    /** A line of the library. */
    public record Item(
            long id,
            MaterialKind kind,
            String title,
            String description,
            List<String> tags,
            boolean published,
            String organization,
            int versions,
            Instant updatedAt,
            String snippet,
            double rank) {}

    /** A tag of the cloud: how many materials the user sees with it. */
    public record TagCount(String tag, int materials) {}

    /** A letter that sent the material, with the number of the version it sent. */
    public record SentVersion(long letterId, int versionNumber) {}

    /** A letter that sent the material, with its receipts. */
    public record SentLetter(int versionNumber, Letters.Summary letter) {}

    /** Reads the library: every role but the employee and the custodian. */
    public boolean canRead(CurrentUser user) {
        return user.role() != Role.EMPLOYEE && user.role() != Role.CUSTODIAN;
    }

    /** Adds materials (to his own organization): the regional administrator and the officers. */
    public boolean canCreate(CurrentUser user) {
        return user.role().managesRegistry();
    }

    /**
     * Changes, publishes and sends the material: an officer (or the regional administrator) of the
     * organization that keeps it or of one above — the rule every change enforces and the page follows.
     */
    public boolean canChange(CurrentUser user, Material material) {
        return user.role().managesRegistry() && organizations.isVisible(user, material.organizationId());
    }

    private void requireReader(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not read the materials");
        }
    }

    @Transactional(readOnly = true)
    public List<Item> search(CurrentUser user, String query, MaterialKind kind, String tag, int limit) {
        requireReader(user);
        String q = query == null ? "" : query.strip();
        String t = tag == null || tag.isBlank() ? null : tag.strip();
        return store.search(user.organizationId(), canCreate(user), q, kind, t, limit);
    }

    @Transactional(readOnly = true)
    public List<TagCount> tags(CurrentUser user) {
        requireReader(user);
        return store.tags(user.organizationId(), canCreate(user));
    }

    @Transactional(readOnly = true)
    public Material get(CurrentUser user, long id) {
        requireReader(user);
        return store.find(user.organizationId(), canCreate(user), id).orElseThrow(() -> new NotFound("material", id));
    }

    @Transactional(readOnly = true)
    public List<MaterialVersion> versions(CurrentUser user, long materialId) {
        get(user, materialId);
        return store.versions(materialId);
    }

    @Transactional(readOnly = true)
    public MaterialVersion version(CurrentUser user, long versionId) {
        MaterialVersion v = store.version(versionId).orElseThrow(() -> new NotFound("material version", versionId));
        get(user, v.materialId());
        return v;
    }

    @Transactional(readOnly = true)
    public byte[] file(CurrentUser user, MaterialVersion version) {
        get(user, version.materialId());
        return store.content(version.id());
    }

    /** Adds a material kept by the user's organization, as a draft; returns its id. */
    public long create(CurrentUser user, MaterialForm form) {
        if (!canCreate(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not add materials");
        }
        check(form);
        return store.insert(
                user.organizationId(),
                form,
                Tags.parse(form.tags()),
                RussianFormats.blankToNull(form.description()),
                user.username());
    }

    public void update(CurrentUser user, long id, MaterialForm form) {
        requireChange(user, id);
        check(form);
        store.update(
                id, form, Tags.parse(form.tags()), RussianFormats.blankToNull(form.description()), user.username());
        if (site.mark(id).isPresent()) {
            logSite(get(user, id), PublicationLog.Action.UPDATED, user);
        }
    }

    /** The material for its edit form: only for those who may change it. */
    public Material forEditing(CurrentUser user, long id) {
        return requireChange(user, id);
    }

    /**
     * Publishes the material (it needs a file) or takes it back to a draft; a draft is taken off the
     * website too.
     */
    public void publish(CurrentUser user, long id, boolean published) {
        Material material = requireChange(user, id);
        if (published && store.versions(id).isEmpty()) {
            throw Refusal.conflict("materials.error.noVersion");
        }
        store.setPublished(id, published, user.username());
        if (!published && site.mark(id).isPresent()) {
            site.setOnSite(id, false, user.username());
            logSite(material, PublicationLog.Action.WITHDRAWN, user);
        }
    }

    /** When and by whom (full name) the material was put on the website. */
    public record SiteMark(Instant at, String by) {}

    /** The material's mark «on the website», for its page; empty when it is not there. */
    @Transactional(readOnly = true)
    public Optional<SiteMark> siteMark(CurrentUser user, long id) {
        get(user, id);
        return site.mark(id);
    }

    /**
     * Puts the published material (with its newest version's file) on the public section
     * «Противодействие коррупции» of its organization and of those below it (Приказ Минтруда №530н,
     * «Методические материалы»), or takes it off: those who may change it. Recorded in the
     * publication log.
     */
    public void setOnSite(CurrentUser user, long id, boolean onSite) {
        Material material = requireChange(user, id);
        if (site.mark(id).isPresent() == onSite) {
            return;
        }
        if (onSite && !material.published()) {
            throw Refusal.conflict("materials.site.error.draft");
        }
        if (onSite && store.versions(id).isEmpty()) {
            throw Refusal.conflict("materials.error.noVersion");
        }
        if (onSite) {
            site.newestFile(id).ifPresent(f -> requireInert(f.name(), f.content()));
        }
        site.setOnSite(id, onSite, user.username());
        logSite(material, onSite ? PublicationLog.Action.PUBLISHED : PublicationLog.Action.WITHDRAWN, user);
    }

    /** The reasons of {@link AttachedFile#checkInert} that are active content (not the size or type). */
    private static final java.util.Set<String> ACTIVE =
            java.util.Set.of("script", "appended", "notDocx", "macro", "external", "unchecked");

    /**
     * The file on the website is downloaded by anyone: a PDF or DOCX with active content (scripts,
     * auto-run actions, embedded or appended files, macros, external relationships) is refused.
     */
    private static void requireInert(String fileName, byte[] content) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".pdf") && !name.endsWith(".docx")) {
            return;
        }
        try {
            AttachedFile.checkInert(fileName, content, Long.MAX_VALUE);
        } catch (AttachedFile.Refused e) {
            if (ACTIVE.contains(e.reason())) {
                throw Refusal.conflict("materials.site.error.active", fileName);
            }
        }
    }

    private void logSite(Material material, PublicationLog.Action action, CurrentUser user) {
        publicationLog.record(
                material.organizationId(),
                PublicMaterials.SECTION,
                PublicMaterials.path(material.organizationId(), material.id()),
                material.title(),
                action,
                user.username());
    }

    /** Refuses a file over {@code probity.uploads.act-file} before it is read into memory. */
    public void checkSize(String fileName, long size) {
        if (size > limits.actFile().toBytes()) {
            throw Refusal.invalid("materials.error.fileTooLarge", fileName, UploadLimits.size(limits.actFile()));
        }
    }

    /** Adds a version from an uploaded file (DOCX, PDF with text, ODT, RTF, TXT); returns it. */
    public MaterialVersion addVersion(CurrentUser user, long materialId, String fileName, byte[] content, String note) {
        checkSize(fileName, content.length);
        requireChange(user, materialId);
        String name =
                fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            throw Refusal.invalid("materials.error.noFile");
        }
        AttachedFile.requireRoom(store.versions(materialId).size(), settings.maxVersions());
        DocumentText.Extracted extracted;
        try {
            extracted = DocumentText.extract(name, content, limits);
        } catch (DocumentText.UnreadableFile e) {
            throw Refusal.invalid(e.getMessage());
        }
        if (site.mark(materialId).isPresent()) {
            requireInert(name, content);
        }
        long id = store.insertVersion(
                materialId,
                name,
                extracted.contentType(),
                content,
                extracted.text(),
                DocumentText.sha256(content),
                RussianFormats.blankToNull(note),
                user.username());
        if (site.mark(materialId).isPresent()) {
            logSite(get(user, materialId), PublicationLog.Action.UPDATED, user);
        }
        return store.version(id).orElseThrow();
    }

    /**
     * Sends the published material's newest version as a letter with receipt: registers it in the
     * acts register as the newest version of the material's document (the document created on the
     * first letter, kept by the user's organization) unless it already is, then sends the document by
     * {@link Letters#send}. Returns the letter's id.
     */
    public long send(
            CurrentUser user,
            long materialId,
            Letters.Recipients recipients,
            List<Long> chosen,
            LocalDate dueOn,
            boolean answerRequested,
            String note) {
        Material material = requireChange(user, materialId);
        if (!material.published()) {
            throw Refusal.conflict("materials.error.sendDraft");
        }
        MaterialVersion version = store.versions(materialId).stream()
                .findFirst()
                .orElseThrow(() -> Refusal.conflict("materials.error.noVersion"));
        Long actId = material.actId();
        if (actId != null) {
            Optional<LegalAct> act = acts.find(user, actId);
            if (act.isEmpty() || !acts.canChange(user, act.get())) {
                actId = null;
            }
        }
        if (actId == null) {
            ActForm form = new ActForm();
            form.setKind(material.kind().actKind());
            form.setTitle(material.title());
            form.setIssuer(material.organization());
            form.setStatus(ActStatus.IN_FORCE);
            form.setTags(String.join(", ", material.tags()));
            actId = acts.create(user, form);
            store.setAct(materialId, actId);
        }
        Optional<ActVersion> latest = acts.latest(user, actId);
        if (version.actVersionId() == null || latest.isEmpty() || latest.get().id() != version.actVersionId()) {
            ActVersion registered = acts.addVersion(
                    user, actId, version.fileName(), store.content(version.id()), version.note(), false);
            store.setActVersion(version.id(), registered.id());
        }
        long letterId = letters.send(user, actId, recipients, chosen, dueOn, answerRequested, note);
        store.insertLetter(materialId, version.id(), letterId, user.username());
        return letterId;
    }

    /**
     * The letters that sent the material with their receipts, for those who keep it (the sender's
     * side sees every recipient's receipt); none for the readers.
     */
    @Transactional(readOnly = true)
    public List<SentLetter> letters(CurrentUser user, long materialId) {
        Material material = get(user, materialId);
        if (!canChange(user, material)) {
            return List.of();
        }
        List<SentVersion> sent = store.letters(materialId);
        if (sent.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = sent.stream().map(SentVersion::letterId).collect(Collectors.toSet());
        Map<Long, Letters.Summary> summaries =
                letters.sent(user, ids).stream().collect(Collectors.toMap(Letters.Summary::id, s -> s));
        return sent.stream()
                .filter(s -> summaries.containsKey(s.letterId()))
                .map(s -> new SentLetter(s.versionNumber(), summaries.get(s.letterId())))
                .toList();
    }

    private Material requireChange(CurrentUser user, long id) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not change materials");
        }
        Material material = get(user, id);
        if (!canChange(user, material)) {
            throw new AccessDeniedException("Material " + id + " is kept above " + user.username() + "'s organization");
        }
        return material;
    }

    private static void check(MaterialForm form) {
        Map<String, String> errors = form.validate();
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
    }
}
