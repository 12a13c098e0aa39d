package ru.probity.civil;

/** A representative of a public organization in a commission or a council ({@code body}). */
public record Representative(long id, long civilOrganizationId, String personName, String body) {}
