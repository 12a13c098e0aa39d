package ru.probity.agreements;

import java.time.LocalDate;
import ru.probity.agreements.model.ObligationStatus;

/** An obligation of an agreement: what is to be done, the party responsible, the term, when done. */
public record Obligation(
        long id,
        long agreementId,
        String text,
        Long partyId,
        String partyName,
        LocalDate dueOn,
        LocalDate doneOn,
        String note,
        ObligationStatus status) {}
