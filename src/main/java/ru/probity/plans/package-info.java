/**
 * The anti-corruption plan (issue 20, item 7; 273-ФЗ ст.5 ч.4, the Национальный план противодействия
 * коррупции approved by a Указ Президента РФ, the region's and the municipalities' own plans): each
 * organization's plan for a period with its measures (section, number, text, executor, term — a date
 * or a periodic term with its due dates, expected result, legal basis), the reports on their
 * execution per due date, the overdue measures highlighted in the plan and in «Мои задачи»
 * ({@code PlanTasks}), XLSX of the plan with its execution, and the period figures of the monitoring
 * reports ({@code PlanIndicators}: measures due, executed, overdue). The officers of an organization
 * keep the plans of their subtree; the region (its administrator and auditors) reads every
 * municipality's. The rules of terms are in {@code plans.model}, free of Spring.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Anti-corruption plans",
        allowedDependencies = {"access", "org", "platform", "region", "tasks"})
package ru.probity.plans;
