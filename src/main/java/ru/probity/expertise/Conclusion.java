package ru.probity.expertise;

import java.time.Instant;
import java.time.LocalDate;

/** A registered conclusion on a version: the register of conclusions' line. */
public record Conclusion(
        long id,
        long documentId,
        long versionId,
        int versionNumber,
        String documentTitle,
        String organizationName,
        String number,
        LocalDate registeredOn,
        String signerName,
        String signerPost,
        Instant signedAt,
        int findings) {}
