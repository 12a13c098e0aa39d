package ru.probity.procurement.names;

/** Two records judged to be the same person, with how sure and why (in Russian, for the finding). */
public record Match(Confidence confidence, String reason) {}
