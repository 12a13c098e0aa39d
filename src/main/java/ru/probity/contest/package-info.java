/**
 * Contests of the organizers of the tree (issue 21, item 5): the students' contest «Вместе против
 * коррупции» and any like it. The organizer's officers set the contest up (its rules — the
 * organizer's act — terms, nominations with their kinds of works and scoring criteria, age groups,
 * the jury of accounts) and announce it; anyone applies through the public form (the participant's
 * data, the work as files or a video link, for a minor the consent of the legal representative —
 * 152-ФЗ ст.9 ч.6, ГК РФ ст.26, 28 — spam protection by {@code platform.PublicFormGuard}); the
 * officers admit or reject the applications; every juror scores every admitted work on his own and
 * sees no other score until the judging is closed, except the works of participants he is tied to
 * through the people registry (his card's relatives), from which he is excluded; the results (the
 * mean of the jurors' totals, places per nomination and age group) are computed at the closing and
 * published; diplomas as PDF; statistics by municipality and school with XLSX. Public pages through
 * the port {@code portal.PublicSection} ({@code contests}), the jurors' work in «Мои задачи».
 * The rules are in {@code contest.model}, free of Spring.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Contests",
        allowedDependencies = {"access", "audit", "org", "platform", "portal", "tasks"})
package ru.probity.contest;
