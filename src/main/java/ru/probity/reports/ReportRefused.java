package ru.probity.reports;

/** Input or an action that a report's rules refuse; the message key says why in Russian. */
public class ReportRefused extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public ReportRefused(String messageKey, Object... arguments) {
        super("Refused: " + messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
