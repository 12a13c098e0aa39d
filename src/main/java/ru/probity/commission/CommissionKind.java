package ru.probity.commission;

/**
 * The kind of a commission; labels in messages.properties ({@code commission.commissionKind.*}).
 * {@link #CONDUCT}: the employer body's commission on official conduct and conflicts of interest
 * (Указ №821). {@link #MUNICIPAL_POSTS}: the commission of the region (or the governor's body) on
 * compliance by persons holding municipal posts, who follow the regional law's own procedure
 * (273-ФЗ ст.12.1); formed at the region or a regional body only.
 */
public enum CommissionKind {
    CONDUCT,
    MUNICIPAL_POSTS
}
