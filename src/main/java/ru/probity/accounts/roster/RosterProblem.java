package ru.probity.accounts.roster;

import java.util.List;

/**
 * A problem of the accounts file, named by a message key of the bundle ({@code accountImport.error.*}).
 *
 * @param line the 1-based line, 0 for the file as a whole
 * @param column the column's title, or null
 */
public record RosterProblem(int line, String column, String key, List<Object> args) {

    public static RosterProblem ofFile(String key, Object... args) {
        return new RosterProblem(0, null, key, List.of(args));
    }

    public static RosterProblem of(int line, RosterColumn column, String key, Object... args) {
        return new RosterProblem(line, column == null ? null : column.title(), key, List.of(args));
    }
}
