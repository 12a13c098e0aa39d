/**
 * Engines of the declarations, free of Spring: the content of a declaration (Указ №460), its
 * validation, the checks with their rules, the Указ №613 extract, the terms of filing, the
 * stages of a referral to the commission and the sealing primitives.
 * Exposed as the named interface {@code checks}: the content model is what {@code Declarations}
 * takes and gives (the demo files declarations through it).
 */
@org.springframework.modulith.NamedInterface("checks")
package ru.probity.declarations.checks;
