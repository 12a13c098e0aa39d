package ru.probity.expertise;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a new document of the register as posted (field names are the record's): the
 * organization whose register holds it, a draft or an act in force (with its number and date), the
 * kind and title, the developer (organization and employee from the tree), the expert (a login).
 */
public record DocumentForm(
        Long organizationId,
        ExpertiseSubject subject,
        ExpertiseKind kind,
        String title,
        Long developerOrganizationId,
        Long developerEmployeeId,
        String actNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actAdoptedOn,
        String expertLogin) {

    /** An empty form. */
    static DocumentForm blank(long organizationId) {
        return new DocumentForm(
                organizationId, ExpertiseSubject.DRAFT, ExpertiseKind.RESOLUTION, "", null, null, null, null, null);
    }
}
