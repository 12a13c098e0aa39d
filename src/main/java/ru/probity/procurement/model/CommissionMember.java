package ru.probity.procurement.model;

/** A member of a procurement commission as a protocol names him, with his role in it. */
public record CommissionMember(PersonName name, String role) {}
