package ru.probity.procurement.screening;

/** How an employee appears in the registers. */
public enum Tie {
    /** Registered as an individual entrepreneur (ЕГРИП, not terminated). */
    ENTREPRENEUR,
    /** The sole executive body of a company (director, general director). */
    DIRECTOR,
    /** A member of a company's collegial executive body. */
    BOARD_MEMBER,
    /** A manager acting for the company without power of attorney otherwise. */
    OTHER_MANAGER,
    /** A founder or participant with a share of the charter capital. */
    FOUNDER;

    /** Whether the tie is managing or running a business (not only owning a share of it). */
    public boolean manages() {
        return this != FOUNDER;
    }
}
