package ru.probity.procurement.model;

/** How a person is tied to a company in ЕГРЮЛ. */
public enum CompanyRole {
    /** Sole executive body: director, general director, president (СведДолжнФЛ). */
    DIRECTOR,
    /** Member of the collegial executive body (правление, дирекция). */
    BOARD_MEMBER,
    /** Founder / participant with a share of the charter capital (СвУчредит/УчрФЛ). */
    FOUNDER,
    /** Manager of a managing organization or another person acting without power of attorney. */
    OTHER_MANAGER
}
