package ru.probity.materials;

import java.time.Instant;

/** A version of a material's file. */
public record MaterialVersion(
        long id,
        long materialId,
        int number,
        String fileName,
        String contentType,
        long size,
        String note,
        Long actVersionId,
        Instant createdAt,
        String createdBy) {}
