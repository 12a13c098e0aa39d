package ru.probity.expertise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.probity.platform.RegionTime;

/**
 * The conclusions and proposals received on published drafts ({@code expertise_submission},
 * {@code expertise_submission_file}), with the publication and the register's title they concern.
 */
@Component
class SubmissionStore {

    private static final String SUBTREE =
            " s.organization_id in (select organization_id from org_subtree where ancestor_id = :scope)";

    private static final String ROW = """
            select s.id, s.publication_id, p.document_id, d.title, o.name as organization_name, s.kind, s.author_name,
                   s.email, s.postal_address, s.accreditation_order, s.accreditation_date, s.text,
                   s.registration_year, s.registration_number, s.received_on, s.due_on, s.answer, s.accepted,
                   (s.answered_at at time zone :zone) as answered_at, s.answered_by, s.sent_how,
                   (s.sent_at at time zone :zone) as sent_at, s.sent_by,
                   (select count(*) from expertise_submission_file f where f.submission_id = s.id) as files
            from expertise_submission s
            join expertise_publication p on p.id = s.publication_id
            join expertise_document d on d.id = p.document_id
            join organization o on o.id = s.organization_id
            """;

    private final JdbcClient jdbc;
    private final RegionTime regionTime;

    SubmissionStore(JdbcClient jdbc, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.regionTime = regionTime;
    }

    /** A received conclusion or proposal. */
    record Row(
            long id,
            long publicationId,
            long documentId,
            String title,
            String organizationName,
            String kind,
            String authorName,
            String email,
            String postalAddress,
            String accreditationOrder,
            LocalDate accreditationDate,
            String text,
            int registrationYear,
            int registrationNumber,
            LocalDate receivedOn,
            LocalDate dueOn,
            String answer,
            Boolean accepted,
            LocalDateTime answeredAt,
            String answeredBy,
            String sentHow,
            LocalDateTime sentAt,
            String sentBy,
            int files) {}

    /** A file of a conclusion. */
    record FileRow(long id, String fileName, String contentType, int size) {}

    record Download(String fileName, String contentType, byte[] content) {}

    /** What a new submission stores. */
    record New(
            long publicationId,
            long organizationId,
            String kind,
            String authorName,
            String email,
            String postalAddress,
            String accreditationOrder,
            LocalDate accreditationDate,
            String text,
            LocalDate receivedOn,
            LocalDate dueOn,
            byte[] statusCodeHash) {}

    private JdbcClient.StatementSpec rows(String where) {
        return jdbc.sql(ROW + " where " + where).param("zone", regionTime.id());
    }

    /** The received ones of the subtree: of one publication, or all; pending only (not sent) when asked. */
    List<Row> list(long scope, Long publicationId, boolean pendingOnly) {
        return rows(SUBTREE
                        + " and (cast(:publication as bigint) is null or s.publication_id = :publication)"
                        + (pendingOnly ? " and s.sent_at is null" : "")
                        + " order by s.sent_at is not null, s.due_on, s.id")
                .param("scope", scope)
                .param("publication", publicationId)
                .query(Row.class)
                .list();
    }

    Optional<Row> find(long scope, long id) {
        return rows(SUBTREE + " and s.id = :id")
                .param("scope", scope)
                .param("id", id)
                .query(Row.class)
                .optional();
    }

    Optional<Row> findByCode(byte[] codeHash) {
        return rows("s.status_code_hash = :hash")
                .param("hash", codeHash)
                .query(Row.class)
                .optional();
    }

    /** Registers a submission with the next number of its organization and year; its id and number. */
    Row insert(New s) {
        int year = s.receivedOn().getYear();
        // one numbering per organization and year, gap-free: numbers are taken one at a time
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('expertise_submission'), cast(? as int))) x")
                .param((int) s.organizationId())
                .query(Integer.class)
                .single();
        int number = jdbc.sql("""
                        select coalesce(max(registration_number), 0) + 1 from expertise_submission
                        where organization_id = ? and registration_year = ?""")
                .params(s.organizationId(), year)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        insert into expertise_submission (publication_id, organization_id, kind, author_name, email,
                            postal_address, accreditation_order, accreditation_date, text, registration_year,
                            registration_number, received_on, due_on, status_code_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        s.publicationId(),
                        s.organizationId(),
                        s.kind(),
                        s.authorName(),
                        s.email(),
                        s.postalAddress(),
                        s.accreditationOrder(),
                        s.accreditationDate(),
                        s.text(),
                        year,
                        number,
                        s.receivedOn(),
                        s.dueOn(),
                        s.statusCodeHash())
                .query(Long.class)
                .single();
        return rows("s.id = :id").param("id", id).query(Row.class).single();
    }

    void addFile(long submissionId, String name, String contentType, byte[] content, String sha256) {
        jdbc.sql("""
                        insert into expertise_submission_file (submission_id, file_name, content_type, content, sha256)
                        values (?, ?, ?, ?, ?)""").params(submissionId, name, contentType, content, sha256).update();
    }

    List<FileRow> files(long submissionId) {
        return jdbc.sql("""
                        select id, file_name, content_type, octet_length(content) as size
                        from expertise_submission_file where submission_id = ? order by id""").param(submissionId).query(FileRow.class).list();
    }

    Optional<Download> file(long submissionId, long fileId) {
        return jdbc.sql("""
                        select file_name, content_type, content from expertise_submission_file
                        where submission_id = ? and id = ?""").params(submissionId, fileId).query(Download.class).optional();
    }

    /** Records the answer once; false if it was answered already. */
    boolean answer(long id, String answer, boolean accepted, String by) {
        return jdbc.sql("""
                                update expertise_submission set answer = ?, accepted = ?, answered_at = now(), answered_by = ?
                                where id = ? and answered_at is null""").params(answer, accepted, by, id).update() > 0;
    }

    /** Marks the answer sent once; false if it was sent already or not answered. */
    boolean sent(long id, String how, String by) {
        return jdbc.sql("""
                                update expertise_submission set sent_how = ?, sent_at = now(), sent_by = ?
                                where id = ? and answered_at is not null and sent_at is null""").params(how, by, id).update() > 0;
    }

    /** The subtree's figures for the statistics: independent conclusions received and accepted. */
    public record Figures(int conclusionsReceived, int conclusionsAccepted, int proposalsReceived) {}

    Figures figures(long scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) filter (where s.kind = 'INDEPENDENT_CONCLUSION') as conclusions_received,
                               count(*) filter (where s.kind = 'INDEPENDENT_CONCLUSION' and s.accepted) as conclusions_accepted,
                               count(*) filter (where s.kind = 'PROPOSAL') as proposals_received
                        from expertise_submission s
                        where""" + SUBTREE + " and s.received_on between :from and :to")
                .param("scope", scope)
                .param("from", from)
                .param("to", to)
                .query(Figures.class)
                .single();
    }
}
