/**
 * Procurement: every contract of every organization checked for affiliation and conflict of
 * interest (44-ФЗ ст.31 ч.1 п.9, 273-ФЗ ст.10) against the company registers (ЕГРЮЛ, ЕГРИП), the
 * procurement protocols and the organization's people and their relatives.
 *
 * <p>The module's anatomy: services ({@code RegisterImport}, {@code Registers}, {@code
 * RegisterReview}, {@code ContractImport}, {@code ContractChecks}, {@code Coverage}, {@code
 * FindingsWorkflow}) authorize, orchestrate and publish events; the stores by aggregate ({@code
 * RegisterStore}, {@code RegisterImportStore}, {@code RegisterReviewStore}, {@code ContractStore},
 * {@code CheckStore}, {@code FindingStore}, {@code CoverageStore}, {@code StaffStore}, {@code
 * DeclaredShareStore}) are the only classes with SQL: they write only procurement's tables and read
 * org's published surface ({@code organization}, {@code employee}, {@code relative}, {@code
 * org_subtree}) and {@code app_user}. Procurement never reads the declarations' tables: the shares
 * declared there reach it as {@code DeclaredShares} events, kept in its own {@code declared_share}.
 * Refusals are the platform's {@code Refusal} and {@code NotFound}; settings are {@code
 * ProcurementSettings} ({@code probity.procurement.*}) and {@code RegisterSettings} ({@code
 * probity.registers.*}).
 *
 * <p>Subpackages {@code model} (with the status lifecycles), {@code fns}, {@code eis}, {@code names}
 * and {@code affiliation} are engines: plain Java with no framework code, usable from the web
 * application and from the batch command. Their file-format exceptions ({@code
 * RegisterFileException}, {@code EisFileException}, {@code StaffFileException}, {@code
 * BatchInputException}) are parse errors with the file, line or document they were found at; they
 * stay engine types, since the batch command uses the engines without Spring. None of them reaches
 * a page or the API: the imports turn them into the outcome of the file (its Russian problem) shown
 * on the upload's page, and the commands print them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Procurement",
        allowedDependencies = {"access", "audit", "declarations", "identifiers", "org", "platform", "region", "tasks"})
package ru.probity.procurement;
