package ru.probity.declarations;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.platform.NotFound;
import ru.probity.sealing.Sealing;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign's batch of «Справки БК» packages — hundreds of files at the start of a campaign — filed
 * in the background with its progress on a page, and resumed after a crash without filing any file
 * twice.
 *
 * <p>The upload is stored whole, in one transaction: every file (every entry of a ZIP) with its
 * name and content sealed under the batch's own key (the declarations' KEK seals that key). A
 * worker then files the files one by one, each in one transaction that claims the file's row
 * ({@code for update skip locked}), files the declaration and records the outcome: a crash rolls
 * back the file being filed and leaves it pending, and the next start (or the sweep every few
 * minutes) resumes the pending files of every unfinished batch. A file not filed (unmatched or
 * refused) rolls its transaction back and has its outcome recorded in a second one. The batch is
 * filed with the uploader's rights as they are when each file is filed: an account disabled
 * meanwhile stops it. Finished batches are kept 30 days for their page, then removed; the
 * declarations themselves stay.
 */
@Service
public class SpravkiBatches {

    private static final Logger log = LoggerFactory.getLogger(SpravkiBatches.class);
    private static final Duration KEPT = Duration.ofDays(30);

    private final SpravkiImport imports;
    private final SpravkiBatchStore store;
    private final DeclarationKeys keys;
    private final Campaigns campaigns;
    private final DeclarationTexts texts;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("probity-spravki").daemon().factory());

    SpravkiBatches(
            SpravkiImport imports,
            SpravkiBatchStore store,
            DeclarationKeys keys,
            Campaigns campaigns,
            DeclarationTexts texts,
            TransactionTemplate transaction,
            JsonMapper json) {
        this.imports = imports;
        this.store = store;
        this.keys = keys;
        this.campaigns = campaigns;
        this.texts = texts;
        this.transaction = transaction;
        this.json = json;
    }

    /** A batch as its page shows it: progress and the results so far. */
    public record View(
            long id,
            long campaignId,
            int files,
            int processed,
            int imported,
            int percent,
            boolean finished,
            Instant createdAt,
            List<SpravkiImport.FileResult> results) {}

    /**
     * Stores the uploaded packages as a batch of the campaign, all or nothing, and queues their
     * filing; returns the batch's id. The officer must see the campaign.
     */
    public long start(CurrentUser officer, long campaignId, List<SpravkiImport.Upload> uploads) {
        long id = store(officer, campaignId, uploads);
        submit(id);
        return id;
    }

    /** Stores the uploaded packages as a batch, all or nothing, without filing them yet. */
    long store(CurrentUser officer, long campaignId, List<SpravkiImport.Upload> uploads) {
        Long id = transaction.execute(status -> {
            Campaigns.requireOfficer(officer);
            campaigns.campaign(officer, campaignId);
            long batch = store.nextId();
            byte[][] key = keys.newBatchKey(batch);
            try {
                store.create(batch, campaignId, officer.userId(), key[1]);
                int[] seq = {0};
                // each file sealed and stored as it is read: a ZIP is never held whole
                imports.entries(uploads, e -> {
                    int n = seq[0]++;
                    byte[] name =
                            Sealing.seal(key[0], e.name().getBytes(StandardCharsets.UTF_8), nameContext(batch, n));
                    if (e.refused() != null) {
                        store.addDone(
                                batch,
                                n,
                                name,
                                e.refused().outcome().name(),
                                sealResult(key[0], batch, n, e.refused()));
                    } else {
                        store.addPending(batch, n, name, Sealing.seal(key[0], e.bytes(), contentContext(batch, n)));
                    }
                });
                store.counted(batch, seq[0]);
            } finally {
                Arrays.fill(key[0], (byte) 0);
            }
            return batch;
        });
        log.info("Spravki batch {} stored for campaign {} by {}", id, campaignId, officer.username());
        return id;
    }

    /** The batch's page, for its uploader only: progress and the results so far, opened. */
    public View view(CurrentUser user, long id) {
        SpravkiBatchStore.Batch batch = own(user, id);
        List<SpravkiImport.FileResult> results = new ArrayList<>();
        byte[] key = keys.batchKey(batch.id(), batch.dataKey());
        try {
            for (SpravkiBatchStore.Done done : store.results(id)) {
                results.add(openResult(key, id, done.seq(), done.result()));
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        return new View(
                batch.id(),
                batch.campaignId(),
                batch.files(),
                batch.processed(),
                batch.imported(),
                batch.percent(),
                batch.finished(),
                batch.createdAt(),
                results);
    }

    /** The user's batches of a campaign he sees, newest first, without their results. */
    public List<View> ofCampaign(CurrentUser user, long campaignId) {
        campaigns.campaign(user, campaignId);
        return store.ofCampaign(campaignId, user.userId()).stream()
                .map(b -> new View(
                        b.id(),
                        b.campaignId(),
                        b.files(),
                        b.processed(),
                        b.imported(),
                        b.percent(),
                        b.finished(),
                        b.createdAt(),
                        List.of()))
                .toList();
    }

    private SpravkiBatchStore.Batch own(CurrentUser user, long id) {
        SpravkiBatchStore.Batch batch = store.find(id).orElseThrow(() -> new NotFound("spravki batch", id));
        if (batch.uploadedBy() != user.userId()) {
            throw new AccessDeniedException("Spravki batch " + id + " is not " + user.username() + "'s");
        }
        return batch;
    }

    /** Resumes the batches a crash or a restart interrupted, once the web application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeOnStart(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            resume(Instant.now());
        }
    }

    /** Every few minutes: resumes a batch a failure stopped (the database away for a while), purges old ones. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void sweep() {
        // a batch stored in the last minute has its worker queued by the upload itself
        resume(Instant.now().minus(Duration.ofMinutes(1)));
        int purged = store.purge(Instant.now().minus(KEPT));
        if (purged > 0) {
            log.info("Purged {} spravki batches finished over {} ago", purged, KEPT);
        }
    }

    /** Queues every unfinished batch stored before {@code before} that this instance is not filing already. */
    void resume(Instant before) {
        for (long id : store.unfinished(before)) {
            submit(id);
        }
    }

    private void submit(long id) {
        if (running.add(id)) {
            worker.execute(() -> {
                try {
                    process(id);
                } finally {
                    running.remove(id);
                }
            });
        }
    }

    /** Files the pending files of the batch, one transaction each, until none is left. */
    void process(long id) {
        process(id, Integer.MAX_VALUE);
    }

    /** Files at most {@code max} pending files of the batch; finishes it when none is left. */
    void process(long id, int max) {
        try {
            SpravkiBatchStore.Batch batch = store.find(id).orElse(null);
            if (batch == null || batch.finished()) {
                return;
            }
            byte[] key = keys.batchKey(batch.id(), batch.dataKey());
            try {
                Optional<CurrentUser> uploader = store.uploader(batch.uploadedBy());
                Campaigns.Campaign campaign =
                        uploader.flatMap(u -> visible(u, batch.campaignId())).orElse(null);
                Runnable files = () -> {
                    int filed = 0;
                    while (filed++ < max && fileNext(batch, key, uploader.orElse(null), campaign)) {
                        // one file per transaction
                    }
                };
                if (uploader.isPresent()) {
                    // the declarations are filed, and their access logged, as the uploader
                    uploader.get().runAs(files);
                } else {
                    files.run();
                }
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            if (store.finishIfDone(id)) {
                log.info("Spravki batch {} finished", id);
            }
        } catch (RuntimeException e) {
            log.error("Spravki batch {} stopped; it is resumed by the next sweep", id, e);
        }
    }

    private Optional<Campaigns.Campaign> visible(CurrentUser user, long campaignId) {
        try {
            Campaigns.requireOfficer(user);
            return Optional.of(campaigns.campaign(user, campaignId));
        } catch (AccessDeniedException | NotFound e) {
            log.info(
                    "Spravki batch of {} for campaign {} no longer allowed: {}",
                    user.username(),
                    campaignId,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Files the next pending file; false when none is left. */
    private boolean fileNext(
            SpravkiBatchStore.Batch batch, byte[] key, CurrentUser uploader, Campaigns.Campaign campaign) {
        long id = batch.id();
        record Step(SpravkiBatchStore.Pending file, SpravkiImport.FileResult result) {}
        Step step = transaction.execute(status -> {
            SpravkiBatchStore.Pending file = store.claimNext(id).orElse(null);
            if (file == null) {
                return null;
            }
            String name =
                    new String(Sealing.open(key, file.name(), nameContext(id, file.seq())), StandardCharsets.UTF_8);
            SpravkiImport.FileResult result;
            if (uploader == null || campaign == null) {
                result = SpravkiImport.refused(name, texts.text("declarations.spravki.batch.stopped"));
            } else {
                byte[] content = Sealing.open(key, file.content(), contentContext(id, file.seq()));
                result = imports.campaignFile(uploader, campaign, name, content);
            }
            if (result.outcome() == SpravkiImport.Outcome.IMPORTED) {
                // the declaration and the file's outcome commit together
                store.done(id, file.seq(), result.outcome().name(), sealResult(key, id, file.seq(), result));
            } else {
                status.setRollbackOnly();
            }
            return new Step(file, result);
        });
        if (step == null) {
            return false;
        }
        if (step.result().outcome() != SpravkiImport.Outcome.IMPORTED) {
            int seq = step.file().seq();
            transaction.executeWithoutResult(status ->
                    store.done(id, seq, step.result().outcome().name(), sealResult(key, id, seq, step.result())));
        }
        return true;
    }

    private byte[] sealResult(byte[] key, long batch, int seq, SpravkiImport.FileResult result) {
        return Sealing.seal(key, json.writeValueAsBytes(result), resultContext(batch, seq));
    }

    private SpravkiImport.FileResult openResult(byte[] key, long batch, int seq, byte[] sealed) {
        return json.readValue(Sealing.open(key, sealed, resultContext(batch, seq)), SpravkiImport.FileResult.class);
    }

    private static String nameContext(long batch, int seq) {
        return "spravki-batch-name:" + batch + ":" + seq;
    }

    private static String contentContext(long batch, int seq) {
        return "spravki-batch-file:" + batch + ":" + seq;
    }

    private static String resultContext(long batch, int seq) {
        return "spravki-batch-result:" + batch + ":" + seq;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
