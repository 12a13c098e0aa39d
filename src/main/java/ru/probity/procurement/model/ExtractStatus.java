package ru.probity.procurement.model;

/**
 * Whom a stored register extract counts for: REGION (every check; the newest region-wide extract
 * of an INN is its current record), PENDING (only the checks of its uploader's subtree, for
 * companies the region does not hold), REJECTED (none).
 */
public enum ExtractStatus {
    REGION,
    PENDING,
    REJECTED
}
