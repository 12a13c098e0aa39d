/**
 * Declarations of income, expenses, property and obligations of property character (273-ФЗ ст.8,
 * 25-ФЗ ст.15, 230-ФЗ; the form of Указ №460): annual campaigns and event-based obligations, entry
 * by the employee or by the officer from paper, XLSX import, checks against the people registry
 * and earlier declarations, the Указ №613 publication, progress and findings reports. Content is
 * sealed at rest and read only by the responsible officers of the subtree and the declarant, every
 * read in the access log. Services ({@code Campaigns}, {@code Declarations}, {@code DeclarationFiling},
 * {@code DeclarationFiles}, {@code DeclarationReferrals}, {@code Verifications} (the проверка and the 230-ФЗ control of expenses), {@code Publication}, {@code SpravkiImport}, {@code SpravkiBatches}) hold no SQL: the stores
 * ({@code CampaignStore}, {@code ObligationStore}, {@code DeclarationStore}, {@code DeclarationFileStore},
 * {@code ReminderStore}, {@code VerificationStore}, {@code PublicationStore}, {@code SpravkiMatchStore}, {@code SpravkiBatchStore}) read and write the module's tables and read org's
 * {@code employee}, {@code relative}, {@code organization} and {@code org_subtree} (and accounts' {@code app_user}: a batch is filed as its uploader). Engines and rules (the
 * content, validation, checks, terms, the commission stage) live in {@code declarations.checks}, free of
 * Spring, and the reader of «Справки БК» packages and its mapping to the content in {@code declarations.spravki}
 * (the command {@code declarations read}, the import {@code SpravkiImport}); settings are {@link ru.probity.declarations.DeclarationSettings}. The event {@link
 * ru.probity.declarations.DeclaredShares} tells other areas of declared shares in companies.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Declarations",
        allowedDependencies = {
            "access",
            "audit",
            "cases",
            "identifiers",
            "org",
            "platform",
            "portal",
            "region",
            "sealing",
            "tasks"
        })
package ru.probity.declarations;
