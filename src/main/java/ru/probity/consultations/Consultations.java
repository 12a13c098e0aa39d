package ru.probity.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;

/**
 * The consultations log: the regional administrator and the officers log the consultations their
 * organizations give (the asker an organization of their subtree), the auditor reads them; a
 * consultation is seen by the officers of the subtree of the organization that gave it. The asker's
 * name, post and contact are personal data: every read of the log and of a card is written to the
 * access log. The answered consultations are published, edited without personal data, as the
 * internal FAQ, read by the officers, heads, commission members and auditors of the publishing
 * organization's subtree and of the organizations above it.
 */
@Service
@Transactional
public class Consultations {

    /** The subject kind of the access log: a consultation's asker (name, post, contact). */
    static final String SUBJECT = "CONSULTATION";

    private final ConsultationStore store;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final RegionTime regionTime;

    Consultations(ConsultationStore store, Organizations organizations, AccessLog accessLog, RegionTime regionTime) {
        this.store = store;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.regionTime = regionTime;
    }

    /** A line of the log. */
    public record Item(
            long id,
            Instant askedAt,
            Channel channel,
            String topic,
            String askerOrganization,
            String askerName,
            String question,
            boolean answered,
            boolean published,
            Integer minutes,
            String snippet,
            double rank) {}

    /** What the log is searched for: words (web-search syntax) and filters, each may be empty. */
    public record Filter(
            String query, Long topicId, Channel channel, Long organizationId, LocalDate from, LocalDate to) {

        public Filter {
            query = query == null ? "" : query.strip();
        }

        public static Filter all() {
            return new Filter("", null, null, null, null, null);
        }
    }

    /** A topic of the classifier. */
    public record Topic(long id, String name, int position, boolean active) {}

    /** A published question and answer of the FAQ. */
    public record FaqEntry(
            long id,
            String topic,
            String question,
            String answer,
            Instant publishedAt,
            String organization,
            String snippet) {}

    /** A line of the statistics: the topic, channel or month, the consultations, answered, minutes. */
    public record StatRow(String key, int total, int answered, long minutes) {}

    /** The statistics of the filtered consultations per topic, channel and month. */
    public record Statistics(List<StatRow> byTopic, List<StatRow> byChannel, List<StatRow> byMonth) {

        public int total() {
            return byTopic.stream().mapToInt(StatRow::total).sum();
        }

        public long minutes() {
            return byTopic.stream().mapToLong(StatRow::minutes).sum();
        }
    }

    /** Logs consultations: the regional administrator and the officers. */
    public boolean canLog(CurrentUser user) {
        return user.role().managesRegistry();
    }

    /** Reads the log (with the askers' personal data): those who log it and the auditor. */
    public boolean canRead(CurrentUser user) {
        return user.role().managesRegistry() || user.role() == Role.AUDITOR;
    }

    /** Reads the internal FAQ: the officers, heads, commission members, auditors and the region. */
    public boolean canReadFaq(CurrentUser user) {
        return user.role().readsRegistry();
    }

    /** Edits the classifier of topics: the regional administrator. */
    public boolean canEditTopics(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN;
    }

    private void requireReader(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not read the consultations log");
        }
    }

    private void requireLogger(CurrentUser user) {
        if (!canLog(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not log consultations");
        }
    }

    /** The consultations of the user's subtree that match; the askers read are logged. */
    @Transactional
    public List<Item> search(CurrentUser user, Filter filter, int limit) {
        requireReader(user);
        List<Item> found = store.search(user.organizationId(), filter, regionTime.id(), limit);
        if (!found.isEmpty()) {
            accessLog.recordEach(
                    AccessAction.READ,
                    SUBJECT,
                    found.stream().map(i -> new AccessLog.Subject(i.id(), null)).toList(),
                    "consultations log");
        }
        return found;
    }

    /** The consultation of the user's subtree; the read of the asker is logged. */
    public Consultation get(CurrentUser user, long id) {
        requireReader(user);
        Consultation c = store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("consultation", id));
        accessLog.record(AccessAction.READ, SUBJECT, id, c.askerOrganizationId(), null);
        return c;
    }

    /** Logs a consultation given by the user's organization; returns its id. */
    public long create(CurrentUser user, ConsultationForm form) {
        requireLogger(user);
        check(user, form);
        long id = store.insert(user.organizationId(), form, askedAt(form), answer(form), user.username());
        accessLog.record(AccessAction.CREATE, SUBJECT, id, form.askerOrganizationId(), null);
        return id;
    }

    /** Changes a consultation of the user's subtree (the answer given later among others). */
    public void update(CurrentUser user, long id, ConsultationForm form) {
        requireLogger(user);
        store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("consultation", id));
        check(user, form);
        store.update(id, form, askedAt(form), answer(form), user.username());
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, form.askerOrganizationId(), null);
    }

    /**
     * Publishes the answered consultation in the FAQ with the question and answer as edited for
     * publication (without the asker's name or other personal data), or changes the published text.
     */
    public void publish(CurrentUser user, long id, String question, String answer) {
        requireLogger(user);
        Consultation c = store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("consultation", id));
        if (!c.answered()) {
            throw Refusal.conflict("consultations.error.notAnswered");
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (question == null || question.isBlank()) {
            errors.put("faqQuestion", "consultations.error.faqQuestion");
        }
        if (answer == null || answer.isBlank()) {
            errors.put("faqAnswer", "consultations.error.faqAnswer");
        }
        if (question != null && question.length() > 20_000 || answer != null && answer.length() > 50_000) {
            errors.put("faqAnswer", "consultations.error.long");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        if (containsPersonalData(c, question) || containsPersonalData(c, answer)) {
            throw Refusal.invalidFields(Map.of("faqQuestion", "consultations.error.personalData"));
        }
        store.publish(id, question.strip(), answer.strip(), user.username());
    }

    /** Takes the consultation out of the FAQ. */
    public void unpublish(CurrentUser user, long id) {
        requireLogger(user);
        store.find(user.organizationId(), id).orElseThrow(() -> new NotFound("consultation", id));
        store.unpublish(id, user.username());
    }

    /** A run of digits with the separators a phone number is written with. */
    private static final java.util.regex.Pattern PHONE =
            java.util.regex.Pattern.compile("\\+?\\d[\\d\\s().\\-]{4,}\\d");

    /**
     * Whether the text names the asker — any part of his name (surname, name, patronymic) in any
     * case form: a part of five letters and more (its stem four and more) is matched by its stem with
     * up to three letters of ending («Закрытова» — «Закрытовой», «Петров» — «Петрову») — or repeats his contact, an e-mail
     * in any letter case or a phone number however its digits are grouped (the last seven digits).
     */
    static boolean containsPersonalData(Consultation c, String text) {
        if (text == null) {
            return false;
        }
        String lower = normal(text);
        for (String part : normal(c.askerName() == null ? "" : c.askerName()).split("[^\\p{L}]+")) {
            if (part.length() < 3) {
                continue;
            }
            String stripped = part.replaceAll("[аеийоуыьэюя]{1,2}$", "");
            boolean inflected = part.length() >= 5 && stripped.length() >= 4;
            String stem = inflected ? stripped : part;
            String ending = inflected ? "\\p{L}{0,3}" : "";
            if (java.util.regex.Pattern.compile(
                            "(?U)(?<!\\p{L})" + java.util.regex.Pattern.quote(stem) + ending + "(?!\\p{L})")
                    .matcher(lower)
                    .find()) {
                return true;
            }
        }
        String contact = c.askerContact() == null ? "" : normal(c.askerContact().strip());
        if (contact.length() >= 5 && lower.contains(contact)) {
            return true;
        }
        String contactDigits = contact.replaceAll("\\D", "");
        if (contactDigits.length() >= 7) {
            String tail = contactDigits.substring(contactDigits.length() - 7);
            var phones = PHONE.matcher(text);
            while (phones.find()) {
                if (phones.group().replaceAll("\\D", "").endsWith(tail)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String normal(String text) {
        return text.toLowerCase(RussianFormats.LOCALE).replace('ё', 'е');
    }

    /** The FAQ seen by the user: published from his subtree and above, best matches first. */
    @Transactional(readOnly = true)
    public List<FaqEntry> faq(CurrentUser user, String query, Long topicId) {
        if (!canReadFaq(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not read the FAQ");
        }
        return store.faq(user.organizationId(), query == null ? "" : query.strip(), topicId, 300);
    }

    /** The statistics of the user's subtree within the filters (the words are not used). */
    @Transactional(readOnly = true)
    public Statistics statistics(CurrentUser user, Filter filter) {
        requireReader(user);
        checkPeriod(filter);
        String zone = regionTime.id();
        long me = user.organizationId();
        return new Statistics(
                store.statistics(me, filter, zone, "topic"),
                store.statistics(me, filter, zone, "channel"),
                store.statistics(me, filter, zone, "month"));
    }

    /** Refuses a period that ends before it starts. */
    public void checkPeriod(Filter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw Refusal.invalid("consultations.error.period");
        }
    }

    /** The topics of the classifier: the active ones for a new consultation, all for the editor. */
    @Transactional(readOnly = true)
    public List<Topic> topics(boolean activeOnly) {
        return store.topics(activeOnly);
    }

    public long addTopic(CurrentUser user, String name, int position) {
        requireTopicEditor(user);
        String clean = checkTopic(name, null);
        return store.insertTopic(clean, position, user.username());
    }

    public void updateTopic(CurrentUser user, long id, String name, int position, boolean active) {
        requireTopicEditor(user);
        store.topic(id).orElseThrow(() -> new NotFound("consultation topic", id));
        String clean = checkTopic(name, id);
        store.updateTopic(id, clean, position, active, user.username());
    }

    private void requireTopicEditor(CurrentUser user) {
        if (!canEditTopics(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not edit the topics of consultations");
        }
    }

    private String checkTopic(String name, Long id) {
        if (name == null || name.isBlank()) {
            throw Refusal.invalidFields(Map.of("name", "consultations.error.topicName"));
        }
        String clean = name.strip();
        if (clean.length() > 300) {
            throw Refusal.invalidFields(Map.of("name", "consultations.error.long"));
        }
        if (store.topicNameTaken(clean, id)) {
            throw Refusal.invalidFields(Map.of("name", "consultations.error.topicTaken"));
        }
        return clean;
    }

    private void check(CurrentUser user, ConsultationForm form) {
        Map<String, String> errors = form.validate();
        if (form.askerOrganizationId() != null && !organizations.isVisible(user, form.askerOrganizationId())) {
            errors.put("askerOrganizationId", "consultations.error.organization");
        }
        if (form.topicId() != null && store.topic(form.topicId()).isEmpty()) {
            errors.put("topicId", "consultations.error.topic");
        }
        if (form.askedAt() != null
                && form.askedAt()
                        .atZone(regionTime.zone())
                        .toInstant()
                        .isAfter(Instant.now().plusSeconds(3600))) {
            errors.put("askedAt", "consultations.error.future");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
    }

    private Instant askedAt(ConsultationForm form) {
        return form.askedAt().atZone(regionTime.zone()).toInstant();
    }

    private static String answer(ConsultationForm form) {
        return RussianFormats.blankToNull(form.answer());
    }
}
