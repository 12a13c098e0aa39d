package ru.probity.council;

import java.time.Instant;

/** A stored file of a meeting without its content: a material, or the file of a report ({@code reportId}). */
public record CouncilFile(
        long id, Long reportId, String name, String contentType, int size, Instant uploadedAt, String uploadedBy) {}
