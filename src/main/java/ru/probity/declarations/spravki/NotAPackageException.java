package ru.probity.declarations.spravki;

/**
 * The file is not a «Справки БК» package at all (bad Base64, not XML, another root): the message is
 * in Russian, names the file and the reason, and is meant to be shown to the user as it is.
 */
public final class NotAPackageException extends Exception {

    private final String file;
    private final String reason;

    public NotAPackageException(String file, String reason) {
        super("Файл «" + file + "» не прочитан как пакет «Справки БК»: " + reason);
        this.file = file;
        this.reason = reason;
    }

    public NotAPackageException(String file, String reason, Throwable cause) {
        this(file, reason);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** The reason alone, without the file name. */
    public String reason() {
        return reason;
    }
}
