package ru.probity.platform;

/** The data directory cannot be used; carries a message for the user in Russian. */
public class DataDirectoryException extends RuntimeException {

    private final String russianMessage;

    public DataDirectoryException(String englishMessage, String russianMessage, Throwable cause) {
        super(englishMessage, cause);
        this.russianMessage = russianMessage;
    }

    public String russianMessage() {
        return russianMessage;
    }
}
