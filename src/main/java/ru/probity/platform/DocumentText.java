package ru.probity.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of an act's file, for reading in the browser and for full-text search: DOCX (Apache
 * POI), ODT ({@link OdtText}: content.xml by StAX), PDF with a text layer (Apache PDFBox), RTF
 * ({@link RtfText}: the document's code page), plain text (UTF-8 or windows-1251). Plain Java.
 *
 * <p>Bounded ({@link UploadLimits}): a DOCX is read through first and refused when its parts expand
 * past {@code max-table} or are compressed like a «zip bomb»; a PDF is refused over
 * {@code pdf-pages} pages or when the decoded content of its pages and forms passes {@code
 * pdf-content} (a small PDF can hold a stream of hundreds of megabytes), its streams are decoded in
 * memory bounded by the same size, and the extraction stops after {@code text-extraction}.
 */
public final class DocumentText {

    private static final Logger log = LoggerFactory.getLogger(DocumentText.class);

    /** A file that cannot be read: the reason in Russian for the user. */
    public static final class UnreadableFile extends Exception {
        UnreadableFile(String russian, Throwable cause) {
            super(russian, cause);
        }
    }

    /** The extracted text and the content type of the file. */
    public record Extracted(String text, String contentType) {}

    private DocumentText() {}

    public static Extracted extract(String fileName, byte[] content) throws UnreadableFile {
        return extract(fileName, content, UploadLimits.defaults());
    }

    public static Extracted extract(String fileName, byte[] content, UploadLimits limits) throws UnreadableFile {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new UnreadableFile("файл «" + fileName + "» пуст", null);
        }
        if (content.length > limits.actFile().toBytes()) {
            throw new UnreadableFile(
                    "файл «" + fileName + "» слишком большой: не более " + UploadLimits.size(limits.actFile()), null);
        }
        try {
            if (name.endsWith(".docx")) {
                // read into objects whole: bounded as a table (max-table expanded)
                BoundedZip.check(new ByteArrayInputStream(content), limits.table(), fileName);
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
                        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    return new Extracted(
                            tidy(extractor.getText()),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }
            }
            if (name.endsWith(".pdf")) {
                long budget = limits.pdfContent().toBytes();
                try (PDDocument document = Loader.loadPDF(
                        content, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(budget * 2).streamCache)) {
                    checkPdf(fileName, document, limits);
                    String text = tidy(new BoundedStripper(fileName, limits.textExtraction()).getText(document));
                    if (text.isBlank()) {
                        throw new UnreadableFile(
                                "в PDF «" + fileName
                                        + "» нет текстового слоя (это скан) — загрузите DOCX или PDF с текстом",
                                null);
                    }
                    return new Extracted(text, "application/pdf");
                }
            }
            if (name.endsWith(".odt")) {
                // content.xml read within the same bounds as a DOCX (max-table expanded)
                return new Extracted(
                        tidy(OdtText.extract(content, limits.table(), fileName)),
                        "application/vnd.oasis.opendocument.text");
            }
            if (name.endsWith(".rtf")) {
                return new Extracted(tidy(RtfText.extract(content)), "application/rtf");
            }
            if (name.endsWith(".txt")) {
                return new Extracted(tidy(decode(content)), "text/plain; charset=UTF-8");
            }
        } catch (IOException | RuntimeException e) {
            UploadRefusedText refused = UploadRefusedText.of(e, fileName, limits);
            if (refused != null) {
                log.warn("Act file {} refused: {}", fileName, e.toString());
                throw new UnreadableFile(refused.text(), e);
            }
            log.info("Act file {} unreadable: {}", fileName, e.toString());
            throw new UnreadableFile("файл «" + fileName + "» повреждён или не является документом этого формата", e);
        }
        throw new UnreadableFile(
                "формат файла «" + fileName + "» не поддерживается: загрузите DOCX, ODT, PDF, RTF или TXT"
                        + (name.endsWith(".doc") ? " (документ DOC сохраните в Word как DOCX)" : ""),
                null);
    }

    /**
     * Refuses a PDF with too many pages, or whose pages and forms decode to more than the content
     * budget: each stream is decoded and counted, and reading stops at the budget.
     */
    private static void checkPdf(String fileName, PDDocument document, UploadLimits limits) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages > limits.pdfPages()) {
            throw new UnreadablePdf(
                    "в PDF «" + fileName + "» больше " + limits.pdfPages() + " страниц",
                    "PDF " + fileName + " has " + pages + " pages");
        }
        long budget = limits.pdfContent().toBytes();
        long[] left = {budget};
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String over = "в PDF «" + fileName + "» содержимое страниц после распаковки больше " + UploadLimits.size(budget)
                + " — такой файл не принимается";
        for (PDPage page : document.getPages()) {
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream stream) {
                count(stream, left, over);
            } else if (contents instanceof org.apache.pdfbox.cos.COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSStream stream) {
                        count(stream, left, over);
                    }
                }
            }
            forms(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), left, over, seen, 0);
        }
    }

    /** The form XObjects of the resources, and theirs, each counted once. */
    private static void forms(COSDictionary resources, long[] left, String over, Set<COSBase> seen, int depth)
            throws IOException {
        if (resources == null || depth > 20 || !seen.add(resources)) {
            return;
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        for (COSName key : xobjects.keySet()) {
            if (xobjects.getDictionaryObject(key) instanceof COSStream stream
                    && COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))
                    && seen.add(stream)) {
                count(stream, left, over);
                forms(stream.getCOSDictionary(COSName.RESOURCES), left, over, seen, depth + 1);
            }
        }
    }

    private static void count(COSStream stream, long[] left, String over) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = stream.createInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                left[0] -= n;
                if (left[0] < 0) {
                    throw new UnreadablePdf(over, "PDF content over the budget");
                }
            }
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("Maximum allowed")) {
                throw new UnreadablePdf(over, "PDF content over the stream cache: " + e.getMessage());
            }
            throw e;
        }
    }

    /** A PDF over a limit: the Russian reason, an English log message. */
    private static final class UnreadablePdf extends RuntimeException {
        final String russian;

        UnreadablePdf(String russian, String english) {
            super(english);
            this.russian = russian;
        }
    }

    /** The text of a refusal by a limit, if the failure was one. */
    private record UploadRefusedText(String text) {
        static UploadRefusedText of(Throwable failure, String fileName, UploadLimits limits) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof UnreadablePdf refused) {
                    return new UploadRefusedText(refused.russian);
                }
            }
            ru.probity.platform.UploadRefused refused = ru.probity.platform.UploadRefused.of(failure, fileName, limits);
            if (refused == null) {
                return null;
            }
            return new UploadRefusedText("файл «" + fileName + "» после распаковки больше "
                    + UploadLimits.size(limits.maxTable()) + " или сжат подозрительно сильно (более чем в "
                    + limits.maxRatio() + " раз) — такой файл не принимается");
        }
    }

    /** The text stripper with a time budget, checked at every operator of the content. */
    private static final class BoundedStripper extends PDFTextStripper {
        private final String fileName;
        private final Duration budget;
        private final long deadline;
        private int operators;

        BoundedStripper(String fileName, Duration budget) {
            this.fileName = fileName;
            this.budget = budget;
            this.deadline = System.nanoTime() + budget.toNanos();
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 0x3FF) == 0 && System.nanoTime() > deadline) {
                throw new UnreadablePdf(
                        "текст PDF «" + fileName + "» не удалось извлечь за " + budget.toSeconds()
                                + " с — файл слишком сложный; загрузите DOCX или PDF попроще",
                        "PDF text extraction over " + budget);
            }
            super.processOperator(operator, operands);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1251"));
        }
    }

    /** Line ends unified, trailing spaces and runs of empty lines removed. */
    private static String tidy(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\u0000", "")
                .replaceAll("[ \\t\\u00A0]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
