/**
 * Civil society (issue 21, items 3 and 4): the registry of public organizations working with an
 * organization of the tree (ИНН checked with its check digit and against the ЕГРЮЛ loaded in
 * procurement, contacts, agreements, representatives in commissions and councils), their activities
 * with results and files, the events calendar (a month grid and iCalendar), and the public
 * discussions with citizens: the announcement, the public registration within a limit kept atomically,
 * the questions in advance, the officer's list of participants (logged personal data), the results
 * and the minutes. The public pages are three subsections of the portal ({@code civil}, {@code
 * calendar}, {@code discussions}); the officers work under {@code /civil} (docs/civil.md).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Civil society",
        allowedDependencies = {
            "access",
            "agreements",
            "audit",
            "identifiers",
            "org",
            "platform",
            "portal",
            "procurement"
        })
package ru.probity.civil;
