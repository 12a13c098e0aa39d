package ru.probity.expertise;

import java.time.Instant;
import java.time.LocalDate;

/** A document of the register of acts and drafts under anti-corruption expertise, as its pages show it. */
public record ExpertiseDocument(
        long id,
        long organizationId,
        String organizationName,
        ExpertiseSubject subject,
        ExpertiseKind kind,
        String title,
        Long developerOrganizationId,
        String developerOrganizationName,
        Long developerEmployeeId,
        String developerName,
        String actNumber,
        LocalDate actAdoptedOn,
        ExpertiseStage stage,
        String expertLogin,
        String expertName,
        LocalDate dueOn,
        Instant registeredAt,
        String registeredBy,
        int versions) {}
