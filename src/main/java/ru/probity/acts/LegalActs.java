package ru.probity.acts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.DocumentText;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.UploadLimits;
import ru.probity.portal.PublicationLog;

/**
 * The register of acts and documents: requisites, versions with files and their text, full-text
 * search in Russian (PostgreSQL's {@code russian} configuration, so any form of a word finds the
 * others). An act kept by an organization is seen by its subtree and by its ancestors; officers
 * and the regional administrator keep the register.
 */
@Service
@Transactional
public class LegalActs {

    private final LegalActStore store;
    private final Organizations organizations;
    private final Distributions distributions;
    private final UploadLimits limits;
    private final PublicActStore publicActs;
    private final PublicationLog publicationLog;

    LegalActs(
            LegalActStore store,
            Organizations organizations,
            Distributions distributions,
            UploadLimits limits,
            PublicActStore publicActs,
            PublicationLog publicationLog) {
        this.publicActs = publicActs;
        this.publicationLog = publicationLog;
        this.store = store;
        this.organizations = organizations;
        this.distributions = distributions;
        this.limits = limits;
    }

    /** A line of the register. */
    public record Item(
            long id,
            ActKind kind,
            String number,
            LocalDate adoptedOn,
            String title,
            String issuer,
            ActStatus status,
            String organization,
            int versions,
            String snippet) {}

    @Transactional(readOnly = true)
    public List<Item> search(CurrentUser user, String query, ActKind kind, int limit) {
        return store.search(user.organizationId(), query == null ? "" : query.strip(), kind, limit);
    }

    @Transactional(readOnly = true)
    public LegalAct get(CurrentUser user, long id) {
        return find(user, id).orElseThrow(() -> new NotFound("act", id));
    }

    @Transactional(readOnly = true)
    public Optional<LegalAct> find(CurrentUser user, long id) {
        return store.find(user.organizationId(), id);
    }

    @Transactional(readOnly = true)
    public List<ActVersion> versions(CurrentUser user, long actId) {
        get(user, actId);
        return store.versions(actId);
    }

    /** The newest version, if the act has a file yet. */
    @Transactional(readOnly = true)
    public Optional<ActVersion> latest(CurrentUser user, long actId) {
        return versions(user, actId).stream().findFirst();
    }

    /** The file of a version as uploaded. */
    @Transactional(readOnly = true)
    public byte[] file(CurrentUser user, ActVersion version) {
        get(user, version.actId());
        return store.content(version.id());
    }

    @Transactional(readOnly = true)
    public ActVersion version(CurrentUser user, long versionId) {
        ActVersion version = store.version(versionId).orElseThrow(() -> new NotFound("act version", versionId));
        get(user, version.actId());
        return version;
    }

    /** The text of a version as extracted from its file. */
    @Transactional(readOnly = true)
    public String text(CurrentUser user, ActVersion version) {
        get(user, version.actId());
        return store.text(version.id());
    }

    /** Registers an act kept by the user's organization; returns its id, or refuses the wrong fields. */
    public long create(CurrentUser user, ActForm form) {
        requireKeeper(user);
        Map<String, String> errors = form.validate();
        checkReplaces(user, form, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        long id = store.insert(user.organizationId(), form, user.username());
        repealReplaced(user, form);
        return id;
    }

    public void update(CurrentUser user, long id, ActForm form) {
        requireOwnKeeper(user, id);
        Map<String, String> errors = form.validate();
        checkReplaces(user, form, errors);
        if (form.getReplacesId() != null && form.getReplacesId() == id) {
            errors.put("replacesId", "acts.error.replacesItself");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        store.update(id, form, user.username());
        repealReplaced(user, form);
        if (form.getStatus() == ActStatus.DRAFT && publicActs.mark(id).isPresent()) {
            // a draft is not an act of the public section: taken off (drafts go to the expertise)
            publicActs.setPublic(id, false, user.username());
            logPublic(user, id, PublicationLog.Action.WITHDRAWN);
            return;
        }
        logIfPublic(user, id, PublicationLog.Action.UPDATED);
    }

    /** The act a new one replaces is no longer in force. */
    private void repealReplaced(CurrentUser user, ActForm form) {
        if (form.getReplacesId() != null) {
            store.setStatus(form.getReplacesId(), ActStatus.REPEALED, user.username());
        }
    }

    /** Refuses a file of an act over {@code probity.uploads.act-file} before it is read into memory. */
    public void checkSize(String fileName, long size) {
        if (size > limits.actFile().toBytes()) {
            throw Refusal.invalid("acts.error.fileTooLarge", fileName, UploadLimits.size(limits.actFile()));
        }
    }

    /**
     * Adds a version from an uploaded file (DOCX, PDF with text, TXT); when {@code askAgain}, every
     * audience that was asked to acknowledge an earlier version is asked again for this one.
     * Returns the new version. A file that cannot be taken is refused with the reason in Russian.
     */
    public ActVersion addVersion(
            CurrentUser user, long actId, String fileName, byte[] content, String note, boolean askAgain) {
        checkSize(fileName, content.length);
        requireOwnKeeper(user, actId);
        DocumentText.Extracted extracted;
        try {
            extracted = DocumentText.extract(fileName, content, limits);
        } catch (DocumentText.UnreadableFile e) {
            throw Refusal.invalid(e.getMessage());
        }
        if (publicActs.mark(actId).isPresent()) {
            requireInert(fileName, content);
        }
        long id = store.insertVersion(
                actId,
                fileName,
                extracted.contentType(),
                content,
                extracted.text(),
                DocumentText.sha256(content),
                RussianFormats.blankToNull(note),
                user.username());
        ActVersion version = version(user, id);
        logIfPublic(user, actId, PublicationLog.Action.UPDATED);
        if (askAgain) {
            distributions.askAgain(user, version);
        }
        return version;
    }

    /** Sets the quiz an employee passes before acknowledging ({@code []} for none). */
    public void setQuiz(CurrentUser user, long actId, List<LegalAct.QuizQuestion> quiz, int passPercent) {
        requireOwnKeeper(user, actId);
        for (LegalAct.QuizQuestion q : quiz) {
            if (q.question().isBlank()
                    || q.options().size() < 2
                    || q.correct() < 0
                    || q.correct() >= q.options().size()) {
                throw Refusal.invalidFields(Map.of("quiz", "acts.error.quiz"));
            }
        }
        store.setQuiz(actId, quiz, Math.max(1, Math.min(100, passPercent)), user.username());
    }

    /**
     * Makes the act part of the mandatory package of its organization (every employee hired or
     * appointed from today on is asked to acknowledge it within {@code termDays}), or takes it out.
     */
    public void setMandatory(CurrentUser user, long actId, boolean mandatory, int termDays) {
        requireOwnKeeper(user, actId);
        store.setMandatory(actId, mandatory, Math.max(1, Math.min(365, termDays)), user.username());
    }

    /** When and by whom the act was marked public (empty: it is not on the public section). */
    @Transactional(readOnly = true)
    public Optional<PublicMark> publicMark(CurrentUser user, long actId) {
        get(user, actId);
        return publicActs.mark(actId).map(m -> new PublicMark(m.at(), m.by()));
    }

    /** The act's mark «public»: when and by whom (full name). */
    public record PublicMark(java.time.Instant at, String by) {}

    /**
     * Marks the act public on its keeper's public section «Противодействие коррупции» (Приказ
     * Минтруда №530н: the acts in the field of combating corruption), with every version's file, or
     * withdraws it: an officer of the keeping organization or of one above. Recorded in the
     * publication log.
     */
    public void setPublic(CurrentUser user, long actId, boolean published) {
        requireOwnKeeper(user, actId);
        LegalAct act = get(user, actId);
        boolean was = publicActs.mark(actId).isPresent();
        if (was == published) {
            return;
        }
        if (published && act.status() == ActStatus.DRAFT) {
            throw Refusal.conflict("acts.public.error.draft");
        }
        if (published && store.versions(actId).isEmpty()) {
            throw Refusal.conflict("acts.public.error.noVersion");
        }
        if (published) {
            for (ActVersion v : store.versions(actId)) {
                requireInert(v.fileName(), publicActs.content(v.id()));
            }
        }
        publicActs.setPublic(actId, published, user.username());
        publicationLog.record(
                act.organizationId(),
                PublicActs.SECTION,
                PublicActs.path(act.organizationId(), actId),
                act.title(),
                published ? PublicationLog.Action.PUBLISHED : PublicationLog.Action.WITHDRAWN,
                user.username());
    }

    /** The reasons of {@link AttachedFile#checkInert} that are active content (not the size or type). */
    private static final java.util.Set<String> ACTIVE =
            java.util.Set.of("script", "appended", "notDocx", "macro", "external", "unchecked");

    /**
     * A file of a public act is downloaded by anyone: a PDF or DOCX with active content (scripts,
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
                throw Refusal.conflict("acts.public.error.active", fileName);
            }
        }
    }

    /** Records the change of a public act in the publication log; nothing for an act not public. */
    private void logIfPublic(CurrentUser user, long actId, PublicationLog.Action action) {
        if (publicActs.mark(actId).isEmpty()) {
            return;
        }
        logPublic(user, actId, action);
    }

    private void logPublic(CurrentUser user, long actId, PublicationLog.Action action) {
        LegalAct act = get(user, actId);
        publicationLog.record(
                act.organizationId(),
                PublicActs.SECTION,
                PublicActs.path(act.organizationId(), actId),
                act.title(),
                action,
                user.username());
    }

    /** Acts the user may name as replaced: those he sees. */
    @Transactional(readOnly = true)
    public List<Item> choices(CurrentUser user) {
        return search(user, "", null, 500);
    }

    static void requireKeeper(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not keep the register of acts");
        }
    }

    /** Letters are the work of officers, heads and auditors, not of every employee. */
    static void requireKeeperOrReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not see letters");
        }
    }

    /**
     * Whether the user may change the act (its card, versions, quiz, the mandatory package): an
     * officer of the organization that keeps it or of one above — the rule {@link #update} and the
     * others enforce, and the act's page follows.
     */
    public boolean canChange(CurrentUser user, LegalAct act) {
        return user.role().managesRegistry() && organizations.isVisible(user, act.organizationId());
    }

    /** The act for its edit form: only for those who may change it ({@link #canChange}). */
    public LegalAct forEditing(CurrentUser user, long id) {
        requireOwnKeeper(user, id);
        return get(user, id);
    }

    /** Only the organization that keeps the act (or an officer above it) changes it. */
    private void requireOwnKeeper(CurrentUser user, long actId) {
        requireKeeper(user);
        LegalAct act = get(user, actId);
        if (!canChange(user, act)) {
            throw new AccessDeniedException("Act " + actId + " is kept above " + user.username() + "'s organization");
        }
    }

    private void checkReplaces(CurrentUser user, ActForm form, Map<String, String> errors) {
        if (form.getReplacesId() != null && find(user, form.getReplacesId()).isEmpty()) {
            errors.put("replacesId", "acts.error.replaces");
        }
    }
}
