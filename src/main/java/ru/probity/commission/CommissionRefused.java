package ru.probity.commission;

/** An action the commission's rules refuse; the message key says why in Russian. */
public class CommissionRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CommissionRefused(String messageKey, Object... arguments) {
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
