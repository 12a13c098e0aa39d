package ru.probity.platform;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The message bundle in Russian, for the few places that need a text outside a template: letters,
 * documents, problem details. A key missing from the bundle is returned as it is, so an engine's
 * Russian text passes through.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /** The Russian text of {@code key} with its arguments. */
    public String text(String key, Object... arguments) {
        return source.getMessage(key, arguments, key, RussianFormats.LOCALE);
    }

    /** The Russian text of a refusal. */
    public String text(Refusal refusal) {
        return text(refusal.messageKey(), refusal.arguments());
    }

    /**
     * The Russian text of a refusal for a form shown again with what was typed: every wrong field's
     * reason (once each), or the refusal's own text.
     */
    public String reasons(Refusal refusal) {
        if (refusal.fields().isEmpty()) {
            return text(refusal);
        }
        return refusal.fields().values().stream()
                .distinct()
                .map(this::text)
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
