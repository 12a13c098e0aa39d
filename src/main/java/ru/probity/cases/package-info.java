/**
 * The vocabulary that cases share between the commission and the areas that send it cases, free of
 * framework code: {@link ru.probity.cases.CaseDecided}, which the commission publishes when it has
 * decided a case, and which the source of the case (a notification, a declaration's check) hears to
 * write the decision into its own records. It lets the commission tell its sources without knowing
 * them — the commission already depends on them for their "sent to the commission" events, so a
 * direct call back would be a cycle.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {})
package ru.probity.cases;
