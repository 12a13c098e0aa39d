package ru.probity.civil;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.civil.model.DiscussionStage;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.portal.PublicationLog;

/**
 * Public discussions with citizens (issue 21, item 4; 273-ФЗ ст.6 п.3, ст.7): the announcement, the
 * public registration of participants within a limit kept in one statement, the questions sent in
 * advance, the officer's list of participants and questions (personal data: every read is written
 * to the access log), the results and the minutes (DOCX) published.
 *
 * <p>Who may do what: as the registry of public organizations — the regional administrator and the
 * anti-corruption officer keep the discussions of their subtree, the auditor reads them; a discussion
 * outside the user's subtree is not found. A citizen registers with his consent to the processing of
 * his personal data for the participants' list (152-ФЗ ст.9), which is never published.
 */
@Service
@Transactional
public class Discussions {

    static final String SECTION = "discussions";
    static final String SUBJECT = "DISCUSSION_PARTICIPANT";

    private final DiscussionStore store;
    private final CivilStore civil;
    private final AccessLog accessLog;
    private final PublicationLog publicationLog;
    private final RegionTime regionTime;
    private final CivilSettings settings;

    Discussions(
            DiscussionStore store,
            CivilStore civil,
            AccessLog accessLog,
            PublicationLog publicationLog,
            RegionTime regionTime,
            CivilSettings settings) {
        this.store = store;
        this.civil = civil;
        this.accessLog = accessLog;
        this.publicationLog = publicationLog;
        this.regionTime = regionTime;
        this.settings = settings;
    }

    Discussion discussion(DiscussionStore.Row r) {
        return new Discussion(
                r.id(),
                r.ownerId(),
                r.ownerName(),
                r.topic(),
                r.description(),
                r.startsAt(),
                regionTime.local(r.startsAt()),
                r.place(),
                r.onlineLink(),
                r.registrationUntil(),
                regionTime.local(r.registrationUntil()),
                r.participantLimit(),
                r.registered(),
                r.publishedAt(),
                r.results(),
                r.resultsPublishedAt(),
                r.minutesName(),
                DiscussionStage.of(
                        r.publishedAt() != null,
                        r.registrationUntil(),
                        r.startsAt(),
                        r.participantLimit(),
                        r.registered(),
                        r.resultsPublishedAt() != null,
                        Instant.now()));
    }

    // --- the officers

    @Transactional(readOnly = true)
    public List<Discussion> list(CurrentUser user) {
        PublicOrganizations.requireOpen(user);
        return store.list(user.organizationId()).stream().map(this::discussion).toList();
    }

    @Transactional(readOnly = true)
    public Discussion get(CurrentUser user, long id) {
        PublicOrganizations.requireOpen(user);
        return store.find(user.organizationId(), id)
                .map(this::discussion)
                .orElseThrow(() -> new NotFound("discussion", id));
    }

    /** What the announcement's form posts (the times in the region's local time). */
    public record DiscussionForm(
            Long ownerId,
            String topic,
            String description,
            @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt,
            String place,
            String onlineLink,
            @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime registrationUntil,
            Integer participantLimit) {

        public static DiscussionForm blank(long ownerId) {
            return new DiscussionForm(ownerId, null, null, null, null, null, null, null);
        }

        public static DiscussionForm of(Discussion d) {
            return new DiscussionForm(
                    d.ownerId(),
                    d.topic(),
                    d.description(),
                    d.startsAtLocal(),
                    d.place(),
                    d.onlineLink(),
                    d.registrationUntilLocal(),
                    d.participantLimit());
        }
    }

    private DiscussionStore.Fields check(CurrentUser user, DiscussionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.ownerId() == null) {
            errors.put("ownerId", "civil.error.owner");
        }
        String topic = RussianFormats.blankToNull(form.topic());
        if (topic == null) {
            errors.put("topic", "civil.discussion.error.topic");
        }
        if (form.startsAt() == null) {
            errors.put("startsAt", "civil.discussion.error.startsAt");
        }
        String place = RussianFormats.blankToNull(form.place());
        String link = RussianFormats.blankToNull(form.onlineLink());
        if (place == null && link == null) {
            errors.put("place", "civil.discussion.error.place");
        }
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            errors.put("onlineLink", "civil.error.website");
        }
        if (form.registrationUntil() == null) {
            errors.put("registrationUntil", "civil.discussion.error.registrationUntil");
        } else if (form.startsAt() != null && form.registrationUntil().isAfter(form.startsAt())) {
            errors.put("registrationUntil", "civil.discussion.error.registrationAfterStart");
        }
        if (form.participantLimit() != null && form.participantLimit() < 1) {
            errors.put("participantLimit", "civil.discussion.error.limit");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        if (!civil.inSubtree(user.organizationId(), form.ownerId())) {
            throw new NotFound("organization", form.ownerId());
        }
        return new DiscussionStore.Fields(
                form.ownerId(),
                topic,
                RussianFormats.blankToNull(form.description()),
                regionTime.instant(form.startsAt()),
                place,
                link,
                regionTime.instant(form.registrationUntil()),
                form.participantLimit());
    }

    private static String path(long owner, long id) {
        return "/public/" + owner + "/" + SECTION + "/" + id;
    }

    public long create(CurrentUser user, DiscussionForm form) {
        PublicOrganizations.requireManage(user);
        return store.create(check(user, form), user.username());
    }

    public void update(CurrentUser user, long id, DiscussionForm form) {
        PublicOrganizations.requireManage(user);
        Discussion before = get(user, id);
        if (before.stage() == DiscussionStage.RESULTS) {
            throw Refusal.conflict("civil.discussion.error.finished");
        }
        DiscussionStore.Fields fields = check(user, form);
        if (before.publishedAt() != null && fields.ownerId() != before.ownerId()) {
            throw Refusal.conflict("civil.discussion.error.ownerPublished");
        }
        if (store.update(id, fields, user.username()) == 0) {
            throw Refusal.conflict("civil.discussion.error.limitBelowRegistered", before.registered());
        }
        if (before.publishedAt() != null) {
            publicationLog.record(
                    before.ownerId(),
                    SECTION,
                    path(before.ownerId(), id),
                    fields.topic(),
                    PublicationLog.Action.UPDATED,
                    user.username());
        }
    }

    /** Announces the discussion on the public page: the registration opens. */
    public void publish(CurrentUser user, long id) {
        PublicOrganizations.requireManage(user);
        Discussion d = get(user, id);
        if (d.publishedAt() != null) {
            throw Refusal.conflict("civil.discussion.error.published");
        }
        store.publish(id, user.username());
        publicationLog.record(
                d.ownerId(),
                SECTION,
                path(d.ownerId(), id),
                d.topic(),
                PublicationLog.Action.PUBLISHED,
                user.username());
    }

    /**
     * The participants, with their contacts: personal data, so the read is written to the access log
     * (one record per participant).
     */
    public List<Participant> participants(CurrentUser user, long id) {
        Discussion d = get(user, id);
        List<Participant> found = store.participants(id);
        accessLog.recordEach(
                AccessAction.READ,
                SUBJECT,
                found.stream()
                        .map(p -> new AccessLog.Subject(p.id(), d.ownerId()))
                        .toList(),
                "Участники обсуждения «" + d.topic() + "»");
        return found;
    }

    @Transactional(readOnly = true)
    public List<Question> questions(CurrentUser user, long id) {
        get(user, id);
        return store.questions(id);
    }

    /** Cancels a registration (the citizen asked to, or it was sent by mistake): the seat is freed. */
    public void cancel(CurrentUser user, long id, long participantId) {
        PublicOrganizations.requireManage(user);
        Discussion d = get(user, id);
        if (store.cancel(id, participantId) == 0) {
            throw new NotFound("participant", participantId);
        }
        accessLog.record(AccessAction.DELETE, SUBJECT, participantId, d.ownerId(), null);
    }

    /**
     * Publishes the results (a text) and the minutes (a DOCX without active content), once the
     * discussion has started; published again, they replace the earlier ones (the minutes only when a
     * new file is given).
     */
    public void publishResults(CurrentUser user, long id, String results, String minutesName, byte[] minutes) {
        PublicOrganizations.requireManage(user);
        Discussion d = get(user, id);
        if (d.publishedAt() == null) {
            throw Refusal.conflict("civil.discussion.error.notPublished");
        }
        if (Instant.now().isBefore(d.startsAt())) {
            throw Refusal.conflict("civil.discussion.error.notHeld");
        }
        String text = RussianFormats.blankToNull(results);
        if (text == null) {
            throw Refusal.invalidFields(Map.of("results", "civil.discussion.error.results"));
        }
        AttachedFile file = null;
        if (minutes != null && minutes.length > 0) {
            file = AttachedFile.checkInertOrRefuse(minutesName, minutes, settings.maxFileBytes());
            if (file.type() != AttachedFile.Type.DOCX) {
                throw Refusal.invalid("civil.discussion.error.minutesDocx");
            }
        }
        store.results(id, text, file, user.username());
        publicationLog.record(
                d.ownerId(),
                SECTION,
                path(d.ownerId(), id),
                d.topic(),
                d.resultsPublishedAt() == null ? PublicationLog.Action.PUBLISHED : PublicationLog.Action.UPDATED,
                user.username());
    }

    /** The minutes of a discussion: the file's name and its content (DOCX). */
    public record Minutes(String name, byte[] content) {}

    /** The minutes for the officer (also before the results are public). */
    @Transactional(readOnly = true)
    public Minutes minutes(CurrentUser user, long id) {
        get(user, id);
        return store.minutes(id)
                .map(m -> new Minutes(m.name(), m.content()))
                .orElseThrow(() -> new NotFound("minutes", id));
    }

    // --- the public side

    @Transactional(readOnly = true)
    public List<Discussion> publicList(long owner) {
        return store.publicList(owner).stream().map(this::discussion).toList();
    }

    @Transactional(readOnly = true)
    public Discussion publicDiscussion(long owner, long id) {
        return store.publicDiscussion(owner, id)
                .map(this::discussion)
                .orElseThrow(() -> new NotFound("discussion", id));
    }

    @Transactional(readOnly = true)
    public Minutes publicMinutes(long owner, long id) {
        Discussion d = publicDiscussion(owner, id);
        if (d.resultsPublishedAt() == null) {
            throw new NotFound("minutes", id);
        }
        return store.minutes(id)
                .map(m -> new Minutes(m.name(), m.content()))
                .orElseThrow(() -> new NotFound("minutes", id));
    }

    @Transactional(readOnly = true)
    boolean hasPublic(long owner) {
        return store.hasPublic(owner);
    }

    @Transactional(readOnly = true)
    List<Discussion> publicSearch(long owner, String q, int limit) {
        return store.publicSearch(owner, q, limit).stream()
                .map(this::discussion)
                .toList();
    }

    /**
     * What the public registration form posts: the name, an e-mail or a phone, the organization
     * (optional), the consent to the processing of personal data (152-ФЗ ст.9), a question (optional).
     */
    public record Registration(
            String name, String email, String phone, String organization, boolean consent, String question) {

        /** Without the personal data. */
        @Override
        public String toString() {
            return "Registration[]";
        }
    }

    /**
     * Registers a citizen for an announced discussion of {@code owner}: refused in Russian when the
     * registration is closed (deadline passed, started), the limit is reached — also by a concurrent
     * registration — or the e-mail or phone is registered already. The question, if any, is kept with
     * the participant.
     */
    public long register(long owner, long id, Registration form) {
        Discussion d = publicDiscussion(owner, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = RussianFormats.blankToNull(form.name());
        if (name == null) {
            errors.put("name", "civil.discussion.error.name");
        }
        String email = RussianFormats.blankToNull(form.email());
        String phone = phone(form.phone());
        if (email == null && phone == null) {
            errors.put("email", "civil.discussion.error.contact");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "civil.error.email");
        }
        if (form.phone() != null && !form.phone().isBlank() && phone == null) {
            errors.put("phone", "civil.discussion.error.phone");
        }
        if (!form.consent()) {
            errors.put("consent", "civil.discussion.error.consent");
        }
        tooLong(errors, "name", form.name(), MAX_NAME);
        tooLong(errors, "email", form.email(), MAX_CONTACT);
        tooLong(errors, "phone", form.phone(), MAX_CONTACT);
        tooLong(errors, "organization", form.organization(), MAX_NAME);
        tooLong(errors, "question", form.question(), MAX_TEXT);
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        refuseClosed(d);
        DiscussionStore.Seat seat = store.register(
                owner, id, name, email, phone, RussianFormats.blankToNull(form.organization()), Instant.now());
        return switch (seat) {
            case DiscussionStore.Seat.Taken taken -> {
                String question = RussianFormats.blankToNull(form.question());
                if (question != null) {
                    store.ask(id, taken.participantId(), name, question);
                }
                yield taken.participantId();
            }
            case DiscussionStore.Seat.Duplicate duplicate -> throw Refusal.conflict("civil.discussion.error.duplicate");
            case DiscussionStore.Seat.Refused refused -> {
                // the state changed since it was read: tell which, as of now
                refuseClosed(publicDiscussion(owner, id));
                throw Refusal.conflict("civil.discussion.error.full");
            }
        };
    }

    private static void refuseClosed(Discussion d) {
        switch (d.stage()) {
            case FULL -> throw Refusal.conflict("civil.discussion.error.full");
            case CLOSED, HELD, RESULTS, DRAFT -> throw Refusal.conflict("civil.discussion.error.closed");
            case OPEN -> {}
        }
    }

    /** A question sent in advance without registering, until the discussion starts. */
    public void ask(long owner, long id, String authorName, String text) {
        Discussion d = publicDiscussion(owner, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = RussianFormats.blankToNull(authorName);
        String question = RussianFormats.blankToNull(text);
        if (name == null) {
            errors.put("authorName", "civil.discussion.error.name");
        }
        if (question == null) {
            errors.put("text", "civil.discussion.error.question");
        }
        tooLong(errors, "authorName", authorName, MAX_NAME);
        tooLong(errors, "text", text, MAX_TEXT);
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        if (!d.stage().questionsOpen()) {
            throw Refusal.conflict("civil.discussion.error.questionsClosed");
        }
        if (store.questionsBy(id, name) >= settings.maxQuestionsPerParticipant()) {
            throw Refusal.conflict("civil.discussion.error.tooManyQuestions", settings.maxQuestionsPerParticipant());
        }
        store.ask(id, null, name, question);
    }

    /** The longest name (of a person, of an organization) the public forms take, as their fields say. */
    static final int MAX_NAME = 300;

    /** The longest e-mail or phone the public form takes. */
    static final int MAX_CONTACT = 200;

    /** The longest question the public forms take, as their fields say. */
    static final int MAX_TEXT = 5000;

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, "civil.discussion.error.tooLong");
        }
    }

    /** A phone in the form +7XXXXXXXXXX (digits and separators accepted, 8 read as +7); null if not one. */
    static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("[\\s()\\-‐-―.]", "");
        if (digits.matches("8\\d{10}")) {
            digits = "+7" + digits.substring(1);
        } else if (digits.matches("7\\d{10}")) {
            digits = "+" + digits;
        }
        return digits.matches("\\+\\d{10,15}") ? digits : null;
    }

    // --- the calendar

    List<DiscussionStore.Row> between(Long me, Long owner, Instant from, Instant to) {
        return store.between(me, owner, from, to);
    }
}
