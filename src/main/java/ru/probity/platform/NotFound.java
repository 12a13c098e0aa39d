package ru.probity.platform;

import java.util.Map;

/**
 * The record asked for does not exist — or is outside what the user may know of, which looks the
 * same to him (HTTP 404, the page "не найдено"). The one not-found type of every module.
 */
public final class NotFound extends Refusal {

    public static final int STATUS = 404;

    public NotFound(String what, Object id) {
        super(STATUS, "error.404.text", new Object[0], Map.of(), what + " " + id + " not found");
    }
}
