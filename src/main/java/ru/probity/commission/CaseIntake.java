package ru.probity.commission;

import java.time.LocalDate;

/**
 * A case as any source brings it to the commission: notifications and procurement now, citizens'
 * reports and declaration checks through the same door.
 *
 * @param sourceType where it came from: {@code NOTIFICATION}, {@code FINDING}, {@code REPORT},
 *     {@code DECLARATION}, {@code MANUAL}; with {@code sourceId} it makes the intake idempotent
 * @param sourceRef the source's own reference shown to people (a registration number)
 * @param materials what the commission reads besides the summary (e.g. the motivated conclusion)
 */
public record CaseIntake(
        CaseKind kind,
        long organizationId,
        Long employeeId,
        String sourceType,
        long sourceId,
        String sourceRef,
        String personName,
        String personPost,
        String summary,
        String materials,
        LocalDate receivedOn) {}
