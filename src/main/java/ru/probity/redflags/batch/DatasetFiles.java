package ru.probity.redflags.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ru.probity.procurement.eis.EisDocuments;
import ru.probity.procurement.eis.EisFileException;
import ru.probity.procurement.fns.FnsRegisterReader;
import ru.probity.procurement.fns.RegisterFileException;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Protocol;
import ru.probity.redflags.indicators.Dataset;

/**
 * Reads ЕИС documents (any kind, wherever given: XML, ZIP, directories, through {@link EisDocuments})
 * and ЕГРЮЛ/ЕГРИП files (through {@link FnsRegisterReader}) into one {@link Dataset.Builder}, the
 * files in parallel on {@code threads} threads. A document or file that cannot be read is kept as a
 * problem and the rest goes on.
 */
public final class DatasetFiles {

    /** What was read. */
    public record Read(
            Dataset dataset,
            long files,
            long bytes,
            long contracts,
            long notices,
            long protocols,
            long changes,
            long companies,
            long entrepreneurs,
            List<String> problems,
            Map<String, Long> skipped) {}

    private final Dataset.Builder builder = Dataset.builder();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong contracts = new AtomicLong();
    private final AtomicLong notices = new AtomicLong();
    private final AtomicLong protocols = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong companies = new AtomicLong();
    private final AtomicLong entrepreneurs = new AtomicLong();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> skipped = new TreeMap<>();

    /** Reads the ЕИС paths and the register paths; every path must exist. */
    public static Read read(List<Path> eis, List<Path> registry, int threads) {
        DatasetFiles r = new DatasetFiles();
        List<Runnable> jobs = new ArrayList<>();
        for (Path p : expand(eis)) {
            jobs.add(() -> r.eis(p));
        }
        for (Path p : expand(registry)) {
            jobs.add(() -> r.register(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable job : jobs) {
                futures.add(pool.submit(job));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return new Read(
                r.builder.build(),
                r.files.get(),
                r.bytes.get(),
                r.contracts.get(),
                r.notices.get(),
                r.protocols.get(),
                r.changes.get(),
                r.companies.get(),
                r.entrepreneurs.get(),
                List.copyOf(r.problems),
                Map.copyOf(r.skipped));
    }

    /** The regular files under the paths (a directory's in name order), each path once. */
    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out.stream().distinct().toList();
    }

    private void eis(Path file) {
        bytes.addAndGet(file.toFile().length());
        EisDocuments.Summary s = new EisDocuments().read(file, new EisDocuments.Sink() {
            @Override
            public void contract(Contract c) {
                builder.contract(c);
            }

            @Override
            public void notice(Notice n) {
                builder.notice(n);
            }

            @Override
            public void protocol(Protocol p) {
                builder.protocol(p);
            }

            @Override
            public void change(ContractChange c) {
                builder.change(c);
            }

            @Override
            public void problem(EisFileException e) {
                problems.add(e.fileName() + (e.documentIndex() > 0 ? ", документ " + e.documentIndex() : "") + ": "
                        + e.userMessage());
            }
        });
        files.addAndGet(s.files());
        contracts.addAndGet(s.contracts());
        notices.addAndGet(s.notices());
        protocols.addAndGet(s.protocols());
        changes.addAndGet(s.changes());
        synchronized (skipped) {
            s.skipped().forEach((k, v) -> skipped.merge(k, v, Long::sum));
        }
    }

    private void register(Path file) {
        bytes.addAndGet(file.toFile().length());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(in);
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    if (!entry.isDirectory()) {
                        registerStream(zip, file.getFileName() + "!" + entry.getName());
                    }
                }
            } else {
                registerStream(in, file.getFileName().toString());
            }
        } catch (IOException e) {
            problems.add(file.getFileName() + ": файл не читается (" + e.getMessage() + ")");
        }
    }

    private void registerStream(InputStream in, String name) {
        files.incrementAndGet();
        try {
            FnsRegisterReader.read(
                    in,
                    name,
                    c -> {
                        companies.incrementAndGet();
                        builder.company(c);
                    },
                    e -> {
                        entrepreneurs.incrementAndGet();
                        builder.entrepreneur(e);
                    });
        } catch (RegisterFileException e) {
            problems.add(name + ": " + e.userMessage());
        }
    }
}
