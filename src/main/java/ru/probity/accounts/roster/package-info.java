/**
 * The accounts file engine (issue 16, item 1; docs/formats/accounts-import.md): reads the rows of an
 * XLSX (first sheet, POI's streaming event API) or CSV table of accounts to open. Plain Java without
 * the framework: the accounts module checks the rows against the registry and the grantor's rights.
 */
package ru.probity.accounts.roster;
