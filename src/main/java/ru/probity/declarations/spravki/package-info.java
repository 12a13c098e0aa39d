/**
 * Reader of «Справки БК» packages (the official program in which declarants fill the form of Указ
 * №460 as amended by Указ №778): the {@code .xsb} container and the decoded XML, read into this
 * package's own model ({@link ru.probity.declarations.spravki.SpravkiPackage}), faithful to the
 * file. Plain Java, free of Spring: the command line and, later, the product's import use it.
 * Format and mapping: docs/formats/spravki-bk.md.
 */
package ru.probity.declarations.spravki;
