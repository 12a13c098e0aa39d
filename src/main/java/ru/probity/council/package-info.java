/**
 * The interdepartmental council on combating corruption (issue 21, item 2; docs/council.md): a
 * council per organization of the tree (the region's under the governor, a municipality's under its
 * head), its composition with dated memberships (persons of the registry or external persons), the
 * meetings with their agenda, materials, attendance and minutes (DOCX), the decisions as assignments
 * to bodies of the tree with their terms, the executors' reports through Probity and the secretary's
 * control of execution ({@code CouncilTasks} in «Мои задачи», the overdue highlighted, XLSX), and the
 * public summaries of the meetings on the public section ({@code CouncilPublicSection}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Interdepartmental council",
        allowedDependencies = {"access", "audit", "org", "platform", "portal", "tasks"})
package ru.probity.council;
