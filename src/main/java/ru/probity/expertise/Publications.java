package ru.probity.expertise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.expertise.independent.PublicExpertiseTerms;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.portal.PublicationLog;

/**
 * The publication of drafts for independent and public expertise (172-ФЗ ст.5; ПП РФ №96 of
 * 26.02.2010): an officer of the draft's organization or above publishes one version of a draft for a
 * period of at least the setting's days, extends or withdraws it; the public pages show only the
 * publications open today, with that version's file.
 */
@Service
public class Publications {

    /**
     * Who publishes drafts and answers what is received — the one place of these roles: the legal
     * service that examines the drafts, the officer, the regional administrator, the head.
     */
    static final Set<Role> MANAGERS =
            EnumSet.of(Role.LEGAL_EXPERT, Role.ANTICORRUPTION_OFFICER, Role.REGIONAL_ADMIN, Role.ORGANIZATION_HEAD);

    /** Who reads the publications and what they received: the managers and the auditor. */
    static final Set<Role> READERS = EnumSet.of(
            Role.LEGAL_EXPERT, Role.ANTICORRUPTION_OFFICER, Role.REGIONAL_ADMIN, Role.ORGANIZATION_HEAD, Role.AUDITOR);

    private final DraftPublicationStore store;
    private final PublicExpertiseSettings settings;
    private final RegionTime regionTime;
    private final Messages messages;
    private final PublicationLog publicationLog;

    Publications(
            DraftPublicationStore store,
            PublicExpertiseSettings settings,
            RegionTime regionTime,
            Messages messages,
            PublicationLog publicationLog) {
        this.publicationLog = publicationLog;
        this.store = store;
        this.settings = settings;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    /** A publication as the officer's pages show it. */
    public record Publication(DraftPublicationStore.Row row, LocalDate today, String kindLabel) {

        public long id() {
            return row.id();
        }

        public boolean open() {
            return PublicExpertiseTerms.open(today, row.startsOn(), row.endsOn(), row.withdrawn());
        }

        public boolean upcoming() {
            return !row.withdrawn() && today.isBefore(row.startsOn());
        }

        public boolean ended() {
            return !row.withdrawn() && today.isAfter(row.endsOn());
        }
    }

    /** A draft as the public pages show it. */
    public record PublicDraft(
            long id,
            String organizationName,
            String title,
            String kindLabel,
            LocalDate startsOn,
            LocalDate endsOn,
            String fileName,
            boolean open,
            LocalDateTime updatedAt) {}

    /** The register's kind of act in words (RESOLUTION → «Постановление»); the code when unknown. */
    String kindLabel(String kind) {
        if (kind == null || kind.isEmpty()) {
            return "";
        }
        String key = "expertise.kind." + kind;
        String label = messages.text(key);
        return key.equals(label) ? kind : label;
    }

    private Publication publication(DraftPublicationStore.Row row, LocalDate today) {
        return new Publication(row, today, kindLabel(row.kind()));
    }

    public static boolean canRead(CurrentUser user) {
        return READERS.contains(user.role());
    }

    public static boolean canManage(CurrentUser user) {
        return MANAGERS.contains(user.role());
    }

    static CurrentUser reader() {
        CurrentUser user = CurrentUser.get();
        if (!canRead(user)) {
            throw new AccessDeniedException("expertise publications: role " + user.role());
        }
        return user;
    }

    static CurrentUser manager() {
        CurrentUser user = CurrentUser.get();
        if (!canManage(user)) {
            throw new AccessDeniedException("expertise publications: role " + user.role());
        }
        return user;
    }

    /** The shortest period, in days (the setting). */
    public int minimumDays() {
        return settings.publicPeriodDays();
    }

    @Transactional(readOnly = true)
    public List<Publication> list() {
        CurrentUser user = reader();
        LocalDate today = regionTime.today();
        return store.list(user.organizationId()).stream()
                .map(r -> publication(r, today))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Publication> ofDocument(long documentId) {
        CurrentUser user = reader();
        LocalDate today = regionTime.today();
        return store.ofDocument(user.organizationId(), documentId).stream()
                .map(r -> publication(r, today))
                .toList();
    }

    @Transactional(readOnly = true)
    public Publication view(long id) {
        CurrentUser user = reader();
        return publication(
                store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("publication", id)),
                regionTime.today());
    }

    /** The versions of the subtree's drafts an officer may publish. */
    @Transactional(readOnly = true)
    public List<DraftPublicationStore.DraftVersion> draftVersions() {
        CurrentUser user = manager();
        return store.draftVersions(user.organizationId());
    }

    /** Publishes a version of a draft of the subtree for the period; the publication's id. */
    @Transactional
    public long publish(Long documentId, Long versionId, LocalDate startsOn, LocalDate endsOn) {
        CurrentUser user = manager();
        if (versionId == null) {
            throw Refusal.invalidFields(java.util.Map.of("versionId", "expertise.publication.error.version"));
        }
        long document = documentId != null ? documentId : store.documentOfVersionOrZero(versionId);
        var doc = store.document(user.organizationId(), document).orElseThrow(() -> new NotFound("document", document));
        if (!"DRAFT".equals(doc.subject())) {
            throw Refusal.conflict("expertise.publication.error.notDraft");
        }
        if (!store.versionOf(document, versionId)) {
            throw Refusal.invalidFields(java.util.Map.of("versionId", "expertise.publication.error.version"));
        }
        checkPeriod(startsOn, endsOn);
        if (startsOn.isBefore(regionTime.today())) {
            throw Refusal.invalid("expertise.publication.error.past");
        }
        long id = store.insert(document, versionId, startsOn, endsOn, user.username());
        log(doc.organizationId(), id, doc.title(), PublicationLog.Action.PUBLISHED, user);
        return id;
    }

    /** The publication log of the public section: the draft's page is {@code /public/expertise/{id}}. */
    private void log(long organizationId, long id, String title, PublicationLog.Action action, CurrentUser user) {
        publicationLog.record(
                organizationId, ExpertisePublicSection.SECTION, publicPath(id), title, action, user.username());
    }

    /** The public page of a published draft, with its forms. */
    static String publicPath(long id) {
        return "/public/expertise/" + id;
    }

    private void checkPeriod(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || endsOn == null) {
            throw Refusal.invalid("expertise.publication.error.dates");
        }
        if (!PublicExpertiseTerms.longEnough(startsOn, endsOn, settings.publicPeriodDays())) {
            throw Refusal.invalid(
                    "expertise.publication.error.tooShort",
                    PublicExpertiseTerms.days(startsOn, endsOn),
                    settings.publicPeriodDays());
        }
    }

    /** Moves the last day later; the period stays at least the setting's days. */
    @Transactional
    public void extend(long id, LocalDate endsOn) {
        CurrentUser user = manager();
        Publication p = view(id);
        if (p.row().withdrawn()) {
            throw Refusal.conflict("expertise.publication.error.withdrawn");
        }
        if (endsOn == null || !endsOn.isAfter(p.row().endsOn())) {
            throw Refusal.invalid("expertise.publication.error.extendLater");
        }
        checkPeriod(p.row().startsOn(), endsOn);
        store.extend(id, endsOn, user.username());
        log(p.row().organizationId(), id, p.row().title(), PublicationLog.Action.UPDATED, user);
    }

    /** Takes the publication off the public pages; nothing more is received. */
    @Transactional
    public void withdraw(long id) {
        CurrentUser user = manager();
        Publication p = view(id);
        if (p.row().withdrawn()) {
            throw Refusal.conflict("expertise.publication.error.withdrawn");
        }
        store.withdraw(id, user.username());
        log(p.row().organizationId(), id, p.row().title(), PublicationLog.Action.WITHDRAWN, user);
    }

    // --- the public pages: no user

    private PublicDraft publicDraft(DraftPublicationStore.Row r, LocalDate today) {
        return new PublicDraft(
                r.id(),
                r.organizationName(),
                r.title(),
                kindLabel(r.kind()),
                r.startsOn(),
                r.endsOn(),
                r.fileName(),
                PublicExpertiseTerms.open(today, r.startsOn(), r.endsOn(), r.withdrawn()),
                r.updatedAt());
    }

    /** The drafts open for expertise today. */
    @Transactional(readOnly = true)
    public List<PublicDraft> openDrafts() {
        LocalDate today = regionTime.today();
        return store.open(today).stream().map(r -> publicDraft(r, today)).toList();
    }

    /** The drafts of the organization's subtree open for expertise today. */
    @Transactional(readOnly = true)
    public List<PublicDraft> openDrafts(long organizationId) {
        LocalDate today = regionTime.today();
        return store.openIn(organizationId, today).stream()
                .map(r -> publicDraft(r, today))
                .toList();
    }

    /** The figures of the public expertise of the organization's subtree (the withdrawn not counted). */
    @Transactional(readOnly = true)
    DraftPublicationStore.Figures figures(long organizationId) {
        return store.figures(organizationId, regionTime.today());
    }

    /** The subtree's drafts open today whose titles match the words. */
    @Transactional(readOnly = true)
    List<PublicDraft> searchOpen(long organizationId, String query, int limit) {
        LocalDate today = regionTime.today();
        return store.searchOpen(organizationId, today, query, limit).stream()
                .map(r -> publicDraft(r, today))
                .toList();
    }

    /** A published draft that has begun (open, or closed after its last day); 404 otherwise. */
    @Transactional(readOnly = true)
    public PublicDraft publicDraft(long id) {
        LocalDate today = regionTime.today();
        return store.findPublic(id, today)
                .map(r -> publicDraft(r, today))
                .orElseThrow(() -> new NotFound("publication", id));
    }

    /** The published version's file, only while the draft is open. */
    @Transactional(readOnly = true)
    public DraftPublicationStore.File publicFile(long id) {
        if (!publicDraft(id).open()) {
            throw new NotFound("publication", id);
        }
        return store.file(id).orElseThrow(() -> new NotFound("publication", id));
    }

    /** The organization of an open publication's draft, for registering what it receives. */
    DraftPublicationStore.Row openRow(long id) {
        LocalDate today = regionTime.today();
        var row = store.findPublic(id, today).orElseThrow(() -> new NotFound("publication", id));
        if (!PublicExpertiseTerms.open(today, row.startsOn(), row.endsOn(), row.withdrawn())) {
            throw Refusal.conflict(
                    "expertise.public.error.closed", ru.probity.platform.RussianFormats.date(row.endsOn()));
        }
        return row;
    }
}
