package ru.probity.commission;

/** A member's place in the commission. */
public enum MemberRole {
    CHAIR,
    DEPUTY_CHAIR,
    SECRETARY,
    MEMBER,
    /** A representative of science, education or the public, not a municipal employee (Указ №821 п.11). */
    INDEPENDENT,
    /** The representative of the regional body for the prevention of corruption. */
    REGIONAL;

    /**
     * Not an employee of the body whose commission it is (science, education, the public, another
     * body): a quarter of the members at least (Указ №821 п.11), and at least one of them at every
     * meeting (п.14: a meeting of the body's own employees only is not allowed).
     */
    public boolean independent() {
        return this == INDEPENDENT || this == REGIONAL;
    }

    /** Order in lists and in the minutes. */
    int rank() {
        return ordinal();
    }
}
