package ru.probity.declarations;

import java.time.LocalDate;

/** An obligation as the lists show it, with its status and the current declaration if filed. */
public record ObligationRow(
        long id,
        Long campaignId,
        long employeeId,
        String employeeName,
        long organizationId,
        String organization,
        String post,
        ObligationKind kind,
        int year,
        LocalDate dueOn,
        LocalDate filedOn,
        int versions,
        Long declarationId,
        ObligationStatus status,
        int findings) {}
