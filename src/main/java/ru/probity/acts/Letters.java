package ru.probity.acts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organization;
import ru.probity.org.Organizations;

/**
 * Letters and materials sent down the tree — the regional body's information letters,
 * methodological recommendations, reviews of court practice: each recipient organization confirms
 * receipt (its officer does) and may answer; the sender sees who has not confirmed.
 */
@Service
@Transactional
public class Letters {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final LegalActs acts;

    Letters(JdbcClient jdbc, Organizations organizations, LegalActs acts) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.acts = acts;
    }

    /** To whom: the municipalities one level of the tree down, all municipalities, or chosen organizations. */
    public enum Recipients {
        MUNICIPALITIES,
        ALL_MUNICIPALITIES,
        CHOSEN
    }

    public record Summary(
            long id,
            long actId,
            String title,
            String sender,
            LocalDate dueOn,
            boolean answerRequested,
            Instant createdAt,
            String createdBy,
            int recipients,
            int confirmed,
            int answered) {}

    public record Recipient(
            long id,
            long organizationId,
            String organization,
            Instant confirmedAt,
            String confirmedBy,
            String answer,
            Instant answeredAt,
            boolean overdue,
            boolean mine) {}

    /** A letter as a recipient sees it in his list. */
    public record Received(
            long letterId, long recipientId, String title, String organization, LocalDate dueOn, Instant confirmedAt) {}

    /** Sends the act's newest version down from the user's organization; returns the letter's id. */
    public long send(
            CurrentUser user,
            long actId,
            Recipients recipients,
            List<Long> chosen,
            LocalDate dueOn,
            boolean answerRequested,
            String note) {
        LegalActs.requireKeeper(user);
        acts.get(user, actId);
        Long versionId = acts.latest(user, actId).map(ActVersion::id).orElse(null);
        List<Long> to = switch (recipients) {
            case MUNICIPALITIES, ALL_MUNICIPALITIES -> {
                List<Organization> visible = organizations.visible(user);
                Map<Long, Organization> byId = new java.util.HashMap<>();
                visible.forEach(v -> byId.put(v.id(), v));
                int own = visible.stream()
                        .filter(o -> o.id() == user.organizationId())
                        .findFirst()
                        .map(Organization::depth)
                        .orElse(0);
                yield visible.stream()
                        .filter(o -> o.active() && o.kind().isMunicipality() && o.id() != user.organizationId())
                        .filter(o -> recipients == Recipients.ALL_MUNICIPALITIES || topMunicipality(o, byId, own))
                        .map(Organization::id)
                        .toList();
            }
            case CHOSEN ->
                chosen == null
                        ? List.of()
                        : chosen.stream()
                                .filter(id -> id != user.organizationId() && organizations.isVisible(user, id))
                                .distinct()
                                .toList();
        };
        if (to.isEmpty()) {
            throw new InvalidActException(Map.of("recipients", "letters.error.nobody"));
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now())) {
            throw new InvalidActException(Map.of("dueOn", "acts.error.due"));
        }
        long id = jdbc.sql("""
                insert into act_letter (act_id, version_id, sender_organization_id, note, due_on, answer_requested, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        actId,
                        versionId,
                        user.organizationId(),
                        note == null || note.isBlank() ? null : note.strip(),
                        dueOn,
                        answerRequested,
                        user.username())
                .query(Long.class)
                .single();
        jdbc.sql("insert into act_letter_recipient (letter_id, organization_id) select ?, unnest(?)")
                .params(id, to.toArray(Long[]::new))
                .update();
        return id;
    }

    /** A municipality with no municipality between it and the sender (a district, not its settlements). */
    private static boolean topMunicipality(Organization o, Map<Long, Organization> byId, int senderDepth) {
        for (Long parent = o.parentId(); parent != null; ) {
            Organization p = byId.get(parent);
            if (p == null || p.depth() <= senderDepth) {
                return true;
            }
            if (p.kind().isMunicipality()) {
                return false;
            }
            parent = p.parentId();
        }
        return true;
    }

    /** Letters sent from the user's subtree, newest first. */
    @Transactional(readOnly = true)
    public List<Summary> sent(CurrentUser user) {
        return summaries(" s.path like :scope || '%' ", user);
    }

    @Transactional(readOnly = true)
    public Summary summary(CurrentUser user, long letterId) {
        // the sender's side, or a recipient in the user's subtree
        return summaries(
                        " l.id = :id and (s.path like :scope || '%' or exists (select 1 from act_letter_recipient r2"
                                + " join organization ro on ro.id = r2.organization_id where r2.letter_id = l.id"
                                + " and ro.path like :scope || '%')) ",
                        user, letterId)
                .stream()
                .findFirst()
                .orElseThrow(() -> new ActNotFoundException(letterId));
    }

    private List<Summary> summaries(String where, CurrentUser user, Long... id) {
        var spec = jdbc.sql("""
                select l.id, l.act_id, a.title, s.name as sender, l.due_on, l.answer_requested, l.created_at, l.created_by,
                       count(r.id) as recipients, count(r.confirmed_at) as confirmed, count(r.answered_at) as answered
                from act_letter l join legal_act a on a.id = l.act_id join organization s on s.id = l.sender_organization_id
                left join act_letter_recipient r on r.letter_id = l.id""" + " where " + where + """
                group by l.id, a.title, s.name order by l.created_at desc""").param("scope", organizations.scopePath(user));
        if (id.length > 0) {
            spec = spec.param("id", id[0]);
        }
        return spec.query((rs, n) -> new Summary(
                        rs.getLong("id"),
                        rs.getLong("act_id"),
                        rs.getString("title"),
                        rs.getString("sender"),
                        LegalActs.date(rs.getDate("due_on")),
                        rs.getBoolean("answer_requested"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        rs.getInt("recipients"),
                        rs.getInt("confirmed"),
                        rs.getInt("answered")))
                .list();
    }

    /** The recipients the user may see: all for the sender's side, his own subtree's otherwise. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(CurrentUser user, long letterId) {
        summary(user, letterId);
        String scope = organizations.scopePath(user);
        boolean sender =
                jdbc.sql("""
                        select s.path like ? || '%' from act_letter l join organization s on s.id = l.sender_organization_id
                        where l.id = ?""").params(scope, letterId).query(Boolean.class).single();
        return jdbc.sql("""
                select r.id, r.organization_id, o.name, r.confirmed_at, r.confirmed_by, r.answer, r.answered_at,
                       (r.confirmed_at is null and l.due_on < current_date) as overdue, o.path like :scope || '%' as mine
                from act_letter_recipient r join organization o on o.id = r.organization_id
                join act_letter l on l.id = r.letter_id
                where r.letter_id = :id and (:sender or o.path like :scope || '%')
                order by o.path""")
                .param("id", letterId)
                .param("scope", scope)
                .param("sender", sender)
                .query((rs, n) -> new Recipient(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getString("name"),
                        instant(rs.getTimestamp("confirmed_at")),
                        rs.getString("confirmed_by"),
                        rs.getString("answer"),
                        instant(rs.getTimestamp("answered_at")),
                        rs.getBoolean("overdue"),
                        rs.getBoolean("mine")))
                .list();
    }

    /** Letters addressed to organizations of the user's subtree (not sent by it), unconfirmed first. */
    @Transactional(readOnly = true)
    public List<Received> received(CurrentUser user) {
        return jdbc.sql("""
                select l.id as letter_id, r.id, a.title, o.name, l.due_on, r.confirmed_at
                from act_letter_recipient r join act_letter l on l.id = r.letter_id join legal_act a on a.id = l.act_id
                join organization o on o.id = r.organization_id
                where o.path like :scope || '%' and l.sender_organization_id <> :me
                order by r.confirmed_at is not null, l.created_at desc limit 200""")
                .param("scope", organizations.scopePath(user))
                .param("me", user.organizationId())
                .query((rs, n) -> new Received(
                        rs.getLong("letter_id"),
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("name"),
                        LegalActs.date(rs.getDate("due_on")),
                        instant(rs.getTimestamp("confirmed_at"))))
                .list();
    }

    /**
     * The recipient's officer confirms receipt, with an answer when he gives one. Only an officer
     * of the recipient organization (or of an organization between it and the sender) may; the
     * sender's side may not confirm for its recipients.
     */
    public void confirm(CurrentUser user, long recipientId, String answer) {
        LegalActs.requireKeeper(user);
        var row = jdbc.sql("""
                select r.organization_id, s.path as sender_path, u.path as user_path
                from act_letter_recipient r join act_letter l on l.id = r.letter_id
                join organization s on s.id = l.sender_organization_id, organization u
                where r.id = ? and u.id = ?""")
                .params(recipientId, user.organizationId())
                .query((rs, n) -> new String[] {Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3)})
                .optional()
                .orElseThrow(() -> new ActNotFoundException(recipientId));
        boolean recipientInScope = organizations.isVisible(user, Long.parseLong(row[0]));
        boolean senderSide = row[1].startsWith(row[2]);
        if (!recipientInScope || senderSide) {
            throw new AccessDeniedException(user.username() + " may not confirm letter recipient " + recipientId);
        }
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        jdbc.sql("""
                update act_letter_recipient set confirmed_at = coalesce(confirmed_at, now()),
                  confirmed_by = coalesce(confirmed_by, :by),
                  answer = coalesce(:answer, answer),
                  answered_at = case when :answer is null then answered_at else now() end,
                  answered_by = case when :answer is null then answered_by else :by end
                where id = :id""")
                .param("id", recipientId)
                .param("by", user.username())
                .param("answer", text)
                .update();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
