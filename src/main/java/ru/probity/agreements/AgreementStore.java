package ru.probity.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.agreements.model.AgreementStatus;
import ru.probity.platform.AttachedFile;

/**
 * The tables of the agreements: {@code agreement}, {@code agreement_party}, {@code
 * agreement_obligation} and {@code agreement_file}; it reads the published {@code organization},
 * {@code org_subtree} and {@code app_user}.
 */
@Repository
class AgreementStore {

    /**
     * Who sees an agreement (over {@code a}): a party of the subtree of {@code :me}; with {@code
     * :whole} (a regional role attached to the root), also the agreements whose parties are all
     * external.
     */
    private static final String VISIBLE = """
            (exists (select 1 from agreement_party p where p.agreement_id = a.id
                       and p.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me))
             or (:whole and (select r.parent_id from organization r where r.id = :me) is null
                 and not exists (select 1 from agreement_party p where p.agreement_id = a.id and p.organization_id is not null)))
            """;

    /** The fields of an agreement row, without parties and counts. */
    record Row(
            long id,
            String number,
            LocalDate signedOn,
            String subject,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate terminatedOn,
            String terminationReason,
            String note) {}

    private static final String ROW = """
            select a.id, a.number, a.signed_on, a.subject, a.valid_from, a.valid_to, a.terminated_on,
                   a.termination_reason, a.note
            from agreement a""";

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getObject("signed_on", LocalDate.class),
                rs.getString("subject"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getObject("terminated_on", LocalDate.class),
                rs.getString("termination_reason"),
                rs.getString("note"));
    }

    boolean inSubtree(long ancestorId, long organizationId) {
        return jdbc.sql("select exists (select 1 from org_subtree where ancestor_id = :a and organization_id = :o)")
                .param("a", ancestorId)
                .param("o", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** The list's filters; {@code status} is computed from the dates on {@code today} (AgreementStatus#of). */
    record Filter(String q, Long organizationId, Integer year, AgreementStatus status, LocalDate today) {}

    List<Row> search(long me, boolean whole, Filter filter) {
        StringBuilder sql = new StringBuilder(ROW).append(" where ").append(VISIBLE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("me", me);
        params.put("whole", whole);
        if (filter.q() != null) {
            sql.append("""
                     and (a.number ilike :q or a.subject ilike :q
                          or exists (select 1 from agreement_party p left join organization o on o.id = p.organization_id
                                     where p.agreement_id = a.id and coalesce(o.name, p.external_name) ilike :q))""");
            params.put(
                    "q",
                    "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.organizationId() != null) {
            sql.append("""
                     and exists (select 1 from agreement_party p where p.agreement_id = a.id
                       and p.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org))""");
            params.put("org", filter.organizationId());
        }
        if (filter.year() != null) {
            sql.append(" and extract(year from a.signed_on) = :year");
            params.put("year", filter.year());
        }
        if (filter.status() != null) {
            // AgreementStatus#of in SQL, so the limit below counts the agreements of the status asked for
            sql.append(
                    switch (filter.status()) {
                        case TERMINATED -> " and a.terminated_on <= :today";
                        case EXPIRED ->
                            " and (a.terminated_on is null or a.terminated_on > :today) and a.valid_to < :today";
                        case ACTIVE ->
                            " and (a.terminated_on is null or a.terminated_on > :today)"
                                    + " and (a.valid_to is null or a.valid_to >= :today)";
                    });
            params.put("today", filter.today());
        }
        sql.append(" order by a.signed_on desc, a.id desc limit 2000");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(AgreementStore::row)
                .list();
    }

    Optional<Row> find(long me, boolean whole, long id) {
        return jdbc.sql(ROW + " where a.id = :id and " + VISIBLE)
                .param("id", id)
                .param("me", me)
                .param("whole", whole)
                .query(AgreementStore::row)
                .optional();
    }

    /** The parties of the agreements, by agreement, in their order. */
    Map<Long, List<Party>> parties(List<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Map.of();
        }
        record Owned(long agreementId, Party party) {}
        return jdbc
                .sql("""
                        select p.agreement_id, p.id, p.organization_id, o.name, p.external_name
                        from agreement_party p left join organization o on o.id = p.organization_id
                        where p.agreement_id in (:ids) order by p.agreement_id, p.position, p.id""")
                .param("ids", agreementIds)
                .query((rs, n) -> new Owned(
                        rs.getLong(1),
                        new Party(rs.getLong(2), (Long) rs.getObject(3), rs.getString(4), rs.getString(5))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Owned::agreementId, LinkedHashMap::new, Collectors.mapping(Owned::party, Collectors.toList())));
    }

    record ObligationRow(
            long id,
            long agreementId,
            String text,
            Long partyId,
            String partyName,
            LocalDate dueOn,
            LocalDate doneOn,
            String note) {}

    List<ObligationRow> obligations(List<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select b.id, b.agreement_id, b.text, b.party_id, coalesce(o.name, p.external_name), b.due_on,
                               b.done_on, b.note
                        from agreement_obligation b
                        left join agreement_party p on p.id = b.party_id
                        left join organization o on o.id = p.organization_id
                        where b.agreement_id in (:ids) order by b.agreement_id, b.due_on nulls last, b.id""")
                .param("ids", agreementIds)
                .query((rs, n) -> new ObligationRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        (Long) rs.getObject(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8)))
                .list();
    }

    long create(
            String number,
            LocalDate signedOn,
            String subject,
            LocalDate validFrom,
            LocalDate validTo,
            String note,
            String actor) {
        return jdbc.sql("""
                        insert into agreement (number, signed_on, subject, valid_from, valid_to, note, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(number, signedOn, subject, validFrom, validTo, note, actor, actor)
                .query(Long.class)
                .single();
    }

    void update(
            long id,
            String number,
            LocalDate signedOn,
            String subject,
            LocalDate validFrom,
            LocalDate validTo,
            String note,
            String actor) {
        jdbc.sql("""
                        update agreement set number = ?, signed_on = ?, subject = ?, valid_from = ?, valid_to = ?, note = ?,
                               updated_by = ?, updated_at = now() where id = ?""")
                .params(number, signedOn, subject, validFrom, validTo, note, actor, id)
                .update();
    }

    void terminate(long id, LocalDate on, String reason, String actor) {
        jdbc.sql("""
                        update agreement set terminated_on = ?, termination_reason = ?, updated_by = ?, updated_at = now()
                        where id = ?""").params(on, reason, actor, id).update();
    }

    void addParty(long agreementId, int position, Long organizationId, String externalName) {
        jdbc.sql("""
                        insert into agreement_party (agreement_id, position, organization_id, external_name)
                        values (?, ?, ?, ?)""")
                .params(agreementId, position, organizationId, externalName)
                .update();
    }

    void moveParty(long partyId, int position) {
        jdbc.sql("update agreement_party set position = ? where id = ?")
                .params(position, partyId)
                .update();
    }

    boolean partyHasObligations(long partyId) {
        return jdbc.sql("select exists (select 1 from agreement_obligation where party_id = ?)")
                .param(partyId)
                .query(Boolean.class)
                .single();
    }

    void removeParty(long agreementId, long partyId) {
        jdbc.sql("delete from agreement_party where agreement_id = ? and id = ?")
                .params(agreementId, partyId)
                .update();
    }

    long addObligation(long agreementId, String text, Long partyId, LocalDate dueOn, String actor) {
        return jdbc.sql("""
                        insert into agreement_obligation (agreement_id, text, party_id, due_on, updated_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(agreementId, text, partyId, dueOn, actor)
                .query(Long.class)
                .single();
    }

    int markDone(long agreementId, long obligationId, LocalDate doneOn, String note, String actor) {
        return jdbc.sql("""
                        update agreement_obligation set done_on = ?, note = ?, updated_by = ?, updated_at = now()
                        where agreement_id = ? and id = ?""")
                .params(doneOn, note, actor, agreementId, obligationId)
                .update();
    }

    int removeObligation(long agreementId, long obligationId) {
        return jdbc.sql("delete from agreement_obligation where agreement_id = ? and id = ?")
                .params(agreementId, obligationId)
                .update();
    }

    long addFile(long agreementId, AttachedFile file, String actor) {
        return jdbc.sql("""
                        insert into agreement_file (agreement_id, name, content_type, size, sha256, content, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        agreementId,
                        file.name(),
                        file.type().contentType(),
                        file.content().length,
                        file.sha256(),
                        file.content(),
                        actor)
                .query(Long.class)
                .single();
    }

    List<AgreementFile> files(long agreementId) {
        return jdbc.sql("""
                        select f.id, f.name, f.content_type, f.size, f.uploaded_at, coalesce(u.full_name, f.uploaded_by)
                        from agreement_file f left join app_user u on u.username = f.uploaded_by
                        where f.agreement_id = ? order by f.id""")
                .param(agreementId)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp(5);
                    return new AgreementFile(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            at == null ? null : at.toInstant(),
                            rs.getString(6));
                })
                .list();
    }

    record Content(String name, String contentType, byte[] bytes) {}

    Optional<Content> content(long agreementId, long fileId) {
        return jdbc.sql("select name, content_type, content from agreement_file where agreement_id = ? and id = ?")
                .params(agreementId, fileId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
