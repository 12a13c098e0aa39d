/**
 * The commission on official conduct and conflicts of interest (Указ Президента РФ №821 and the
 * municipal regulations modelled on it): its composition with terms of office; cases that arrive
 * as events — a notification sent to the commission, a confirmed procurement finding, a citizen's
 * report about an employee, a declaration's check — or through
 * the generic intake {@link ru.probity.commission.Cases#open}; meetings with an agenda,
 * invitations, attendance and the quorum of two thirds, self-recusal, votes and decisions from the
 * standard list of each kind of case; minutes and extracts as DOCX; the follow-up of decisions. A
 * decision goes back to the case's source as {@link ru.probity.cases.CaseDecided}. Stores by
 * aggregate hold the SQL; the rules (lifecycles, quorum, the tally with the presiding member's
 * casting vote) are values in {@code commission.model}, free of Spring.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Commission",
        allowedDependencies = {
            "access",
            "audit",
            "cases",
            "declarations",
            "declarations :: *",
            "notifications",
            "org",
            "platform",
            "portal",
            "procurement",
            "procurement :: *",
            "region",
            "reports",
            "tasks"
        })
package ru.probity.commission;
