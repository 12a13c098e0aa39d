package ru.probity.procurement.fns;

/**
 * A register file (FNS XML or registers CSV) that cannot be read: not XML, not a register, or a
 * document with a missing or invalid mandatory value. {@link #getMessage()} is English, for logs;
 * {@link #userMessage()} is Russian, for users. Both name the file, the line and the document.
 */
public class RegisterFileException extends RuntimeException {

    private final String fileName;
    private final int line;
    private final int document;
    private final String userMessage;

    /**
     * @param line the line in the file, 0 if unknown
     * @param document the 1-based number of the document (XML) or record (CSV), 0 if none
     */
    public RegisterFileException(
            String fileName, int line, int document, String russian, String english, Throwable cause) {
        super(place(fileName, line, document, "File", "line", "document") + english, cause);
        this.fileName = fileName;
        this.line = line;
        this.document = document;
        this.userMessage = place(fileName, line, document, "Файл", "строка", "документ") + russian;
    }

    public RegisterFileException(String fileName, int line, int document, String russian, String english) {
        this(fileName, line, document, russian, english, null);
    }

    /** The message in Russian for the user, e.g. «Файл egrul.xml, строка 120, документ 3: …». */
    public String userMessage() {
        return userMessage;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int document() {
        return document;
    }

    private static String place(String fileName, int line, int document, String file, String ln, String doc) {
        StringBuilder sb = new StringBuilder(file).append(' ').append(fileName);
        if (line > 0) {
            sb.append(", ").append(ln).append(' ').append(line);
        }
        if (document > 0) {
            sb.append(", ").append(doc).append(' ').append(document);
        }
        return sb.append(": ").toString();
    }
}
