package ru.probity.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits of uploaded files ({@code probity.uploads.*}): what one request may carry, what an
 * archive (ZIP, and the ZIP inside every XLSX and DOCX) may expand to, how many rows a table may
 * have, how much of a PDF is read for its text, and the limit of each form. Every limit refuses
 * with a Russian message naming it ({@link UploadRefused}); docs/security.md lists them.
 *
 * @param maxRequest one multipart request (the register and contract archives are the largest
 *     legitimate uploads); refused before anything is read ({@code UploadRequestLimit}). Keep
 *     {@code spring.servlet.multipart.max-file-size} and {@code max-request-size} equal to it
 * @param maxEntries files in one archive
 * @param maxEntry one file of an archive, expanded (a register XML is read as a stream)
 * @param maxExpanded all files of one archive, expanded
 * @param maxRatio the highest compression ratio (expanded : compressed) of a file of an archive
 *     once it is past {@code ratioGrace}; a «zip bomb» of zeros is 1000 : 1, real XML 5–30 : 1
 * @param ratioGrace how much of a file of an archive is read before its ratio is judged
 * @param maxTable a table read whole into memory: a registers CSV, a contract table, a people CSV
 * @param maxOfficeExpanded an XLSX or DOCX (a ZIP of XML parts), all its parts expanded
 * @param maxRows the rows of a table (people file, contract table)
 * @param peopleFile the people file form (XLSX, CSV)
 * @param declarationFile the declaration XLSX import form
 * @param questionFile the question bank import form (XLSX, Moodle XML)
 * @param actFile a file of a legal act (DOCX, PDF, TXT)
 * @param pdfPages the pages of a PDF whose text is extracted
 * @param pdfContent the content streams of a PDF (pages and forms), decoded, before its text is extracted
 * @param textExtraction the time the extraction of a document's text may take
 */
@ConfigurationProperties("probity.uploads")
public record UploadLimits(
        @DefaultValue("512MB") DataSize maxRequest,
        @DefaultValue("10000") int maxEntries,
        @DefaultValue("1GB") DataSize maxEntry,
        @DefaultValue("4GB") DataSize maxExpanded,
        @DefaultValue("100") int maxRatio,
        @DefaultValue("1MB") DataSize ratioGrace,
        @DefaultValue("64MB") DataSize maxTable,
        @DefaultValue("256MB") DataSize maxOfficeExpanded,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("100MB") DataSize peopleFile,
        @DefaultValue("10MB") DataSize declarationFile,
        @DefaultValue("20MB") DataSize questionFile,
        @DefaultValue("50MB") DataSize actFile,
        @DefaultValue("2000") int pdfPages,
        @DefaultValue("64MB") DataSize pdfContent,
        @DefaultValue("30s") Duration textExtraction) {

    /** The parts of an XLSX or DOCX (POI's default): a workbook or a document has a few dozen. */
    public static final int OFFICE_PARTS = 1000;

    private static volatile UploadLimits installed;

    /**
     * The limits configured at start ({@code GlobalUploadLimits}), for the readers that are plain
     * code without the application's beans; the defaults before the application starts.
     */
    public static UploadLimits current() {
        UploadLimits limits = installed;
        return limits != null ? limits : defaults();
    }

    /** {@link #maxTable()} in bytes, for engines that know no framework types. */
    public long maxTableBytes() {
        return maxTable.toBytes();
    }

    static void install(UploadLimits limits) {
        installed = limits;
    }

    /** The defaults, for code that runs without the application (engines, tests). */
    public static UploadLimits defaults() {
        return new UploadLimits(
                DataSize.ofMegabytes(512),
                10_000,
                DataSize.ofGigabytes(1),
                DataSize.ofGigabytes(4),
                100,
                DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(64),
                DataSize.ofMegabytes(256),
                200_000,
                DataSize.ofMegabytes(100),
                DataSize.ofMegabytes(10),
                DataSize.ofMegabytes(20),
                DataSize.ofMegabytes(50),
                2000,
                DataSize.ofMegabytes(64),
                Duration.ofSeconds(30));
    }

    /** The limits of an archive. */
    public BoundedZip.Limits archive() {
        return new BoundedZip.Limits(
                maxEntries, maxEntry.toBytes(), maxExpanded.toBytes(), maxRatio, ratioGrace.toBytes());
    }

    /** The limits of an XLSX or DOCX: its parts together at most {@code maxOfficeExpanded}. */
    public BoundedZip.Limits office() {
        long max = maxOfficeExpanded.toBytes();
        return new BoundedZip.Limits(Math.min(maxEntries, OFFICE_PARTS), max, max, maxRatio, ratioGrace.toBytes());
    }

    /**
     * The limits of an XLSX read whole into objects (a contract table, a declaration, questions):
     * its parts together at most {@code maxTable}.
     */
    public BoundedZip.Limits table() {
        long max = maxTable.toBytes();
        return new BoundedZip.Limits(Math.min(maxEntries, OFFICE_PARTS), max, max, maxRatio, ratioGrace.toBytes());
    }

    /**
     * The bytes of an uploaded file, at most {@code max} + 1 of them: a file over its form's limit
     * is not read whole into memory, and the form's own check ({@code content.length > max}) still
     * refuses it with its message.
     */
    public static byte[] bytes(org.springframework.web.multipart.MultipartFile file, long max)
            throws java.io.IOException {
        if (file.getSize() <= max) {
            return file.getBytes();
        }
        try (java.io.InputStream in = file.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        }
    }

    /** «512 МБ», «64 КБ»: a size for a message. */
    public static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " ГБ";
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " МБ";
        }
        if (bytes >= 1L << 10) {
            return (bytes >> 10) + " КБ";
        }
        return bytes + " байт";
    }

    public static String size(DataSize size) {
        return size(size.toBytes());
    }
}
