package ru.probity.procurement;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.platform.BoundedZip;
import ru.probity.platform.CountingInputStream;
import ru.probity.platform.ProbityProperties;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;

/**
 * Imports uploaded register and contract files in the background, one upload after another, so
 * that a large file does not hold the browser's request: the upload is spooled to the data
 * directory, and its progress (bytes read per file, then the check of the imported contracts) is
 * shown on a page that polls it. Each file stays all or nothing: it is imported in one
 * transaction, so a crash or a restart leaves no half-imported file. ZIP archives (as the ФНС
 * publishes its open data) are read entry by entry, each entry a file of its own.
 *
 * <p>Every input is bounded ({@link UploadLimits}): an archive by its number of files, each file's
 * and the whole archive's expanded size and the compression ratio ({@link BoundedZip}); a table
 * (CSV, XLSX), which its reader holds in memory, by {@code max-table}. A limit stops the file (and
 * the rest of its archive) with a Russian message; the file being read is rolled back.
 *
 * <p>Jobs live in this instance's memory for a day; the imports themselves are recorded in the
 * database with who made them.
 */
@Service
public class UploadJobs {

    private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);
    private static final Duration KEPT = Duration.ofDays(1);
    /** Between an archive's name and its entry's in the names of files imported. */
    static final String ENTRY_SEPARATOR = " → ";
    /** Names in archives made by Russian Windows are in CP866 unless flagged as UTF-8. */
    private static final Charset ZIP_NAMES = Charset.forName("CP866");

    private final RegisterImport registerImport;
    private final ContractImport contractImport;
    private final ContractChecks checks;
    private final Path spool;
    private final UploadLimits limits;
    private final MessageSource messages;
    private final Map<UUID, UploadJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("probity-upload").daemon().factory());

    UploadJobs(
            RegisterImport registerImport,
            ContractImport contractImport,
            ContractChecks checks,
            ProbityProperties probity,
            UploadLimits limits,
            MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
        this.registerImport = registerImport;
        this.contractImport = contractImport;
        this.checks = checks;
        this.spool = probity.dataDir().toAbsolutePath().normalize().resolve("uploads");
        clearSpool();
    }

    /**
     * Spools the uploaded files and queues their import as the user of this request; the returned
     * job shows the progress.
     */
    public UploadJob start(CurrentUser user, UploadJob.Kind kind, List<MultipartFile> uploads) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not import " + kind);
        }
        List<UploadJob.UploadedFile> files = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        Path dir;
        try {
            // named by this process, so that another process on the same data directory (the
            // import command beside a server on an external database) leaves it alone
            dir = Files.createDirectories(spool).resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
            Files.createDirectory(dir);
            for (MultipartFile upload : uploads) {
                if (upload.isEmpty()) {
                    continue;
                }
                Path path = dir.resolve(Integer.toString(paths.size()));
                upload.transferTo(path);
                paths.add(path);
                files.add(new UploadJob.UploadedFile(fileName(upload.getOriginalFilename()), Files.size(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool an upload to " + spool, e);
        }
        UploadJob job = new UploadJob(kind, user.username(), files);
        forget();
        jobs.put(job.id(), job);
        SecurityContext context = SecurityContextHolder.getContext();
        worker.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                run(user, job, paths);
            } finally {
                SecurityContextHolder.clearContext();
                deleteQuietly(dir);
            }
        });
        return job;
    }

    /** A job for files on this machine (the command line), to be run by {@link #runNow}. */
    public UploadJob prepare(CurrentUser user, UploadJob.Kind kind, List<Path> paths) throws IOException {
        List<UploadJob.UploadedFile> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(new UploadJob.UploadedFile(path.getFileName().toString(), Files.size(path)));
        }
        return new UploadJob(kind, user.username(), files);
    }

    /** Imports the prepared files in this thread, as the given user; the job shows the progress meanwhile. */
    public void runNow(CurrentUser user, UploadJob job, List<Path> paths) {
        run(user, job, paths);
    }

    /** The job, if it is the user's own. */
    public Optional<UploadJob> find(CurrentUser user, UUID id) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(user.username()));
    }

    /** The user's jobs of the last day, newest first. */
    public List<UploadJob> recent(CurrentUser user, UploadJob.Kind kind) {
        return jobs.values().stream()
                .filter(job -> job.owner().equals(user.username()) && job.kind() == kind)
                .sorted(Comparator.comparing(UploadJob::started).reversed())
                .toList();
    }

    private void run(CurrentUser user, UploadJob job, List<Path> paths) {
        job.phase(UploadJob.Phase.IMPORTING);
        List<Long> toCheck = new ArrayList<>();
        try {
            for (int i = 0; i < paths.size(); i++) {
                UploadJob.UploadedFile file = job.files().get(i);
                try (InputStream in = new CountingInputStream(Files.newInputStream(paths.get(i)), file::advance)) {
                    if (file.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                        importArchive(user, job, file.name(), in, toCheck);
                    } else {
                        importOne(user, job, file.name(), in, toCheck);
                    }
                } catch (UploadRefused e) {
                    log.warn(
                            "Upload {} of {}: file {} refused: {}", job.id(), job.owner(), file.name(), e.getMessage());
                    refused(job, file.name(), e.russian(messages));
                } catch (IOException | RuntimeException e) {
                    log.error("Upload {} of {}: file {} failed", job.id(), job.owner(), file.name(), e);
                    refused(
                            job,
                            file.name(),
                            "не удалось прочитать файл: внутренняя ошибка (подробности — в журнале сервера)."
                                    + " Файл не загружен; сообщите администратору, если ошибка повторится");
                }
                file.finish();
            }
            if (!toCheck.isEmpty()) {
                job.phase(UploadJob.Phase.CHECKING);
                job.checked(checks.check(toCheck));
            }
        } catch (RuntimeException e) {
            log.error("Upload {} of {} failed", job.id(), job.owner(), e);
            refused(job, "", "внутренняя ошибка при загрузке; загруженные до неё файлы сохранены");
        } finally {
            job.phase(UploadJob.Phase.DONE);
            log.info(
                    "Upload {} of {} ({} files, {} bytes) done in {} ms",
                    job.id(),
                    job.owner(),
                    job.files().size(),
                    job.totalBytes(),
                    Duration.between(job.started(), job.finished()).toMillis());
        }
    }

    private void importArchive(CurrentUser user, UploadJob job, String name, InputStream in, List<Long> toCheck)
            throws IOException {
        int entries = BoundedZip.forEachEntry(
                in,
                ZIP_NAMES,
                limits.archive(),
                name,
                (entry, content) -> importOne(user, job, name + ENTRY_SEPARATOR + entry, content, toCheck));
        if (entries == 0) {
            refused(job, name, "Файл «" + name + "»: архив пуст или не является архивом ZIP");
        }
    }

    private void importOne(CurrentUser user, UploadJob job, String name, InputStream content, List<Long> toCheck) {
        String lower = name.toLowerCase(Locale.ROOT);
        // tables are read whole into memory; XML files are streamed (bounded as archive entries)
        InputStream in = lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls")
                ? BoundedZip.limited(content, limits.maxTable().toBytes(), name)
                : content;
        if (job.kind() == UploadJob.Kind.REGISTERS) {
            job.registerOutcomes().add(registerImport.importFile(user, name, in));
        } else {
            ContractImport.Outcome outcome = contractImport.importFile(user, name, in);
            job.contractOutcomes().add(outcome);
            toCheck.addAll(outcome.contractIds());
        }
    }

    private static void refused(UploadJob job, String name, String problem) {
        if (job.kind() == UploadJob.Kind.REGISTERS) {
            job.registerOutcomes().add(new RegisterImport.Outcome(name, 0, 0, 0, problem));
        } else {
            job.contractOutcomes().add(new ContractImport.Outcome(name, 0, 0, problem, List.of()));
        }
    }

    private void forget() {
        Instant old = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> job.done() && job.finished().isBefore(old));
    }

    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "файл";
        }
        // browsers of old sent the whole client path
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /**
     * Uploads left by a process that has stopped were never imported (each file is one
     * transaction): their spool is deleted; those of running processes are left alone.
     */
    private void clearSpool() {
        if (!Files.isDirectory(spool)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(spool)) {
            dirs.filter(dir -> !ownedByRunningProcess(dir)).forEach(UploadJobs::deleteQuietly);
        } catch (IOException e) {
            log.warn("Cannot clear the upload spool {}: {}", spool, e.getMessage());
        }
    }

    private static boolean ownedByRunningProcess(Path dir) {
        String name = dir.getFileName().toString();
        int dash = name.indexOf('-');
        try {
            long pid = Long.parseLong(dash > 0 ? name.substring(0, dash) : name);
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Cannot delete spooled upload {}: {}", dir, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
