package ru.probity.commission;

/**
 * Whether the servant concerned attended the consideration of his question (the model of Указ №821
 * пп.19–20 and the municipal acts after it): a meeting is held in his presence as a rule; without him
 * when he asked in writing to consider it without him, or when, duly invited, he did not come without a
 * good reason; when he could not come for a good reason the question is postponed.
 */
public enum ServantPresence {
    PRESENT,
    ABSENT_BY_REQUEST,
    ABSENT_NO_REASON,
    ABSENT_GOOD_REASON;

    /** Whether the question may be decided now: not when he is absent for a good reason. */
    public boolean allowsDecision() {
        return this != ABSENT_GOOD_REASON;
    }
}
