/**
 * Engines of the declarations, free of Spring: the content of a declaration (Указ №460), its
 * validation, the checks with their rules, the Указ №613 extract and the sealing primitives.
 */
package ru.probity.declarations.checks;
