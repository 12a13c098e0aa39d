package ru.probity.civil;

import java.time.Instant;

/** A stored file (an activity's results), without its content. */
public record AttachedDocument(
        long id, String name, String contentType, long size, String uploadedBy, Instant uploadedAt) {}
