package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;

/**
 * A campaign's batch of packages is stored whole and filed in the background: after a crash it is
 * resumed from the file it stopped at, two workers never file a file twice, and an uploader who
 * lost his rights meanwhile files nothing more.
 */
class SpravkiBatchTest extends IntegrationTest {

    private static final String OFFICER = "obninsk.officer";

    @Autowired
    SpravkiBatches batches;

    @Autowired
    SpravkiBatchStore store;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    /** {@code n} packages of new employees of Obninsk, each obliged in Obninsk's campaign, zipped. */
    private record Batch(long campaign, List<Long> obligations, SpravkiImport.Upload zip) {}

    private Batch packages(String family, int n) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<Long> obligations = new ArrayList<>();
        long campaign = 0;
        String[] first = {"Аркадий", "Богдан", "Вадим", "Геннадий"};
        for (int i = 0; i < n; i++) {
            long seed = 70_000 + System.nanoTime() % 100_000;
            byte[] pkg = SpravkiFixture.vary("family-three.xml", family, first[i], seed);
            String name = "batch-" + i + ".xsb";
            SpravkiFixture.Place p =
                    SpravkiFixture.place(jdbc, organizationId(OBNINSK), SpravkiFixture.read(name, pkg), true);
            campaign = p.campaign();
            obligations.add(p.obligation());
            entries.put(name, pkg);
        }
        byte[] zip = SpravkiFixture.zip(entries);
        return new Batch(
                campaign,
                obligations,
                new SpravkiImport.Upload("batch.zip", zip.length, null, new ByteArrayResource(zip)));
    }

    private int declarations(long obligation) {
        return jdbc.sql("select count(*) from declaration where obligation_id = ?")
                .param(obligation)
                .query(Integer.class)
                .single();
    }

    private void awaitFinished(long batch) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!store.find(batch).orElseThrow().finished()) {
            assertThat(System.nanoTime())
                    .as("batch %d finished within a minute", batch)
                    .isLessThan(until);
            Thread.sleep(50);
        }
    }

    @Test
    void aBatchInterruptedAfterItsFirstFileIsResumedFromTheNextOneWithoutDuplicates() throws Exception {
        Batch b = packages("Прерванный", 3);
        long id = batches.store(user(OFFICER), b.campaign(), List.of(b.zip()));
        // every file is stored, sealed: its name and content are not readable in the table
        assertThat(jdbc.sql("select count(*) from spravki_batch_file where batch_id = ? and outcome = 'PENDING'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select name from spravki_batch_file where batch_id = ?")
                        .param(id)
                        .query(byte[].class)
                        .list())
                .hasSize(3)
                .noneMatch(name -> new String(name, java.nio.charset.StandardCharsets.ISO_8859_1).contains("batch-"));

        // the worker files one file, then the server stops
        batches.process(id, 1);
        assertThat(declarations(b.obligations().get(0))).isEqualTo(1);
        assertThat(declarations(b.obligations().get(1))).isZero();
        assertThat(store.unfinished(java.time.Instant.now())).contains(id);
        SpravkiBatches.View half = batches.view(user(OFFICER), id);
        assertThat(half.processed()).isEqualTo(1);
        assertThat(half.finished()).isFalse();

        // the next start resumes the batch
        batches.resume(java.time.Instant.now());
        awaitFinished(id);

        SpravkiBatches.View done = batches.view(user(OFFICER), id);
        assertThat(done.results())
                .extracting(SpravkiImport.FileResult::outcome)
                .containsExactly(
                        SpravkiImport.Outcome.IMPORTED, SpravkiImport.Outcome.IMPORTED, SpravkiImport.Outcome.IMPORTED);
        assertThat(done.imported()).isEqualTo(3);
        for (long obligation : b.obligations()) {
            assertThat(declarations(obligation)).isEqualTo(1);
        }
        // the contents are gone once filed: the declarations keep the packages
        assertThat(jdbc.sql("select count(*) from spravki_batch_file where batch_id = ? and content is not null")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        // a second resume finds nothing to do
        batches.process(id);
        for (long obligation : b.obligations()) {
            assertThat(declarations(obligation)).isEqualTo(1);
        }
    }

    @Test
    void twoWorkersOnOneBatchFileEachFileOnce() throws Exception {
        Batch b = packages("Параллельный", 4);
        long id = batches.store(user(OFFICER), b.campaign(), List.of(b.zip()));

        // two instances of a cluster resume the same batch at the same moment
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> batches.process(id));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> batches.process(id));
        CompletableFuture.allOf(one, two).join();
        awaitFinished(id);

        for (long obligation : b.obligations()) {
            assertThat(declarations(obligation)).isEqualTo(1);
        }
        assertThat(batches.view(user(OFFICER), id).results()).hasSize(4);
    }

    @Test
    void anUploaderDisabledMeanwhileFilesNothingMore() throws Exception {
        String login = "spravki.batch" + System.nanoTime();
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, created_by)
                select ?, password_hash, 'Временный кадровик', role, organization_id, 'test'
                from app_user where username = ?""").params(login, OFFICER).update();
        Batch b = packages("Отключённый", 2);
        CurrentUser uploader = user(login);
        long id = batches.store(uploader, b.campaign(), List.of(b.zip()));

        jdbc.sql("update app_user set enabled = false where username = ?")
                .param(login)
                .update();
        batches.process(id);

        assertThat(store.find(id).orElseThrow().finished()).isTrue();
        assertThat(batches.view(uploader, id).results()).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(SpravkiImport.Outcome.REFUSED);
            assertThat(r.reason()).contains("больше нет права");
        });
        for (long obligation : b.obligations()) {
            assertThat(declarations(obligation)).isZero();
        }
    }
}
