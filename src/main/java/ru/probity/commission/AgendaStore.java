package ru.probity.commission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.commission.model.Choice;
import ru.probity.commission.model.Tally;

/**
 * The questions of a meeting's agenda ({@code commission_agenda_item}) with the members' recusals
 * ({@code commission_recusal}), votes ({@code commission_vote}: with the choice in an open vote, without
 * it in a secret one) and dissenting opinions ({@code commission_dissent}).
 */
@Repository
class AgendaStore {

    private final JdbcClient jdbc;

    AgendaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A question as stored, its case by id. */
    record Row(AgendaItem item, long caseId) {}

    /** The meeting's questions in their order, with recusals and votes; {@code theCase} is left null. */
    List<Row> items(long meetingId) {
        Map<Long, Map<Long, String>> recusals = new HashMap<>();
        jdbc.sql("""
                select r.item_id, r.member_id, coalesce(r.reason, '') as reason from commission_recusal r
                join commission_agenda_item i on i.id = r.item_id where i.meeting_id = ?""").param(meetingId).query(rs -> {
            recusals.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
        });
        Map<Long, Map<Long, String>> votes = new HashMap<>();
        Map<Long, Set<Long>> voters = new HashMap<>();
        // a secret vote's rows carry no choice: who voted only
        jdbc.sql("""
                select v.item_id, v.member_id, v.choice from commission_vote v
                join commission_agenda_item i on i.id = v.item_id where i.meeting_id = ?""").param(meetingId).query(rs -> {
            voters.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
            if (rs.getString(3) != null) {
                votes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
            }
        });
        Map<Long, Map<Long, String>> dissents = new HashMap<>();
        jdbc.sql("""
                select d.item_id, d.member_id, d.text from commission_dissent d
                join commission_agenda_item i on i.id = d.item_id where i.meeting_id = ? order by d.recorded_at""").param(meetingId).query(rs -> {
            dissents.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
        });
        List<Row> rows = new ArrayList<>();
        jdbc.sql("select * from commission_agenda_item where meeting_id = ? order by position, id")
                .param(meetingId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    String decision = rs.getString("decision");
                    String presence = rs.getString("servant_presence");
                    rows.add(new Row(
                            new AgendaItem(
                                    id,
                                    meetingId,
                                    rs.getInt("position"),
                                    null,
                                    rs.getString("heard"),
                                    rs.getString("speeches"),
                                    decision == null ? null : Decision.valueOf(decision),
                                    rs.getString("decision_text"),
                                    rs.getString("motivation"),
                                    (Integer) rs.getObject("votes_for"),
                                    (Integer) rs.getObject("votes_against"),
                                    (Integer) rs.getObject("votes_abstained"),
                                    (Boolean) rs.getObject("adopted"),
                                    recusals.getOrDefault(id, Map.of()),
                                    votes.getOrDefault(id, Map.of()),
                                    rs.getBoolean("open_vote"),
                                    voters.getOrDefault(id, Set.of()),
                                    presence == null ? null : ServantPresence.valueOf(presence),
                                    rs.getBoolean("law_enforcement"),
                                    dissents.getOrDefault(id, Map.of())),
                            rs.getLong("case_id")));
                });
        return rows;
    }

    Optional<Long> meetingOfItem(long itemId) {
        return jdbc.sql("select meeting_id from commission_agenda_item where id = ?")
                .param(itemId)
                .query(Long.class)
                .optional();
    }

    /** A question's case and whether its decision was adopted (null: not voted yet). */
    record State(long caseId, Boolean adopted) {}

    State state(long itemId) {
        return jdbc.sql("select case_id, adopted from commission_agenda_item where id = ?")
                .param(itemId)
                .query((rs, n) -> new State(rs.getLong(1), (Boolean) rs.getObject(2)))
                .single();
    }

    /** Puts the case last on the meeting's agenda. */
    long add(long meetingId, long caseId, String heard) {
        return jdbc.sql("""
                insert into commission_agenda_item (meeting_id, case_id, position, heard)
                values (?, ?, (select coalesce(max(position), 0) + 1 from commission_agenda_item where meeting_id = ?), ?)
                returning id""")
                .params(meetingId, caseId, meetingId, heard)
                .query(Long.class)
                .single();
    }

    void remove(long itemId) {
        jdbc.sql("delete from commission_agenda_item where id = ?")
                .param(itemId)
                .update();
    }

    /** The member takes no part in the question: his recusal (its reason rewritten), his vote dropped. */
    void recuse(long itemId, long memberId, String reason) {
        jdbc.sql("""
                insert into commission_recusal (item_id, member_id, reason) values (?, ?, ?)
                on conflict (item_id, member_id) do update set reason = excluded.reason""").params(itemId, memberId, reason).update();
        jdbc.sql("delete from commission_vote where item_id = ? and member_id = ?")
                .params(itemId, memberId)
                .update();
    }

    void withdrawRecusal(long itemId, long memberId) {
        jdbc.sql("delete from commission_recusal where item_id = ? and member_id = ?")
                .params(itemId, memberId)
                .update();
    }

    /** The votes of an open vote on the question, each member's choice, replacing any earlier ones. */
    void votes(long itemId, Map<Long, Choice> votes) {
        jdbc.sql("delete from commission_vote where item_id = ?").param(itemId).update();
        votes.forEach((member, choice) -> jdbc.sql(
                        "insert into commission_vote (item_id, member_id, choice) values (?, ?, ?)")
                .params(itemId, member, choice.name())
                .update());
    }

    /** Who took part in a secret vote on the question — no choice is kept — replacing any earlier votes. */
    void voters(long itemId, Collection<Long> members) {
        jdbc.sql("delete from commission_vote where item_id = ?").param(itemId).update();
        members.forEach(
                member -> jdbc.sql("insert into commission_vote (item_id, member_id, choice) values (?, ?, null)")
                        .params(itemId, member)
                        .update());
    }

    /** A member's dissenting opinion on the question, rewritten when he gives it again. */
    void dissent(long itemId, long memberId, String text, String by) {
        jdbc.sql("""
                insert into commission_dissent (item_id, member_id, text, recorded_by) values (?, ?, ?, ?)
                on conflict (item_id, member_id) do update set text = excluded.text, recorded_by = excluded.recorded_by,
                  recorded_at = now()""").params(itemId, memberId, text, by).update();
    }

    /** What the minutes record of a question once it is voted on. */
    record Minutes(
            String heard,
            String speeches,
            Decision decision,
            String decisionText,
            String motivation,
            Tally tally,
            boolean adopted,
            String by,
            boolean openVote,
            ServantPresence servantPresence,
            boolean lawEnforcement) {}

    /** The vote's outcome; {@code heard} stays as it was when none is given. */
    void voted(long itemId, Minutes m) {
        jdbc.sql("""
                update commission_agenda_item set heard = coalesce(?, heard), speeches = ?, decision = ?,
                  decision_text = ?, motivation = ?, votes_for = ?, votes_against = ?, votes_abstained = ?, adopted = ?,
                  decided_at = now(), decided_by = ?, open_vote = ?, servant_presence = ?, law_enforcement = ?
                where id = ?""")
                .params(
                        m.heard(),
                        m.speeches(),
                        m.decision().name(),
                        m.decisionText(),
                        m.motivation(),
                        m.tally().votesFor(),
                        m.tally().against(),
                        m.tally().abstained(),
                        m.adopted(),
                        m.by(),
                        m.openVote(),
                        m.servantPresence() == null ? null : m.servantPresence().name(),
                        m.lawEnforcement(),
                        itemId)
                .update();
    }
}
