package ru.probity.plans.model;

/**
 * The term of a plan's measure: a date, or a periodic term due at the end of every month, quarter,
 * half-year or year of the plan's period («ежемесячно», «ежеквартально», «раз в полугодие»,
 * «ежегодно»).
 */
public enum TermKind {
    DATE,
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    ANNUALLY
}
