package ru.probity.acts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an act's file, for reading in the browser and for full-text search: DOCX (Apache
 * POI), PDF with a text layer (Apache PDFBox), plain text (UTF-8 or windows-1251). Plain Java.
 */
final class DocumentText {

    /** A file that cannot be read: the reason in Russian for the user. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String russian, Throwable cause) {
            super(russian, cause);
        }
    }

    /** The extracted text and the content type of the file. */
    record Extracted(String text, String contentType) {}

    private DocumentText() {}

    static Extracted extract(String fileName, byte[] content) throws UnreadableFile {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new UnreadableFile("файл «" + fileName + "» пуст", null);
        }
        try {
            if (name.endsWith(".docx")) {
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
                        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    return new Extracted(
                            tidy(extractor.getText()),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }
            }
            if (name.endsWith(".pdf")) {
                try (PDDocument document = Loader.loadPDF(content)) {
                    String text = tidy(new PDFTextStripper().getText(document));
                    if (text.isBlank()) {
                        throw new UnreadableFile(
                                "в PDF «" + fileName
                                        + "» нет текстового слоя (это скан) — загрузите DOCX или PDF с текстом",
                                null);
                    }
                    return new Extracted(text, "application/pdf");
                }
            }
            if (name.endsWith(".txt")) {
                return new Extracted(tidy(decode(content)), "text/plain; charset=UTF-8");
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("файл «" + fileName + "» повреждён или не является документом этого формата", e);
        }
        throw new UnreadableFile(
                "формат файла «" + fileName + "» не поддерживается: загрузите DOCX, PDF или TXT"
                        + (name.endsWith(".doc") ? " (документ DOC сохраните в Word как DOCX)" : ""),
                null);
    }

    static String sha256(byte[] content) {
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
