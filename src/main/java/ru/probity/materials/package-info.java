/**
 * The region's library of methodological materials (issue 20, item 6): recommendations, reviews of
 * court practice, templates of acts, presentations — with versions of their files (text extracted
 * for Russian full-text search), free tags, drafts and published ones read down the tree; a
 * published material's newest version sent to organizations as a letter with receipt through the
 * acts module ({@link ru.probity.acts.LegalActs}, {@link ru.probity.acts.Letters}), whose receipts
 * the material's page shows. Materials depend on acts, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Methodological materials",
        allowedDependencies = {"access", "acts", "org", "platform", "portal"})
package ru.probity.materials;
