package ru.probity.procurement;

/** A table of register extracts; its name is the kind its changes are written under in register_change. */
enum RegisterTable {
    COMPANY("register_company"),
    ENTREPRENEUR("register_entrepreneur");

    private final String table;

    RegisterTable(String table) {
        this.table = table;
    }

    /** The table's name in SQL. */
    String table() {
        return table;
    }
}
