package ru.probity.platform;

/**
 * Finds active content in a PDF or a DOCX before anybody opens it (issue 14, item 13): a bounded
 * byte scan, no PDF or Office library, nothing written to disk. Returns the reason a file is refused,
 * or null when it is inert.
 *
 * <p>PDF ({@link PdfScan}, its tokens read by {@link PdfSyntax}): script and auto-run actions and
 * embedded files, in the file itself and inside its object streams; an {@code /OpenAction} that is
 * not a plain destination or "go to"; an appended archive. A PDF whose object streams cannot be read
 * is refused as unchecked.
 *
 * <p>DOCX ({@link DocxScan}): a ZIP read through its central directory; no macros, ActiveX or OLE
 * parts; no external relationship but a web or mail hyperlink.
 *
 * <p>Both share {@link ScanBytes} (bounded inflation, ZIP records) and one budget of {@link
 * #MAX_INFLATED} bytes inflated per file.
 */
final class ActiveContent {

    /** Why a file is refused; the names end the message keys ({@code <module>.file.<reason>}). */
    static final String SCRIPT = "script";

    static final String APPENDED = "appended";
    static final String NOT_DOCX = "notDocx";
    static final String MACRO = "macro";
    static final String EXTERNAL = "external";
    static final String UNCHECKED = "unchecked";

    /** The most bytes inflated while checking one file (object streams, XML parts). */
    static final long MAX_INFLATED = 64L * 1024 * 1024;

    private ActiveContent() {}

    /** The reason a PDF is refused, or null when it is inert: see {@link PdfScan}. */
    static String pdf(byte[] c) {
        return PdfScan.scan(c);
    }

    /** The reason a DOCX is refused, or null when it is inert: see {@link DocxScan}. */
    static String docx(byte[] c) {
        return DocxScan.scan(c);
    }

    /** Where a ZIP's end-of-central-directory record starts within the last 64 KiB, or -1. */
    static int zipEndRecord(byte[] c) {
        return ScanBytes.zipEndRecord(c);
    }
}
