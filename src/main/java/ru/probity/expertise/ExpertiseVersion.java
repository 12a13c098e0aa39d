package ru.probity.expertise;

import java.time.Instant;

/** A version of a document's text: the file as uploaded (its bytes apart) and who added it. */
public record ExpertiseVersion(
        long id,
        long documentId,
        int number,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String note,
        Instant uploadedAt,
        String uploadedBy) {}
