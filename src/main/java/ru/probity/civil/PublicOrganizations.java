package ru.probity.civil;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.agreements.Agreement;
import ru.probity.agreements.Agreements;
import ru.probity.civil.model.ActivityKind;
import ru.probity.civil.model.EgrulStatus;
import ru.probity.identifiers.Identifiers;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicationLog;
import ru.probity.procurement.Registers;

/**
 * The registry of public organizations working with an organization of the tree, and their
 * activities with results and files (issue 21, item 3; 273-ФЗ ст.6 п.3, ст.7; 212-ФЗ ст.18).
 *
 * <p>Who may do what: the regional administrator and the anti-corruption officer keep the registry of
 * the organizations of their subtree; the auditor reads it. A record outside the user's subtree is
 * not found. Everything kept here is public except the representatives (shown to officers only): the
 * public pages read the active organizations of one owner through the {@code public…} methods, and
 * every change is written to the portal's publication log.
 */
@Service
@Transactional
public class PublicOrganizations {

    static final String SECTION = "civil";

    private final CivilStore store;
    private final Registers registers;
    private final Agreements agreements;
    private final PublicationLog publicationLog;
    private final CivilSettings settings;

    PublicOrganizations(
            CivilStore store,
            Registers registers,
            Agreements agreements,
            PublicationLog publicationLog,
            CivilSettings settings) {
        this.store = store;
        this.registers = registers;
        this.agreements = agreements;
        this.publicationLog = publicationLog;
        this.settings = settings;
    }

    /** The roles that see the registry: the regional administrator, the officer, the auditor. */
    public static boolean mayOpen(CurrentUser user) {
        return manages(user) || user.role() == Role.AUDITOR;
    }

    /** Keep the registry of their subtree: the regional administrator and the anti-corruption officer. */
    public static boolean manages(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN || user.role() == Role.ANTICORRUPTION_OFFICER;
    }

    static void requireOpen(CurrentUser user) {
        if (!mayOpen(user)) {
            throw new AccessDeniedException("Role " + user.role() + " has no registry of public organizations");
        }
    }

    static void requireManage(CurrentUser user) {
        if (!manages(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not keep the civil registry");
        }
    }

    // --- the registry

    @Transactional(readOnly = true)
    public List<CivilOrganization> list(CurrentUser user, String q) {
        requireOpen(user);
        return store.list(user.organizationId(), RussianFormats.blankToNull(q));
    }

    @Transactional(readOnly = true)
    public CivilOrganization get(CurrentUser user, long id) {
        requireOpen(user);
        return store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("public organization", id));
    }

    @Transactional(readOnly = true)
    public List<Representative> representatives(CurrentUser user, long id) {
        get(user, id);
        return store.representatives(id);
    }

    /** The agreements the user may link an organization to (those he sees in the register of agreements). */
    @Transactional(readOnly = true)
    public List<Agreement> linkableAgreements(CurrentUser user) {
        requireManage(user);
        if (!Agreements.mayOpen(user)) {
            return List.of();
        }
        return agreements.search(user, new Agreements.Filter(null, null, null, null));
    }

    /** What the form posts; {@code agreementId} an agreement of the register, {@code agreementText} any text. */
    public record OrganizationForm(
            Long ownerId,
            String name,
            String inn,
            String description,
            String address,
            String phone,
            String email,
            String website,
            Long agreementId,
            String agreementText) {

        public static OrganizationForm blank(long ownerId) {
            return new OrganizationForm(ownerId, null, null, null, null, null, null, null, null, null);
        }

        public static OrganizationForm of(CivilOrganization c) {
            return new OrganizationForm(
                    c.ownerId(),
                    c.name(),
                    c.inn(),
                    c.description(),
                    c.address(),
                    c.phone(),
                    c.email(),
                    c.website(),
                    c.agreementId(),
                    c.agreementText());
        }
    }

    /** The outcome of the ИНН check against the ЕГРЮЛ: its status and the name the register gives. */
    public record EgrulCheck(EgrulStatus status, String registeredName) {}

    /**
     * Checks an organization's ИНН: its check digit (refused in Russian when wrong) and the ЕГРЮЛ
     * loaded in procurement (found, terminated, not found, or not loaded — never refused: a young
     * organization may be missing from an old extract).
     */
    @Transactional(readOnly = true)
    public EgrulCheck checkInn(String inn) {
        String digits = Identifiers.digits(inn);
        if (digits == null) {
            throw Refusal.invalidFields(Map.of("inn", "civil.error.innMissing"));
        }
        Optional<String> problem = Identifiers.checkOrganizationInn(digits);
        if (problem.isPresent()) {
            throw Refusal.invalid("civil.error.inn", problem.get());
        }
        boolean loaded = registers.companiesLoaded();
        Optional<Registers.LegalEntity> found = loaded ? registers.legalEntity(digits) : Optional.empty();
        return new EgrulCheck(
                EgrulStatus.of(
                        loaded,
                        found.isPresent(),
                        found.map(Registers.LegalEntity::terminatedOn).orElse(null)),
                found.map(Registers.LegalEntity::fullName).orElse(null));
    }

    private CivilStore.Fields check(CurrentUser user, OrganizationForm form, Long id) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = RussianFormats.blankToNull(form.name());
        if (name == null) {
            errors.put("name", "civil.error.name");
        }
        if (form.ownerId() == null) {
            errors.put("ownerId", "civil.error.owner");
        }
        if (Identifiers.digits(form.inn()) == null) {
            errors.put("inn", "civil.error.innMissing");
        }
        String email = RussianFormats.blankToNull(form.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "civil.error.email");
        }
        String website = RussianFormats.blankToNull(form.website());
        if (website != null && !website.matches("(?i)https?://\\S+")) {
            errors.put("website", "civil.error.website");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        if (!store.inSubtree(user.organizationId(), form.ownerId())) {
            throw new NotFound("organization", form.ownerId());
        }
        EgrulCheck egrul = checkInn(form.inn());
        String inn = Identifiers.digits(form.inn());
        if (store.innTaken(form.ownerId(), inn, id)) {
            throw Refusal.conflict("civil.error.innTaken", inn);
        }
        String agreementText = RussianFormats.blankToNull(form.agreementText());
        if (form.agreementId() != null) {
            Agreement agreement = agreements.get(user, form.agreementId());
            if (agreementText == null) {
                agreementText = "№ " + agreement.number() + " от " + RussianFormats.date(agreement.signedOn()) + " — "
                        + agreement.subject();
            }
        }
        return new CivilStore.Fields(
                form.ownerId(),
                name,
                inn,
                egrul.status(),
                egrul.registeredName(),
                RussianFormats.blankToNull(form.description()),
                RussianFormats.blankToNull(form.address()),
                RussianFormats.blankToNull(form.phone()),
                email,
                website,
                form.agreementId(),
                agreementText);
    }

    private static String path(long owner, long id) {
        return "/public/" + owner + "/" + SECTION + "/" + id;
    }

    public long create(CurrentUser user, OrganizationForm form) {
        requireManage(user);
        CivilStore.Fields fields = check(user, form, null);
        long id = store.create(fields, user.username());
        publicationLog.record(
                fields.ownerId(),
                SECTION,
                path(fields.ownerId(), id),
                fields.name(),
                PublicationLog.Action.PUBLISHED,
                user.username());
        return id;
    }

    public void update(CurrentUser user, long id, OrganizationForm form) {
        requireManage(user);
        CivilOrganization before = get(user, id);
        CivilStore.Fields fields = check(user, form, id);
        store.update(id, fields, user.username());
        if (before.active()) {
            if (before.ownerId() != fields.ownerId()) {
                publicationLog.record(
                        before.ownerId(),
                        SECTION,
                        path(before.ownerId(), id),
                        before.name(),
                        PublicationLog.Action.WITHDRAWN,
                        user.username());
            }
            publicationLog.record(
                    fields.ownerId(),
                    SECTION,
                    path(fields.ownerId(), id),
                    fields.name(),
                    before.ownerId() != fields.ownerId()
                            ? PublicationLog.Action.PUBLISHED
                            : PublicationLog.Action.UPDATED,
                    user.username());
        }
    }

    /** Out of the registry (no longer working with the body) or back into it. */
    public void setActive(CurrentUser user, long id, boolean active) {
        requireManage(user);
        CivilOrganization c = get(user, id);
        if (c.active() == active) {
            return;
        }
        store.setActive(id, active, user.username());
        publicationLog.record(
                c.ownerId(),
                SECTION,
                path(c.ownerId(), id),
                c.name(),
                active ? PublicationLog.Action.PUBLISHED : PublicationLog.Action.WITHDRAWN,
                user.username());
    }

    public void addRepresentative(CurrentUser user, long id, String personName, String body) {
        requireManage(user);
        get(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = RussianFormats.blankToNull(personName);
        String clean = RussianFormats.blankToNull(body);
        if (name == null) {
            errors.put("personName", "civil.error.representative");
        }
        if (clean == null) {
            errors.put("body", "civil.error.body");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        store.addRepresentative(id, name, clean, user.username());
    }

    public void removeRepresentative(CurrentUser user, long id, long representativeId) {
        requireManage(user);
        get(user, id);
        if (store.removeRepresentative(id, representativeId) == 0) {
            throw new NotFound("representative", representativeId);
        }
    }

    // --- activities

    @Transactional(readOnly = true)
    public List<Activity> activities(CurrentUser user, long organizationId) {
        get(user, organizationId);
        return store.activities(organizationId);
    }

    @Transactional(readOnly = true)
    public Activity activity(CurrentUser user, long id) {
        requireOpen(user);
        return store.activity(user.organizationId(), id).orElseThrow(() -> new NotFound("activity", id));
    }

    /** What the activity's form posts. */
    public record ActivityForm(
            Long organizationId,
            ActivityKind kind,
            String title,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
            String place,
            String description,
            String results) {

        public static ActivityForm blank(Long organizationId) {
            return new ActivityForm(organizationId, ActivityKind.PUBLIC_CONTROL, null, null, null, null, null, null);
        }

        public static ActivityForm of(Activity a) {
            return new ActivityForm(
                    a.civilOrganizationId(),
                    a.kind(),
                    a.title(),
                    a.heldOn(),
                    a.startsAt(),
                    a.place(),
                    a.description(),
                    a.results());
        }
    }

    private CivilStore.ActivityFields check(ActivityForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.organizationId() == null) {
            errors.put("organizationId", "civil.error.organization");
        }
        if (form.kind() == null) {
            errors.put("kind", "civil.error.kind");
        }
        String title = RussianFormats.blankToNull(form.title());
        if (title == null) {
            errors.put("title", "civil.error.title");
        }
        if (form.heldOn() == null) {
            errors.put("heldOn", "civil.error.heldOn");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        return new CivilStore.ActivityFields(
                form.organizationId(),
                form.kind(),
                title,
                form.heldOn(),
                form.startsAt(),
                RussianFormats.blankToNull(form.place()),
                RussianFormats.blankToNull(form.description()),
                RussianFormats.blankToNull(form.results()));
    }

    private static String activityPath(long owner, long id) {
        return "/public/" + owner + "/" + SECTION + "/activities/" + id;
    }

    public long createActivity(CurrentUser user, ActivityForm form) {
        requireManage(user);
        CivilStore.ActivityFields fields = check(form);
        CivilOrganization c = get(user, fields.organizationId());
        if (!c.active()) {
            throw Refusal.conflict("civil.error.inactive");
        }
        long id = store.createActivity(fields, user.username());
        publicationLog.record(
                c.ownerId(),
                SECTION,
                activityPath(c.ownerId(), id),
                fields.title(),
                PublicationLog.Action.PUBLISHED,
                user.username());
        return id;
    }

    public void updateActivity(CurrentUser user, long id, ActivityForm form) {
        requireManage(user);
        Activity before = activity(user, id);
        CivilStore.ActivityFields fields = check(new ActivityForm(
                before.civilOrganizationId(),
                form.kind(),
                form.title(),
                form.heldOn(),
                form.startsAt(),
                form.place(),
                form.description(),
                form.results()));
        store.updateActivity(id, fields, user.username());
        publicationLog.record(
                before.ownerId(),
                SECTION,
                activityPath(before.ownerId(), id),
                fields.title(),
                PublicationLog.Action.UPDATED,
                user.username());
    }

    @Transactional(readOnly = true)
    public List<AttachedDocument> files(CurrentUser user, long activityId) {
        activity(user, activityId);
        return store.files(activityId);
    }

    /** A stored file with its content, for its download. */
    public record Download(String name, String contentType, byte[] bytes) {}

    @Transactional(readOnly = true)
    public Download file(CurrentUser user, long activityId, long fileId) {
        activity(user, activityId);
        return store.content(activityId, fileId)
                .map(c -> new Download(c.name(), c.contentType(), c.bytes()))
                .orElseThrow(() -> new NotFound("activity file", fileId));
    }

    /** A file of the results (PDF, JPEG, PNG, DOCX, TXT without active content, within the limits). */
    public void addFile(CurrentUser user, long activityId, String fileName, byte[] content) {
        requireManage(user);
        Activity a = activity(user, activityId);
        AttachedFile file = AttachedFile.checkInertOrRefuse(fileName, content, settings.maxFileBytes());
        AttachedFile.requireRoom(store.files(activityId).size(), settings.maxFiles());
        store.addFile(activityId, file, user.username());
        publicationLog.record(
                a.ownerId(),
                SECTION,
                activityPath(a.ownerId(), activityId),
                a.title(),
                PublicationLog.Action.UPDATED,
                user.username());
    }

    public void removeFile(CurrentUser user, long activityId, long fileId) {
        requireManage(user);
        Activity a = activity(user, activityId);
        if (store.removeFile(activityId, fileId) == 0) {
            throw new NotFound("activity file", fileId);
        }
        publicationLog.record(
                a.ownerId(),
                SECTION,
                activityPath(a.ownerId(), activityId),
                a.title(),
                PublicationLog.Action.UPDATED,
                user.username());
    }

    public int maxFileMb() {
        return settings.maxFileMb();
    }

    public int maxFiles() {
        return settings.maxFiles();
    }

    // --- the public side: the active organizations of one owner, without the representatives

    @Transactional(readOnly = true)
    public List<CivilOrganization> publicList(long owner) {
        return store.publicList(owner);
    }

    @Transactional(readOnly = true)
    public CivilOrganization publicOrganization(long owner, long id) {
        return store.publicOrganization(owner, id).orElseThrow(() -> new NotFound("public organization", id));
    }

    @Transactional(readOnly = true)
    public List<Activity> publicActivities(long owner, long organizationId) {
        publicOrganization(owner, organizationId);
        return store.publicActivities(owner, organizationId);
    }

    /** The activities of all the public organizations of the owner's registry (the site map's list). */
    @Transactional(readOnly = true)
    public List<Activity> publicActivitiesOfAll(long owner) {
        return store.publicActivitiesOfAll(owner);
    }

    @Transactional(readOnly = true)
    public Activity publicActivity(long owner, long id) {
        return store.publicActivity(owner, id).orElseThrow(() -> new NotFound("activity", id));
    }

    @Transactional(readOnly = true)
    public List<AttachedDocument> publicFiles(long owner, long activityId) {
        publicActivity(owner, activityId);
        return store.files(activityId);
    }

    @Transactional(readOnly = true)
    public Download publicFile(long owner, long activityId, long fileId) {
        publicActivity(owner, activityId);
        return store.content(activityId, fileId)
                .map(c -> new Download(c.name(), c.contentType(), c.bytes()))
                .orElseThrow(() -> new NotFound("activity file", fileId));
    }

    @Transactional(readOnly = true)
    boolean hasPublic(long owner) {
        return store.hasPublic(owner);
    }

    @Transactional(readOnly = true)
    List<CivilOrganization> publicSearch(long owner, String q, int limit) {
        return store.publicSearch(owner, q, limit);
    }

    @Transactional(readOnly = true)
    List<Activity> publicActivitySearch(long owner, String q, int limit) {
        return store.publicActivitySearch(owner, q, limit);
    }
}
