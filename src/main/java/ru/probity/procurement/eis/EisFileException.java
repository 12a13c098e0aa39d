package ru.probity.procurement.eis;

/**
 * A file from ЕИС (or in its shape) that cannot be read. {@link #userMessage()} is for the user, in
 * Russian; {@link #getMessage()} is for the log, in English. Both name the file, the line and, for
 * contracts, the number of the contract in the file (1-based; 0 when the error is outside a contract);
 * for other documents read by {@link EisDocuments} the number of the document («документ N»).
 */
public class EisFileException extends RuntimeException {

    private final String fileName;
    private final int line;
    private final int documentIndex;
    private final String userMessage;

    public EisFileException(
            String fileName, int line, int documentIndex, String russian, String english, Throwable cause) {
        super(format(fileName, line, documentIndex, english, "File", "line", "contract"), cause);
        this.fileName = fileName;
        this.line = line;
        this.documentIndex = documentIndex;
        this.userMessage = format(fileName, line, documentIndex, russian, "Файл", "строка", "контракт");
    }

    public EisFileException(String fileName, int line, int documentIndex, String russian, String english) {
        this(fileName, line, documentIndex, russian, english, null);
    }

    /**
     * A document other than a contract (a notice, a protocol, an execution): the number in the file
     * is named «документ N» / «document N».
     */
    static EisFileException ofDocument(String fileName, int line, int documentIndex, String russian, String english) {
        return new EisFileException(fileName, line, documentIndex, russian, english, null, true);
    }

    private EisFileException(
            String fileName,
            int line,
            int documentIndex,
            String russian,
            String english,
            Throwable cause,
            boolean document) {
        super(
                format(fileName, line, documentIndex, english, "File", "line", document ? "document" : "contract"),
                cause);
        this.fileName = fileName;
        this.line = line;
        this.documentIndex = documentIndex;
        this.userMessage =
                format(fileName, line, documentIndex, russian, "Файл", "строка", document ? "документ" : "контракт");
    }

    /** The message for the user, in Russian: «Файл contracts.xml, строка 88, контракт 3: …». */
    public String userMessage() {
        return userMessage;
    }

    public String fileName() {
        return fileName;
    }

    /** The line of the file (1-based), 0 if unknown. */
    public int line() {
        return line;
    }

    /** The number of the contract in the file (1-based), 0 if the error is not within a contract. */
    public int documentIndex() {
        return documentIndex;
    }

    private static String format(
            String file, int line, int index, String text, String fileWord, String lineWord, String docWord) {
        StringBuilder sb = new StringBuilder(fileWord).append(' ').append(file);
        if (line > 0) {
            sb.append(", ").append(lineWord).append(' ').append(line);
        }
        if (index > 0) {
            sb.append(", ").append(docWord).append(' ').append(index);
        }
        return sb.append(": ").append(text).toString();
    }
}
