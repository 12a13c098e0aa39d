package ru.probity.declarations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;

/**
 * The batches of «Справки БК» packages ({@code spravki_batch}, {@code spravki_batch_file}): stored
 * whole at upload, their names, contents and results sealed under the batch's key; reads accounts'
 * published {@code app_user} to file a batch with its uploader's rights as they are now.
 */
@Repository
class SpravkiBatchStore {

    /** A batch as listed and shown: its counts by outcome. */
    record Batch(
            long id,
            long campaignId,
            long uploadedBy,
            byte[] dataKey,
            int files,
            int processed,
            int imported,
            Instant createdAt,
            Instant finishedAt) {

        boolean finished() {
            return finishedAt != null;
        }

        int percent() {
            return files == 0 ? 100 : processed * 100 / files;
        }
    }

    /** A file still to be filed, claimed by this transaction: its name and content sealed. */
    record Pending(long batchId, int seq, byte[] name, byte[] content) {}

    /** A file filed (or not): its outcome and its sealed result. */
    record Done(int seq, String outcome, byte[] result) {}

    private final JdbcClient jdbc;

    SpravkiBatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('spravki_batch', 'id'))")
                .query(Long.class)
                .single();
    }

    void create(long id, long campaignId, long uploadedBy, byte[] dataKey) {
        jdbc.sql("""
                insert into spravki_batch (id, campaign_id, uploaded_by, data_key, files)
                values (?, ?, ?, ?, 0)""").params(id, campaignId, uploadedBy, dataKey).update();
    }

    /** The number of files, once the upload is stored. */
    void counted(long id, int files) {
        jdbc.sql("update spravki_batch set files = ? where id = ?")
                .params(files, id)
                .update();
    }

    /** A file to be filed: its name and content sealed. */
    void addPending(long batchId, int seq, byte[] name, byte[] content) {
        jdbc.sql("insert into spravki_batch_file (batch_id, seq, name, content) values (?, ?, ?, ?)")
                .params(batchId, seq, name, content)
                .update();
    }

    /** A file refused at upload (broken archive, over a limit): its result is known at once. */
    void addDone(long batchId, int seq, byte[] name, String outcome, byte[] result) {
        jdbc.sql("""
                insert into spravki_batch_file (batch_id, seq, name, outcome, result, processed_at)
                values (?, ?, ?, ?, ?, now())""").params(batchId, seq, name, outcome, result).update();
    }

    private static final String BATCH = """
            select b.id, b.campaign_id, b.uploaded_by, b.data_key, b.files, b.created_at, b.finished_at,
                   (select count(*) from spravki_batch_file f where f.batch_id = b.id and f.outcome <> 'PENDING') as processed,
                   (select count(*) from spravki_batch_file f where f.batch_id = b.id and f.outcome = 'IMPORTED') as imported
            from spravki_batch b""";

    Optional<Batch> find(long id) {
        return jdbc.sql(BATCH + " where b.id = ?")
                .param(id)
                .query(SpravkiBatchStore::batch)
                .optional();
    }

    /** The user's batches of a campaign, newest first. */
    List<Batch> ofCampaign(long campaignId, long uploadedBy) {
        return jdbc.sql(BATCH + " where b.campaign_id = ? and b.uploaded_by = ? order by b.id desc limit 20")
                .params(campaignId, uploadedBy)
                .query(SpravkiBatchStore::batch)
                .list();
    }

    /** The batches not finished and stored before {@code before}, oldest first: those a crash or a restart interrupted. */
    List<Long> unfinished(Instant before) {
        return jdbc.sql("select id from spravki_batch where finished_at is null and created_at < ? order by id")
                .param(java.sql.Timestamp.from(before))
                .query(Long.class)
                .list();
    }

    /**
     * The next file of the batch to be filed, locked for this transaction; a file another
     * instance is filing is passed over, so no file is filed twice.
     */
    Optional<Pending> claimNext(long batchId) {
        return jdbc.sql("""
                select batch_id, seq, name, content from spravki_batch_file
                where batch_id = ? and outcome = 'PENDING'
                order by seq limit 1 for update skip locked""")
                .param(batchId)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getInt(2), rs.getBytes(3), rs.getBytes(4)))
                .optional();
    }

    /** Records a file's outcome and drops its content; false if it was recorded already. */
    boolean done(long batchId, int seq, String outcome, byte[] result) {
        return jdbc.sql("""
                update spravki_batch_file set outcome = ?, result = ?, content = null, processed_at = now()
                where batch_id = ? and seq = ? and outcome = 'PENDING'""").params(outcome, result, batchId, seq).update() == 1;
    }

    /** Marks the batch finished once no file is pending. */
    boolean finishIfDone(long batchId) {
        return jdbc.sql("""
                update spravki_batch set finished_at = now()
                where id = ? and finished_at is null
                  and not exists (select 1 from spravki_batch_file f where f.batch_id = ? and f.outcome = 'PENDING')""").params(batchId, batchId).update() == 1;
    }

    /** The files of the batch processed so far, in upload order, their results sealed. */
    List<Done> results(long batchId) {
        return jdbc.sql("""
                select seq, outcome, result from spravki_batch_file
                where batch_id = ? and outcome <> 'PENDING' order by seq""")
                .param(batchId)
                .query((rs, n) -> new Done(rs.getInt(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    /** Removes the batches finished before {@code before}: their declarations stay, only the working record goes. */
    int purge(Instant before) {
        return jdbc.sql("delete from spravki_batch where finished_at < ?")
                .param(java.sql.Timestamp.from(before))
                .update();
    }

    /** The uploader as he is now, if his account is still enabled. */
    Optional<CurrentUser> uploader(long userId) {
        return jdbc.sql("""
                select id, username, full_name, role, organization_id, employee_id from app_user
                where id = ? and enabled""")
                .param(userId)
                .query((rs, n) -> new CurrentUser(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Role.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getObject(6, Long.class)))
                .optional();
    }

    private static Batch batch(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp finished = rs.getTimestamp("finished_at");
        return new Batch(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getLong("uploaded_by"),
                rs.getBytes("data_key"),
                rs.getInt("files"),
                rs.getInt("processed"),
                rs.getInt("imported"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
