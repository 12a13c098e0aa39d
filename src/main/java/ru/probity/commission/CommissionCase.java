package ru.probity.commission;

import java.time.LocalDate;
import ru.probity.commission.model.CaseStatus;
import ru.probity.org.EmployeeCategory;

/**
 * A case before the commission, with the decision once taken; {@code employeeCategory} is the category
 * of the person's card (null when unknown), which decides the penalties offered ({@link Measure}).
 */
public record CommissionCase(
        long id,
        Long commissionId,
        String commissionName,
        long organizationId,
        String organizationName,
        String organizationPath,
        CaseKind kind,
        String sourceType,
        long sourceId,
        String sourceRef,
        Long employeeId,
        String personName,
        String personPost,
        String summary,
        String materials,
        LocalDate receivedOn,
        LocalDate considerBy,
        CaseStatus status,
        Decision decision,
        String decisionText,
        LocalDate decidedOn,
        Long meetingId,
        Integer meetingNumber,
        LocalDate meetingDate,
        EmployeeCategory employeeCategory,
        Basis transferAct) {

    /** The act or agreement by which the case went to another body's commission. */
    public record Basis(String title, String number, LocalDate date) {}

    /**
     * Why a case waits without a commission, as a message key: a person holding a municipal post
     * waits for the region's commission for municipal posts (273-ФЗ ст.12.1); anybody else for his
     * employer body's commission or an act handing its cases over. Null when it has its commission.
     */
    public String waitingReason() {
        if (commissionId != null) {
            return null;
        }
        return employeeCategory == EmployeeCategory.MUNICIPAL_POST
                ? "commission.waiting.municipalPost"
                : "commission.waiting.employerBody";
    }

    /** The measures offered for the person's category (25-ФЗ or 79-ФЗ). */
    public java.util.List<Measure> measures() {
        return Measure.offeredFor(employeeCategory);
    }

    public boolean open() {
        return status.open();
    }

    /** Not yet considered when the term for the meeting has passed. */
    public boolean overdue() {
        return open() && considerBy != null && considerBy.isBefore(LocalDate.now());
    }

    /** The person (in the genitive: «в отношении Ивановой Анны Сергеевны») and his post. */
    public String personGenitive() {
        if (personName == null) {
            return "";
        }
        String name = ru.probity.procurement.names.RussianNames.genitive(personName);
        return personPost == null || personPost.isBlank() ? name : name + " (" + personPost + ")";
    }

    /** The person and his post, as the minutes name them. */
    public String person() {
        if (personName == null) {
            return "";
        }
        return personPost == null || personPost.isBlank() ? personName : personName + " (" + personPost + ")";
    }
}
