package ru.probity.acts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code act_letter} and {@code act_letter_recipient}: letters sent down the tree, their
 * recipient organizations, the confirmations of receipt and the answers. A user of an organization
 * ({@code :me}) sees the letters sent from its subtree and those received by it ({@code org_subtree}).
 */
@Repository
class LetterStore {

    private static final String SUBTREE_OF_ME =
            " (select s.organization_id from org_subtree s where s.ancestor_id = :me) ";

    private static final String SUMMARY = """
            select l.id, l.act_id, a.title, s.name as sender, l.due_on, l.answer_requested, l.created_at, coalesce((select u.full_name from app_user u where u.username = l.created_by), l.created_by) as created_by,
                   count(r.id) as recipients, count(r.confirmed_at) as confirmed, count(r.answered_at) as answered
            from act_letter l join legal_act a on a.id = l.act_id join organization s on s.id = l.sender_organization_id
            left join act_letter_recipient r on r.letter_id = l.id""";

    private static final String GROUPED = " group by l.id, a.title, s.name order by l.created_at desc";

    private final JdbcClient jdbc;

    LetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sends the letter from the organization to the recipients; returns its id. */
    long insert(
            long actId,
            Long versionId,
            long senderOrganizationId,
            String note,
            LocalDate dueOn,
            boolean answerRequested,
            String actor,
            List<Long> recipients) {
        long id = jdbc.sql("""
                insert into act_letter (act_id, version_id, sender_organization_id, note, due_on, answer_requested, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(actId, versionId, senderOrganizationId, note, dueOn, answerRequested, actor)
                .query(Long.class)
                .single();
        jdbc.sql("insert into act_letter_recipient (letter_id, organization_id) select ?, unnest(?)")
                .params(id, recipients.toArray(Long[]::new))
                .update();
        return id;
    }

    /** Letters sent from the subtree of {@code me}, newest first. */
    List<Letters.Summary> sent(long me) {
        return jdbc.sql(SUMMARY + " where l.sender_organization_id in" + SUBTREE_OF_ME + GROUPED)
                .param("me", me)
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** Of the letters {@code ids}, those sent from the subtree of {@code me}, newest first. */
    List<Letters.Summary> sent(long me, Long[] ids) {
        return jdbc.sql(SUMMARY + " where l.id = any(:ids) and l.sender_organization_id in" + SUBTREE_OF_ME + GROUPED)
                .param("me", me)
                .param("ids", ids)
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** The letter, if it was sent from the subtree of {@code me} or to an organization of it. */
    Optional<Letters.Summary> summary(long letterId, long me) {
        return jdbc.sql(SUMMARY + " where l.id = :id and (l.sender_organization_id in" + SUBTREE_OF_ME
                        + " or exists (select 1 from act_letter_recipient r2 where r2.letter_id = l.id"
                        + " and r2.organization_id in" + SUBTREE_OF_ME + "))" + GROUPED)
                .param("id", letterId)
                .param("me", me)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    /** Whether the letter was sent from the subtree of {@code me}. */
    boolean sentFrom(long letterId, long me) {
        return jdbc.sql("select l.sender_organization_id in" + SUBTREE_OF_ME + "from act_letter l where l.id = :id")
                .param("me", me)
                .param("id", letterId)
                .query(Boolean.class)
                .single();
    }

    /** The recipients of a letter, all of them or only those of the subtree of {@code me}, in tree order. */
    List<Letters.Recipient> recipients(long letterId, long me, boolean all) {
        return jdbc.sql("""
                select r.id, r.organization_id, o.name, r.confirmed_at, coalesce((select u.full_name from app_user u where u.username = r.confirmed_by), r.confirmed_by) as confirmed_by, r.answer, r.answered_at,
                       (r.confirmed_at is null and l.due_on < current_date) as overdue,
                       r.organization_id in""" + SUBTREE_OF_ME + """
                       as mine
                from act_letter_recipient r join organization o on o.id = r.organization_id
                join act_letter l on l.id = r.letter_id
                where r.letter_id = :id and (:everyone or r.organization_id in""" + SUBTREE_OF_ME + """
                )
                order by o.path""")
                .param("id", letterId)
                .param("me", me)
                .param("everyone", all)
                .query((rs, n) -> new Letters.Recipient(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getString("name"),
                        DistributionStore.instant(rs.getTimestamp("confirmed_at")),
                        rs.getString("confirmed_by"),
                        rs.getString("answer"),
                        DistributionStore.instant(rs.getTimestamp("answered_at")),
                        rs.getBoolean("overdue"),
                        rs.getBoolean("mine"),
                        false))
                .list();
    }

    /** Letters addressed to organizations of the subtree of {@code me} (not sent by it), unconfirmed first. */
    List<Letters.Received> received(long me) {
        return jdbc.sql("""
                select l.id as letter_id, r.id, a.title, o.name, l.due_on, r.confirmed_at
                from act_letter_recipient r join act_letter l on l.id = r.letter_id join legal_act a on a.id = l.act_id
                join organization o on o.id = r.organization_id
                where r.organization_id in""" + SUBTREE_OF_ME + """
                  and l.sender_organization_id <> :me
                order by r.confirmed_at is not null, l.created_at desc limit 200""")
                .param("me", me)
                .query((rs, n) -> new Letters.Received(
                        rs.getLong("letter_id"),
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("name"),
                        LegalActStore.date(rs.getDate("due_on")),
                        DistributionStore.instant(rs.getTimestamp("confirmed_at"))))
                .list();
    }

    /** A recipient of a letter: its organization, and whether the letter was sent from the subtree of {@code me}. */
    /**
     * Letters the officer of {@code me} has to confirm: addressed to an organization of his subtree,
     * not yet confirmed, and sent from outside it (the sender's side may not confirm, {@link #addressee}).
     */
    List<Letters.Received> toConfirm(long me) {
        return jdbc.sql("""
                select l.id as letter_id, r.id, a.title, o.name, l.due_on, r.confirmed_at
                from act_letter_recipient r join act_letter l on l.id = r.letter_id join legal_act a on a.id = l.act_id
                join organization o on o.id = r.organization_id
                where r.organization_id in""" + SUBTREE_OF_ME + """
                  and r.confirmed_at is null
                  and l.sender_organization_id not in""" + SUBTREE_OF_ME + """
                order by l.due_on nulls last, l.created_at limit 200""")
                .param("me", me)
                .query((rs, n) -> new Letters.Received(
                        rs.getLong("letter_id"),
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("name"),
                        LegalActStore.date(rs.getDate("due_on")),
                        null))
                .list();
    }

    record Addressee(long organizationId, boolean sentFromMine) {}

    Optional<Addressee> addressee(long recipientId, long me) {
        return jdbc.sql("select r.organization_id, l.sender_organization_id in" + SUBTREE_OF_ME + """
                        as sent_from_mine
                        from act_letter_recipient r join act_letter l on l.id = r.letter_id
                        where r.id = :id""")
                .param("me", me)
                .param("id", recipientId)
                .query((rs, n) -> new Addressee(rs.getLong("organization_id"), rs.getBoolean("sent_from_mine")))
                .optional();
    }

    /** The receipt confirmed (once) and the answer, when one is given, recorded. */
    void confirm(long recipientId, String answer, String actor) {
        jdbc.sql("""
                update act_letter_recipient set confirmed_at = coalesce(confirmed_at, now()),
                  confirmed_by = coalesce(confirmed_by, :by),
                  answer = coalesce(cast(:answer as text), answer),
                  answered_at = case when cast(:answer as text) is null then answered_at else now() end,
                  answered_by = case when cast(:answer as text) is null then answered_by else :by end
                where id = :id""")
                .param("id", recipientId)
                .param("by", actor)
                .param("answer", answer)
                .update();
    }

    private static Letters.Summary summary(ResultSet rs) throws SQLException {
        return new Letters.Summary(
                rs.getLong("id"),
                rs.getLong("act_id"),
                rs.getString("title"),
                rs.getString("sender"),
                LegalActStore.date(rs.getDate("due_on")),
                rs.getBoolean("answer_requested"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getInt("recipients"),
                rs.getInt("confirmed"),
                rs.getInt("answered"));
    }
}
