package ru.probity.council.model;

/** The role of a member in the council, in the order of the composition's list. */
public enum CouncilRole {
    CHAIR,
    DEPUTY_CHAIR,
    SECRETARY,
    MEMBER
}
