package ru.probity.agreements;

import java.time.Instant;

/** A file of an agreement (the signed text, an annex) without its content. */
public record AgreementFile(
        long id, String name, String contentType, int size, Instant uploadedAt, String uploadedBy) {}
