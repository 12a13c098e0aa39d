package ru.probity.org;

/** Kinds of nodes in the organization tree; labels are in messages.properties (org.kind.*). */
public enum OrganizationKind {
    REGION,
    REGIONAL_BODY,
    CITY_DISTRICT,
    MUNICIPAL_DISTRICT,
    MUNICIPAL_OKRUG,
    URBAN_SETTLEMENT,
    RURAL_SETTLEMENT,
    ADMINISTRATION,
    DEPARTMENT,
    INSTITUTION,
    ENTERPRISE,
    OTHER;

    /** A municipal formation (муниципальное образование) rather than a body or institution. */
    public boolean isMunicipality() {
        return switch (this) {
            case CITY_DISTRICT, MUNICIPAL_DISTRICT, MUNICIPAL_OKRUG, URBAN_SETTLEMENT, RURAL_SETTLEMENT -> true;
            default -> false;
        };
    }
}
