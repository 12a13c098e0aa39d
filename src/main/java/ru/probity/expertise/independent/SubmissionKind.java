package ru.probity.expertise.independent;

/** What a sender of the public expertise form sends. */
public enum SubmissionKind {
    /** The conclusion of an expert accredited by the Ministry of Justice (172-ФЗ ст.5 ч.1). */
    INDEPENDENT_CONCLUSION,
    /** A proposal of a citizen or an organization on the draft. */
    PROPOSAL;

    /** The kind of a form's value; null when unknown. */
    public static SubmissionKind parse(String value) {
        for (SubmissionKind k : values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }
}
