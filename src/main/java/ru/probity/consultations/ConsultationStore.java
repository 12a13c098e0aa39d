package ru.probity.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code consultation} and {@code consultation_topic}: the log, its search in Russian
 * (PostgreSQL's {@code russian} configuration: the stored, weighted {@code tsvector} — the question
 * above the answer — searched with {@code websearch_to_tsquery}, ranked by {@code ts_rank}, the
 * snippet by {@code ts_headline}), the statistics and the FAQ.
 */
@Repository
class ConsultationStore {

    /** The consultation is given in the subtree of {@code :me}. */
    private static final String IN_SUBTREE =
            " c.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me) ";

    private static final String FILTERS = """
              and (cast(:topic as bigint) is null or c.topic_id = :topic)
              and (cast(:channel as text) is null or c.channel = :channel)
              and (cast(:org as bigint) is null
                   or c.asker_organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org))
              and (cast(:from as date) is null or (c.asked_at at time zone :zone)::date >= :from)
              and (cast(:to as date) is null or (c.asked_at at time zone :zone)::date <= :to)
            """;

    private static final String HEADLINE_OPTIONS = "MaxFragments=2, MaxWords=30, MinWords=10, StartSel=«, StopSel=»";

    private final JdbcClient jdbc;

    ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private JdbcClient.StatementSpec filtered(String sql, long me, Consultations.Filter f, String zone, String q) {
        return jdbc.sql(sql.replace("{HEADLINE}", HEADLINE_OPTIONS))
                .param("me", me)
                .param("q", q)
                .param("topic", f.topicId())
                .param("channel", f.channel() == null ? null : f.channel().name())
                .param("org", f.organizationId())
                .param("from", f.from())
                .param("to", f.to())
                .param("zone", zone);
    }

    /** The consultations of the subtree matching the words and filters: best matches first, then newest. */
    List<Consultations.Item> search(long me, Consultations.Filter f, String zone, int limit) {
        String q = f.query();
        return filtered("""
                select c.id, c.asked_at, c.channel, t.name as topic, a.name as asker_organization, c.asker_name,
                       c.question, c.answer is not null as answered, c.faq_published_at is not null as published,
                       c.minutes,
                       case when :q = '' then null else
                         ts_headline('russian', c.question || ' — ' || coalesce(c.answer, ''),
                                     websearch_to_tsquery('russian', :q), '{HEADLINE}') end as snippet,
                       case when :q = '' then 0 else ts_rank(c.search, websearch_to_tsquery('russian', :q)) end as rank
                from consultation c
                join consultation_topic t on t.id = c.topic_id
                join organization a on a.id = c.asker_organization_id
                where""" + IN_SUBTREE + """
                  and (:q = '' or c.search @@ websearch_to_tsquery('russian', :q))
                """ + FILTERS + """
                order by rank desc, c.asked_at desc, c.id desc
                limit :limit""", me, f, zone, q)
                .param("limit", limit)
                .query((rs, n) -> new Consultations.Item(
                        rs.getLong("id"),
                        instant(rs, "asked_at"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("topic"),
                        rs.getString("asker_organization"),
                        rs.getString("asker_name"),
                        rs.getString("question"),
                        rs.getBoolean("answered"),
                        rs.getBoolean("published"),
                        (Integer) rs.getObject("minutes"),
                        rs.getString("snippet"),
                        rs.getDouble("rank")))
                .list();
    }

    /** The consultation, if it is given in the subtree of {@code me}. */
    Optional<Consultation> find(long me, long id) {
        return jdbc.sql("""
                select c.*, o.name as organization_name, a.name as asker_organization_name, t.name as topic_name,
                       coalesce((select u.full_name from app_user u where u.username = c.answered_by), c.answered_by)
                         as answered_by_name
                from consultation c
                join organization o on o.id = c.organization_id
                join organization a on a.id = c.asker_organization_id
                join consultation_topic t on t.id = c.topic_id
                where c.id = :id and""" + IN_SUBTREE)
                .param("id", id)
                .param("me", me)
                .query((rs, n) -> new Consultation(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getString("organization_name"),
                        rs.getLong("asker_organization_id"),
                        rs.getString("asker_organization_name"),
                        rs.getString("asker_name"),
                        rs.getString("asker_post"),
                        rs.getString("asker_contact"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getLong("topic_id"),
                        rs.getString("topic_name"),
                        rs.getString("question"),
                        rs.getString("answer"),
                        rs.getString("answered_by"),
                        rs.getString("answered_by_name"),
                        instant(rs, "answered_at"),
                        instant(rs, "asked_at"),
                        (Integer) rs.getObject("minutes"),
                        rs.getString("faq_question"),
                        rs.getString("faq_answer"),
                        instant(rs, "faq_published_at"),
                        rs.getString("faq_published_by"),
                        rs.getString("created_by")))
                .optional();
    }

    long insert(long organizationId, ConsultationForm form, Instant askedAt, String answer, String actor) {
        return jdbc.sql("""
                insert into consultation (organization_id, asker_organization_id, asker_name, asker_post, asker_contact,
                  channel, topic_id, question, answer, answered_by, answered_at, asked_at, minutes, created_by, updated_by)
                values (:organization, :asker, :name, :post, :contact, :channel, :topic, :question, :answer,
                  case when cast(:answer as text) is null then null else :by end,
                  case when cast(:answer as text) is null then null else now() end, :asked, :minutes, :by, :by)
                returning id""")
                .param("organization", organizationId)
                .param("asker", form.askerOrganizationId())
                .param("name", form.askerName().strip())
                .param("post", blank(form.askerPost()))
                .param("contact", blank(form.askerContact()))
                .param("channel", form.channel().name())
                .param("topic", form.topicId())
                .param("question", form.question().strip())
                .param("answer", answer)
                .param("asked", Timestamp.from(askedAt))
                .param("minutes", form.minutes())
                .param("by", actor)
                .query(Long.class)
                .single();
    }

    /** Changes the consultation; the answer's author and time change only when the answer does. */
    void update(long id, ConsultationForm form, Instant askedAt, String answer, String actor) {
        jdbc.sql("""
                update consultation set asker_organization_id = :asker, asker_name = :name, asker_post = :post,
                  asker_contact = :contact, channel = :channel, topic_id = :topic, question = :question,
                  answered_by = case when cast(:answer as text) is null then null
                                     when answer is not distinct from cast(:answer as text) then answered_by else :by end,
                  answered_at = case when cast(:answer as text) is null then null
                                     when answer is not distinct from cast(:answer as text) then answered_at else now() end,
                  answer = :answer, asked_at = :asked, minutes = :minutes, updated_at = now(), updated_by = :by
                where id = :id""")
                .param("id", id)
                .param("asker", form.askerOrganizationId())
                .param("name", form.askerName().strip())
                .param("post", blank(form.askerPost()))
                .param("contact", blank(form.askerContact()))
                .param("channel", form.channel().name())
                .param("topic", form.topicId())
                .param("question", form.question().strip())
                .param("answer", answer)
                .param("asked", Timestamp.from(askedAt))
                .param("minutes", form.minutes())
                .param("by", actor)
                .update();
    }

    void publish(long id, String question, String answer, String actor) {
        jdbc.sql("""
                update consultation set faq_question = ?, faq_answer = ?,
                  faq_published_at = coalesce(faq_published_at, now()), faq_published_by = ?, updated_at = now(), updated_by = ?
                where id = ?""").params(question, answer, actor, actor, id).update();
    }

    void unpublish(long id, String actor) {
        jdbc.sql("""
                update consultation set faq_published_at = null, faq_published_by = null, updated_at = now(), updated_by = ?
                where id = ?""").params(actor, id).update();
    }

    /**
     * The published questions and answers seen from {@code me}: given in his subtree or above him;
     * best matches first, then newest.
     */
    List<Consultations.FaqEntry> faq(long me, String q, Long topicId, int limit) {
        return jdbc.sql("""
                select c.id, t.name as topic, c.faq_question, c.faq_answer, c.faq_published_at, o.name as organization,
                       case when :q = '' then null else
                         ts_headline('russian', c.faq_question || ' — ' || c.faq_answer, websearch_to_tsquery('russian', :q), '{HEADLINE}') end as snippet,
                       case when :q = '' then 0 else ts_rank(c.faq_search, websearch_to_tsquery('russian', :q)) end as rank
                from consultation c
                join consultation_topic t on t.id = c.topic_id
                join organization o on o.id = c.organization_id
                where c.faq_published_at is not null
                  and (c.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me)
                       or c.organization_id in (select s.ancestor_id from org_subtree s where s.organization_id = :me))
                  and (:q = '' or c.faq_search @@ websearch_to_tsquery('russian', :q))
                  and (cast(:topic as bigint) is null or c.topic_id = :topic)
                order by rank desc, c.faq_published_at desc, c.id desc
                limit :limit""".replace("{HEADLINE}", HEADLINE_OPTIONS))
                .param("me", me)
                .param("q", q)
                .param("topic", topicId)
                .param("limit", limit)
                .query((rs, n) -> new Consultations.FaqEntry(
                        rs.getLong("id"),
                        rs.getString("topic"),
                        rs.getString("faq_question"),
                        rs.getString("faq_answer"),
                        instant(rs, "faq_published_at"),
                        rs.getString("organization"),
                        rs.getString("snippet")))
                .list();
    }

    /**
     * The consultations of the subtree within the filters counted by {@code dimension} — the topic,
     * the channel or the month — with the minutes spent.
     */
    List<Consultations.StatRow> statistics(long me, Consultations.Filter f, String zone, String dimension) {
        String key = switch (dimension) {
            case "topic" -> "t.name";
            case "channel" -> "c.channel";
            default -> "to_char(c.asked_at at time zone :zone, 'YYYY-MM')";
        };
        return filtered(
                        "select " + key + " as key, count(*) as total, coalesce(sum(c.minutes), 0) as minutes,"
                                + " count(*) filter (where c.answer is not null) as answered"
                                + " from consultation c join consultation_topic t on t.id = c.topic_id where"
                                + IN_SUBTREE
                                + FILTERS
                                + " group by 1 order by "
                                + ("month".equals(dimension) ? "1" : "2 desc, 1"),
                        me,
                        f,
                        zone,
                        "")
                .query((rs, n) -> new Consultations.StatRow(
                        rs.getString("key"), rs.getInt("total"), rs.getInt("answered"), rs.getLong("minutes")))
                .list();
    }

    List<Consultations.Topic> topics(boolean activeOnly) {
        return jdbc.sql("select id, name, position, active from consultation_topic"
                        + (activeOnly ? " where active" : "")
                        + " order by position, name")
                .query((rs, n) -> new Consultations.Topic(
                        rs.getLong("id"), rs.getString("name"), rs.getInt("position"), rs.getBoolean("active")))
                .list();
    }

    Optional<Consultations.Topic> topic(long id) {
        return jdbc.sql("select id, name, position, active from consultation_topic where id = ?")
                .param(id)
                .query((rs, n) -> new Consultations.Topic(
                        rs.getLong("id"), rs.getString("name"), rs.getInt("position"), rs.getBoolean("active")))
                .optional();
    }

    boolean topicNameTaken(String name, Long except) {
        return jdbc.sql(
                                "select count(*) from consultation_topic where lower(name) = lower(?) and id <> coalesce(?, -1)")
                        .params(name, except)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insertTopic(String name, int position, String actor) {
        return jdbc.sql("insert into consultation_topic (name, position, updated_by) values (?, ?, ?) returning id")
                .params(name, position, actor)
                .query(Long.class)
                .single();
    }

    void updateTopic(long id, String name, int position, boolean active, String actor) {
        jdbc.sql("""
                update consultation_topic set name = ?, position = ?, active = ?, updated_at = now(), updated_by = ?
                where id = ?""").params(name, position, active, actor, id).update();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
