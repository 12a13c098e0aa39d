/**
 * Reader of «Справки БК» packages (the official program in which declarants fill the form of Указ
 * №460 as amended by Указ №778): the {@code .xsb} container and the decoded XML, read into this
 * package's own model ({@link ru.probity.declarations.spravki.SpravkiPackage}), faithful to the
 * file. Plain Java, free of Spring: the command line and the product's import use it;
 * {@link ru.probity.declarations.spravki.SpravkiContent} maps a package to the declaration content.
 * Format and mapping: docs/formats/spravki-bk.md.
 */
package ru.probity.declarations.spravki;
