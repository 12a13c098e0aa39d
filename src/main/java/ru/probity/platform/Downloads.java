package ru.probity.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A file the browser saves: its content type and name set on the response, the stream to write it to. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** Starts an XLSX download named {@code fileName}; returns the stream for the workbook. */
    public static OutputStream xlsx(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return response.getOutputStream();
    }

    /**
     * Sends a stored file (an attachment, a scan, a material) as a download only: never shown inline,
     * its type not sniffed by the browser, not cached; the name may be Russian (RFC 6266 UTF-8).
     */
    public static void attachedFile(HttpServletResponse response, String fileName, String contentType, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** Starts a download of a generated document named {@code fileName}; returns the stream to write it to. */
    public static OutputStream document(HttpServletResponse response, String fileName, String contentType)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return response.getOutputStream();
    }
}
