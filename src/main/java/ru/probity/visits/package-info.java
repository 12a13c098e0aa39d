/**
 * On-site visits of the regional body to the municipalities (выездные мероприятия, мониторинг на
 * местах; issue 20, item 3): the plan of visits per year, the checklist templates with their legal
 * basis (a default one shipped as a resource, edited while unused and copied as a new version), the
 * results per item with notes and evidence files, the recommendations with their terms and the
 * control of their execution (the municipality's officer reports, the region accepts or returns),
 * «Мои задачи» ({@code VisitTasks}) and the visit's report as DOCX (docs/monitoring.md).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "On-site visits",
        allowedDependencies = {"access", "org", "platform", "tasks"})
package ru.probity.visits;
