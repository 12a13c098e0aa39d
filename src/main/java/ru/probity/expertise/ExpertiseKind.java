package ru.probity.expertise;

/** The kind of a municipal normative act or draft under expertise (labels: {@code expertise.kind.*}). */
public enum ExpertiseKind {
    /** решение представительного органа */
    DECISION,
    /** постановление главы или администрации */
    RESOLUTION,
    /** распоряжение */
    DIRECTIVE,
    /** приказ руководителя органа */
    ORDER,
    /** устав, изменения в устав */
    CHARTER,
    /** положение, порядок, регламент, утверждаемые актом */
    REGULATION,
    /** иной акт */
    OTHER
}
