package ru.probity.civil;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.platform.AttachedFile;

/**
 * The tables of public discussions: {@code civil_discussion}, {@code civil_participant}, {@code
 * civil_question}; it reads the published {@code organization} and {@code org_subtree}.
 */
@Repository
class DiscussionStore {

    private static final String DISCUSSION = """
            select d.id, d.owner_id, o.name as owner_name, d.topic, d.description, d.starts_at, d.place, d.online_link,
                   d.registration_until, d.participant_limit, d.registered, d.published_at, d.results,
                   d.results_published_at, d.minutes_name, d.updated_at
            from civil_discussion d join organization o on o.id = d.owner_id""";

    private static final String SUBTREE =
            " d.owner_id in (select organization_id from org_subtree where ancestor_id = :me)";

    /** A discussion as stored (the stage and the local times are the service's). */
    record Row(
            long id,
            long ownerId,
            String ownerName,
            String topic,
            String description,
            Instant startsAt,
            String place,
            String onlineLink,
            Instant registrationUntil,
            Integer participantLimit,
            int registered,
            Instant publishedAt,
            String results,
            Instant resultsPublishedAt,
            String minutesName,
            Instant updatedAt) {}

    private final JdbcClient jdbc;

    DiscussionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getString("topic"),
                rs.getString("description"),
                instant(rs, "starts_at"),
                rs.getString("place"),
                rs.getString("online_link"),
                instant(rs, "registration_until"),
                (Integer) rs.getObject("participant_limit"),
                rs.getInt("registered"),
                instant(rs, "published_at"),
                rs.getString("results"),
                instant(rs, "results_published_at"),
                rs.getString("minutes_name"),
                instant(rs, "updated_at"));
    }

    List<Row> list(long me) {
        return jdbc.sql(DISCUSSION + " where" + SUBTREE + " order by d.starts_at desc, d.id desc")
                .param("me", me)
                .query(DiscussionStore::row)
                .list();
    }

    Optional<Row> find(long me, long id) {
        return jdbc.sql(DISCUSSION + " where d.id = :id and" + SUBTREE)
                .param("id", id)
                .param("me", me)
                .query(DiscussionStore::row)
                .optional();
    }

    /** The fields of a discussion's announcement. */
    record Fields(
            long ownerId,
            String topic,
            String description,
            Instant startsAt,
            String place,
            String onlineLink,
            Instant registrationUntil,
            Integer participantLimit) {}

    long create(Fields f, String by) {
        return jdbc.sql("""
                insert into civil_discussion (owner_id, topic, description, starts_at, place, online_link,
                    registration_until, participant_limit, created_by, updated_by)
                values (:owner, :topic, :description, :startsAt, :place, :link, :until, :limit, :by, :by)
                returning id""")
                .param("owner", f.ownerId())
                .param("topic", f.topic())
                .param("description", f.description())
                .param("startsAt", Timestamp.from(f.startsAt()))
                .param("place", f.place())
                .param("link", f.onlineLink())
                .param("until", Timestamp.from(f.registrationUntil()))
                .param("limit", f.participantLimit())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Changes the announcement; 0 when the new limit is below the seats taken (nothing changed). */
    int update(long id, Fields f, String by) {
        return jdbc.sql("""
                update civil_discussion set owner_id = :owner, topic = :topic, description = :description,
                    starts_at = :startsAt, place = :place, online_link = :link, registration_until = :until,
                    participant_limit = :limit, updated_by = :by, updated_at = now()
                where id = :id and (cast(:limit as integer) is null or registered <= :limit)""")
                .param("id", id)
                .param("owner", f.ownerId())
                .param("topic", f.topic())
                .param("description", f.description())
                .param("startsAt", Timestamp.from(f.startsAt()))
                .param("place", f.place())
                .param("link", f.onlineLink())
                .param("until", Timestamp.from(f.registrationUntil()))
                .param("limit", f.participantLimit())
                .param("by", by)
                .update();
    }

    void publish(long id, String by) {
        jdbc.sql("""
                update civil_discussion set published_at = now(), published_by = :by, updated_by = :by, updated_at = now()
                where id = :id and published_at is null""").param("id", id).param("by", by).update();
    }

    void results(long id, String results, AttachedFile minutes, String by) {
        jdbc.sql("""
                update civil_discussion set results = :results, results_published_at = coalesce(results_published_at, now()),
                    minutes_name = coalesce(:name, minutes_name), minutes_content = coalesce(:content, minutes_content),
                    minutes_sha256 = coalesce(:sha, minutes_sha256), updated_by = :by, updated_at = now()
                where id = :id""")
                .param("id", id)
                .param("results", results)
                .param("name", minutes == null ? null : minutes.name())
                .param("content", minutes == null ? null : minutes.content())
                .param("sha", minutes == null ? null : minutes.sha256())
                .param("by", by)
                .update();
    }

    // --- public reads: announced discussions of one owner

    List<Row> publicList(long owner) {
        return jdbc.sql(DISCUSSION + " where d.owner_id = :owner and d.published_at is not null"
                        + " order by d.starts_at desc, d.id desc")
                .param("owner", owner)
                .query(DiscussionStore::row)
                .list();
    }

    Optional<Row> publicDiscussion(long owner, long id) {
        return jdbc.sql(DISCUSSION + " where d.owner_id = :owner and d.id = :id and d.published_at is not null")
                .param("owner", owner)
                .param("id", id)
                .query(DiscussionStore::row)
                .optional();
    }

    boolean hasPublic(long owner) {
        return jdbc.sql(
                        "select exists (select 1 from civil_discussion where owner_id = :owner and published_at is not null)")
                .param("owner", owner)
                .query(Boolean.class)
                .single();
    }

    List<Row> publicSearch(long owner, String q, int limit) {
        return jdbc.sql(DISCUSSION + " " + """
                 where d.owner_id = :owner and d.published_at is not null
                   and (d.topic ilike :q or d.description ilike :q or d.results ilike :q)
                 order by d.starts_at desc limit :limit""")
                .param("owner", owner)
                .param("q", CivilStore.like(q))
                .param("limit", limit)
                .query(DiscussionStore::row)
                .list();
    }

    /** Announced discussions starting in the period, of the subtree of {@code me} or of one {@code owner}. */
    List<Row> between(Long me, Long owner, Instant from, Instant to) {
        return jdbc.sql(DISCUSSION + " " + """
                 where d.starts_at >= :from and d.starts_at < :to
                   and (cast(:owner as bigint) is null or (d.owner_id = :owner and d.published_at is not null))
                   and (cast(:me as bigint) is null
                        or d.owner_id in (select organization_id from org_subtree where ancestor_id = :me))
                 order by d.starts_at, d.id""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("owner", owner)
                .param("me", me)
                .query(DiscussionStore::row)
                .list();
    }

    /** The minutes' name and content, once the results are published. */
    record Minutes(String name, byte[] content) {}

    Optional<Minutes> minutes(long id) {
        return jdbc.sql("""
                select minutes_name, minutes_content from civil_discussion
                where id = :id and minutes_content is not null""")
                .param("id", id)
                .query((rs, n) -> new Minutes(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    // --- registration

    /** What registering gave: the participant's id, or why not. */
    sealed interface Seat {
        record Taken(long participantId) implements Seat {}

        /** No seat: full, closed, or not announced (the service tells which). */
        record Refused() implements Seat {}

        /** The e-mail or the phone is registered already. */
        record Duplicate() implements Seat {}
    }

    /**
     * Registers a participant in one statement: a seat is taken by the conditional update of the
     * discussion's count (announced, before the deadline and the start, below the limit), and the
     * participant is inserted only with it. Concurrent registrations queue on the discussion's row and
     * each re-checks the count the one before left, so the limit holds; a duplicate e-mail or phone
     * rolls the seat back with the statement.
     */
    Seat register(long owner, long id, String name, String email, String phone, String organization, Instant now) {
        try {
            return jdbc.sql("""
                    with seat as (
                        update civil_discussion set registered = registered + 1
                        where id = :id and owner_id = :owner and published_at is not null
                          and registration_until > :now and starts_at > :now
                          and (participant_limit is null or registered < participant_limit)
                        returning id)
                    insert into civil_participant (discussion_id, name, email, phone, organization_name, consent_at)
                    select seat.id, :name, :email, :phone, :organization, :now from seat
                    returning id""")
                    .param("id", id)
                    .param("owner", owner)
                    .param("now", Timestamp.from(now))
                    .param("name", name)
                    .param("email", email)
                    .param("phone", phone)
                    .param("organization", organization)
                    .query(Long.class)
                    .optional()
                    .<Seat>map(Seat.Taken::new)
                    .orElseGet(Seat.Refused::new);
        } catch (DuplicateKeyException e) {
            return new Seat.Duplicate();
        }
    }

    /** Removes a participant (the officer cancels a registration) and frees the seat. */
    int cancel(long id, long participantId) {
        jdbc.sql("update civil_question set participant_id = null where participant_id = :p and discussion_id = :id")
                .param("p", participantId)
                .param("id", id)
                .update();
        int removed = jdbc.sql("delete from civil_participant where id = :p and discussion_id = :id")
                .param("p", participantId)
                .param("id", id)
                .update();
        if (removed > 0) {
            jdbc.sql("update civil_discussion set registered = registered - 1 where id = :id")
                    .param("id", id)
                    .update();
        }
        return removed;
    }

    List<Participant> participants(long id) {
        return jdbc.sql("""
                select id, name, email, phone, organization_name, consent_at, registered_at
                from civil_participant where discussion_id = :id order by registered_at, id""")
                .param("id", id)
                .query((rs, n) -> new Participant(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("organization_name"),
                        instant(rs, "consent_at"),
                        instant(rs, "registered_at")))
                .list();
    }

    long ask(long id, Long participantId, String author, String text) {
        return jdbc.sql("""
                insert into civil_question (discussion_id, participant_id, author_name, text)
                values (:id, :p, :author, :text) returning id""")
                .param("id", id)
                .param("p", participantId)
                .param("author", author)
                .param("text", text)
                .query(Long.class)
                .single();
    }

    int questionsBy(long id, String author) {
        return jdbc.sql(
                        "select count(*) from civil_question where discussion_id = :id and lower(author_name) = lower(:a)")
                .param("id", id)
                .param("a", author)
                .query(Integer.class)
                .single();
    }

    List<Question> questions(long id) {
        return jdbc.sql("""
                select id, participant_id, author_name, text, submitted_at from civil_question
                where discussion_id = :id order by submitted_at, id""")
                .param("id", id)
                .query((rs, n) -> new Question(
                        rs.getLong("id"),
                        (Long) rs.getObject("participant_id"),
                        rs.getString("author_name"),
                        rs.getString("text"),
                        instant(rs, "submitted_at")))
                .list();
    }
}
