package ru.probity.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Reads uploaded input within limits, as a stream: a ZIP archive entry by entry, each entry's
 * expanded size, the archive's expanded total, the number of entries and the compression ratio
 * counted as the bytes are read, so that a «zip bomb» (a small archive of a huge, highly
 * compressible file) is refused after a megabyte or so instead of filling the heap or the disk;
 * and a plain stream with a byte limit. A limit throws {@link UploadRefused} from the read.
 */
public final class BoundedZip {

    /** The limits of one archive. */
    public record Limits(int maxEntries, long maxEntry, long maxExpanded, int maxRatio, long ratioGrace) {}

    /** Receives each file of an archive; the stream is the entry's, bounded, and need not be closed. */
    @FunctionalInterface
    public interface EntryHandler {
        void entry(String name, InputStream content) throws IOException;
    }

    private BoundedZip() {}

    /**
     * Hands every file (not directory) of the archive to {@code handler}, in order. Returns the
     * number of files.
     *
     * @param names the charset of entry names not flagged as UTF-8
     * @param archiveName the archive's name for messages
     * @throws UploadRefused when a limit is passed (the entry being read is interrupted)
     */
    public static int forEachEntry(
            InputStream in, Charset names, Limits limits, String archiveName, EntryHandler handler) throws IOException {
        CountingInputStream raw = new CountingInputStream(in);
        int entries = 0;
        long[] total = {0};
        // commons-compress (as POI): it also reads what streaming writers produce (stored entries
        // with data descriptors, Zip64), which java.util.zip refuses; names in {@code names}
        // unless flagged as UTF-8
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(raw, names.name(), true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
                    if (!entry.isDirectory()) {
                        throw new java.util.zip.ZipException("unsupported entry " + entry.getName());
                    }
                    continue;
                }
                if (++entries > limits.maxEntries()) {
                    throw new UploadRefused(
                            "upload.limit.entries",
                            List.of(archiveName, limits.maxEntries()),
                            "archive " + archiveName + " has more than " + limits.maxEntries() + " entries");
                }
                Entry bounded = new Entry(zip, raw, limits, archiveName, entry.getName(), total);
                handler.entry(entry.getName(), bounded);
                // what the handler left unread still counts
                bounded.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        return entries;
    }

    /**
     * Reads the archive through, keeping nothing: throws when it passes a limit. For XLSX and DOCX
     * before a library opens them in memory.
     */
    public static void check(InputStream in, Limits limits, String fileName) throws IOException {
        forEachEntry(in, Charset.forName("CP437"), limits, fileName, (name, content) -> {});
    }

    /** At most {@code max} bytes of {@code in}; reading past them throws {@link UploadRefused}. */
    public static InputStream limited(InputStream in, long max, String fileName) {
        return new Limited(in, max, fileName);
    }

    /** All of {@code in}, at most {@code max} bytes. */
    public static byte[] readAll(InputStream in, long max, String fileName) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        if (bytes.length > max) {
            throw tooLarge(fileName, max);
        }
        return bytes;
    }

    static UploadRefused tooLarge(String fileName, long max) {
        return new UploadRefused(
                "upload.limit.file",
                List.of(fileName, UploadLimits.size(max)),
                "file " + fileName + " is larger than " + max + " bytes");
    }

    /** One entry: its expanded bytes counted against the limits; closing it leaves the archive open. */
    private static final class Entry extends FilterInputStream {
        private final CountingInputStream raw;
        private final Limits limits;
        private final String archive;
        private final String name;
        private final long[] total;
        private final long compressedStart;
        private long expanded;

        Entry(InputStream zip, CountingInputStream raw, Limits limits, String archive, String name, long[] total) {
            super(zip);
            this.raw = raw;
            this.limits = limits;
            this.archive = archive;
            this.name = name;
            this.total = total;
            this.compressedStart = raw.count();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        private void counted(int n) {
            expanded += n;
            total[0] += n;
            if (expanded > limits.maxEntry()) {
                throw new UploadRefused(
                        "upload.limit.entry",
                        List.of(archive, name, UploadLimits.size(limits.maxEntry())),
                        "entry " + name + " of " + archive + " expands to more than " + limits.maxEntry() + " bytes");
            }
            if (total[0] > limits.maxExpanded()) {
                throw new UploadRefused(
                        "upload.limit.expanded",
                        List.of(archive, UploadLimits.size(limits.maxExpanded())),
                        "archive " + archive + " expands to more than " + limits.maxExpanded() + " bytes");
            }
            long compressed = Math.max(1, raw.count() - compressedStart);
            if (expanded > limits.ratioGrace() && expanded / compressed > limits.maxRatio()) {
                throw new UploadRefused(
                        "upload.limit.ratio",
                        List.of(archive, name, limits.maxRatio()),
                        "entry " + name + " of " + archive + " is compressed more than " + limits.maxRatio() + ":1 ("
                                + expanded + " from " + compressed + " bytes): a zip bomb");
            }
        }

        @Override
        public void close() {
            // the archive is closed by its reader
        }
    }

    /** A plain stream with a byte limit. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private final String fileName;
        private long read;

        Limited(InputStream in, long max, String fileName) {
            super(in);
            this.max = max;
            this.fileName = fileName;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > max) {
                throw tooLarge(fileName, max);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
                if (read > max) {
                    throw tooLarge(fileName, max);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            read += skipped;
            if (read > max) {
                throw tooLarge(fileName, max);
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
