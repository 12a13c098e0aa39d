/**
 * Anti-corruption expertise of normative acts and drafts (172-ФЗ; ПП РФ №96 of 26.02.2010 with its
 * Методика): the register of acts and drafts with their versions, the internal expertise with the
 * factor detector's hints, findings and the conclusion, the developer's answers, the publication of
 * drafts for independent and public expertise with the conclusions received and their answers, and
 * the statistics.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Anti-corruption expertise",
        allowedDependencies = {"access", "accounts", "audit", "org", "platform", "portal", "region", "tasks"})
package ru.probity.expertise;
