/**
 * The consultations log (issue 20, item 5): the consultations the regional body gives the
 * municipalities' officers every day (and a municipality's officer gives its bodies) — who asked,
 * by which channel, on which topic of the classifier, the question, the answer, who answered and the
 * time spent; Russian full-text search, statistics per topic, channel and month (XLSX); the answered
 * ones published, edited without personal data, as the internal FAQ for all officers.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Consultations",
        allowedDependencies = {"access", "audit", "org", "platform"})
package ru.probity.consultations;
