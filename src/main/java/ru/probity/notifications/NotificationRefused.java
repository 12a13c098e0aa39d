package ru.probity.notifications;

/** Input or an action that the rules of notifications refuse; the message key says why in Russian. */
public class NotificationRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public NotificationRefused(String messageKey, Object... arguments) {
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
