/**
 * Training and knowledge testing: the question bank (Moodle XML and XLSX import and export, the
 * starter bank of the product); tests, campaigns and attempts come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package ru.probity.training;
