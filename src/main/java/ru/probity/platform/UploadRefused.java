package ru.probity.platform;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An upload refused by a limit ({@link UploadLimits}): the message key of messages.properties with
 * its arguments for the user, an English message for the log. Thrown from inside a read (a bounded
 * stream), so it is unchecked and passes through parsers; the import it interrupts rolls back.
 */
public class UploadRefused extends RuntimeException {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final String key;
    private final transient List<Object> args;

    public UploadRefused(String key, List<Object> args, String english) {
        super(english);
        this.key = key;
        this.args = List.copyOf(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The Russian message. */
    public String russian(MessageSource messages) {
        return messages.getMessage(key, args.toArray(), RUSSIAN);
    }

    /** Whether the failure (or one of its causes) is this refusal or the «zip bomb» check of Apache POI. */
    public static UploadRefused find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UploadRefused refused) {
                return refused;
            }
        }
        return null;
    }

    /** Apache POI's own refusal of an XLSX/DOCX over {@code ZipSecureFile}'s limits («Zip bomb detected!»). */
    public static boolean poiZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null
                    && (m.contains("Zip bomb detected")
                            || m.contains("potentially malicious")
                            || m.contains("ZipSecureFile"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The refusal for a failed read of an XLSX/DOCX: this refusal when a limit stopped it, the
     * compression ratio refusal when POI found a «zip bomb», else null (the file is just broken).
     */
    public static UploadRefused of(Throwable failure, String fileName, UploadLimits limits) {
        UploadRefused refused = find(failure);
        if (refused != null) {
            return refused;
        }
        if (poiZipBomb(failure)) {
            return new UploadRefused(
                    "upload.limit.office",
                    List.of(fileName, UploadLimits.size(limits.maxOfficeExpanded()), limits.maxRatio()),
                    "Apache POI refused " + fileName + ": " + failure.getMessage());
        }
        return null;
    }
}
