package ru.probity.commission.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.probity.org.EmployeeCategory;
import ru.probity.org.OrganizationKind;

/**
 * Which commission has competence over a case (DOMAIN.md «The commission»: each employer body forms
 * its commission; a regional commission has no power over municipal servants).
 *
 * <p>The <b>employer body</b> of a person is the nearest organization at or above his organization
 * that is a body: the region itself, a regional body, an administration, a department, or another
 * body (a council, a control and audit chamber: {@link OrganizationKind#OTHER}). An institution or an
 * enterprise is no body: its people's cases go to the body above it, its founder. A municipality
 * (a city district, a settlement) is no body either, but the search stops there: a person placed at
 * the municipality itself belongs to it, and a case never climbs out of its municipality.
 *
 * <p>A person holding a municipal post (273-ФЗ ст.12.1) is not heard by the body's commission: his
 * case goes to the region's commission for persons holding municipal posts.
 */
public final class Competence {

    private static final Set<OrganizationKind> BODIES = EnumSet.of(
            OrganizationKind.REGION,
            OrganizationKind.REGIONAL_BODY,
            OrganizationKind.ADMINISTRATION,
            OrganizationKind.DEPARTMENT,
            OrganizationKind.OTHER);

    /** Where a commission for persons holding municipal posts may be formed: the region's level. */
    private static final Set<OrganizationKind> REGIONAL =
            EnumSet.of(OrganizationKind.REGION, OrganizationKind.REGIONAL_BODY);

    private Competence() {}

    /** Whether an organization of the kind is a body that employs its people (and forms a commission). */
    public static boolean body(OrganizationKind kind) {
        return kind != null && BODIES.contains(kind);
    }

    /** Whether the search for the employer body stops at an organization of the kind. */
    public static boolean stopsAt(OrganizationKind kind) {
        return body(kind) || (kind != null && kind.isMunicipality());
    }

    /** The kinds the search for the employer body stops at, by name (for a query). */
    public static List<String> stops() {
        return java.util.Arrays.stream(OrganizationKind.values())
                .filter(Competence::stopsAt)
                .map(Enum::name)
                .toList();
    }

    /** Whether a commission for persons holding municipal posts may sit at an organization of the kind. */
    public static boolean regional(OrganizationKind kind) {
        return kind != null && REGIONAL.contains(kind);
    }

    /** Whether the person's case follows the regional law's procedure for municipal posts (273-ФЗ ст.12.1). */
    public static boolean municipalPost(EmployeeCategory category) {
        return category == EmployeeCategory.MUNICIPAL_POST;
    }
}
