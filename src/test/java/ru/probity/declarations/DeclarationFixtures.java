package ru.probity.declarations;

import java.time.LocalDate;
import ru.probity.access.CurrentUser;

/** Declarations for tests outside the package (e.g. the security tests). */
public final class DeclarationFixtures {

    private DeclarationFixtures() {}

    /** A simple declaration of the employee for last year, filed by the officer on an entry obligation. */
    public static long declarationOf(
            Campaigns campaigns, Declarations declarations, CurrentUser officer, long employee, String lastName) {
        long obligation = campaigns.oblige(
                officer, employee, ObligationKind.ENTRY, LocalDate.now().getYear() - 1, LocalDate.now(), "приём");
        return declarations.submit(officer, obligation, DeclarationsTest.simple(lastName, "900000", "300000"));
    }
}
