package ru.probity.acts;

import java.time.Instant;

/** A version of an act: its file, the hash that an acknowledgement records, who added it. */
public record ActVersion(
        long id,
        long actId,
        int number,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String note,
        Instant createdAt,
        String createdBy) {}
