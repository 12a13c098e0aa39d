package ru.probity.accounts.roster;

/**
 * One row of the accounts file as written, values trimmed, blank ones null.
 *
 * @param line the 1-based line of the table (the header is the first non-blank one)
 * @param technical the «Техническая» cell read as yes/no (null: the cell was not a yes or a no)
 * @param technicalText the cell as written, for the message when it is neither
 * @param snils 11 digits when the cell holds a СНИЛС in any common spelling, else as written
 */
public record RosterRow(
        int line,
        String login,
        String employeeId,
        String snils,
        String email,
        Boolean technical,
        String technicalText,
        String name,
        String organizationId,
        String organizationInn,
        String role) {}
