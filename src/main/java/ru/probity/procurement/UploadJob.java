package ru.probity.procurement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One upload of register or contract files, imported in the background: the files with the bytes
 * read so far, and, as each file is done, what it brought. Read by the progress page while the
 * import runs; everything it shows is safe to read from another thread.
 */
public final class UploadJob {

    /** What the files are. */
    public enum Kind {
        REGISTERS,
        CONTRACTS
    }

    /** Where the upload stands. */
    public enum Phase {
        QUEUED,
        IMPORTING,
        CHECKING,
        DONE
    }

    /** One uploaded file and how much of it has been read. */
    public static final class UploadedFile {
        private final String name;
        private final long size;
        private volatile long read;
        private volatile boolean done;

        UploadedFile(String name, long size) {
            this.name = name;
            this.size = size;
        }

        public String name() {
            return name;
        }

        public long size() {
            return size;
        }

        public long read() {
            return read;
        }

        public boolean done() {
            return done;
        }

        /** Read to the end and being written to the database. */
        public boolean storing() {
            return !done && size > 0 && read >= size;
        }

        public int percent() {
            return size == 0 ? 100 : (int) Math.min(100, read * 100 / size);
        }

        void advance(long bytes) {
            read += bytes;
        }

        void finish() {
            read = size;
            done = true;
        }
    }

    private final UUID id = UUID.randomUUID();
    private final Kind kind;
    private final String owner;
    private final Instant started = Instant.now();
    private final List<UploadedFile> files;
    private final List<RegisterImport.Outcome> registerOutcomes = new CopyOnWriteArrayList<>();
    private final List<ContractImport.Outcome> contractOutcomes = new CopyOnWriteArrayList<>();
    private volatile Phase phase = Phase.QUEUED;
    private volatile ContractChecks.Run run;
    private volatile Instant finished;

    UploadJob(Kind kind, String owner, List<UploadedFile> files) {
        this.kind = kind;
        this.owner = owner;
        this.files = List.copyOf(files);
    }

    public UUID id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String owner() {
        return owner;
    }

    public Instant started() {
        return started;
    }

    public Instant finished() {
        return finished;
    }

    public List<UploadedFile> files() {
        return files;
    }

    public Phase phase() {
        return phase;
    }

    public boolean done() {
        return phase == Phase.DONE;
    }

    public List<RegisterImport.Outcome> registerOutcomes() {
        return registerOutcomes;
    }

    public List<ContractImport.Outcome> contractOutcomes() {
        return contractOutcomes;
    }

    /** The check of the imported contracts, when there was one. */
    public ContractChecks.Run run() {
        return run;
    }

    public long totalBytes() {
        return files.stream().mapToLong(UploadedFile::size).sum();
    }

    public long readBytes() {
        return files.stream().mapToLong(UploadedFile::read).sum();
    }

    public int percent() {
        long total = totalBytes();
        return total == 0 ? (done() ? 100 : 0) : (int) Math.min(100, readBytes() * 100 / total);
    }

    /** Whether every file was imported. */
    public boolean ok() {
        return registerOutcomes.stream().allMatch(RegisterImport.Outcome::ok)
                && contractOutcomes.stream().allMatch(ContractImport.Outcome::ok);
    }

    void phase(Phase phase) {
        this.phase = phase;
        if (phase == Phase.DONE) {
            finished = Instant.now();
        }
    }

    void checked(ContractChecks.Run run) {
        this.run = run;
    }
}
