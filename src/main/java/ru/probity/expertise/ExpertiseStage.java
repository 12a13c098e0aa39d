package ru.probity.expertise;

/**
 * The stage of a document under expertise: registered without a text; a version under internal
 * expertise; the conclusion issued on the latest version; the developer answered every finding of
 * it; closed.
 */
public enum ExpertiseStage {
    REGISTERED,
    UNDER_EXPERTISE,
    CONCLUSION_ISSUED,
    ANSWERED,
    CLOSED
}
