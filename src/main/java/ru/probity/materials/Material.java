package ru.probity.materials;

import java.time.Instant;
import java.util.List;

/** A material of the library. */
public record Material(
        long id,
        long organizationId,
        String organization,
        MaterialKind kind,
        String title,
        String description,
        List<String> tags,
        boolean published,
        Instant publishedAt,
        Long actId,
        Instant updatedAt) {}
