package ru.probity.acts;

/** What a document of the register is. */
public enum ActKind {
    FEDERAL_ACT,
    REGIONAL_ACT,
    MUNICIPAL_ACT,
    LOCAL_ACT,
    INFORMATION_LETTER,
    METHODOLOGICAL_RECOMMENDATIONS,
    COURT_PRACTICE_REVIEW,
    DOCUMENT_FORM
}
