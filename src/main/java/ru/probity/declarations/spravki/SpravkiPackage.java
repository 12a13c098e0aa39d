package ru.probity.declarations.spravki;

import java.util.List;

/**
 * One «Справки БК» package as read: the format version ({@code Пакет/@Версия}), the program that
 * wrote it ({@code Пакет/@Программа}, e.g. 2.5.5.2275), one {@link Spravka} per person, and the
 * warnings about the package outside any {@code Справка}.
 */
public record SpravkiPackage(
        String file,
        String formatVersion,
        String program,
        Boolean hasOwnDeclaration,
        Boolean hasSpouseDeclaration,
        List<Spravka> declarations,
        List<ReadWarning> warnings) {

    public SpravkiPackage {
        declarations = List.copyOf(declarations);
        warnings = List.copyOf(warnings);
    }
}
