package ru.probity.commission;

/**
 * Whether a meeting may decide (Указ №821 п.19): at least two thirds of the members present, at
 * least one of them not an employee of the body, and the chair or his deputy to preside.
 */
public record Quorum(int total, int present, int independentPresent, int required, Member presiding, boolean recorded) {

    public boolean met() {
        return total > 0 && present >= required && independentPresent > 0 && presiding != null;
    }

    /** Why not, as a message key; null when the quorum is met. */
    public String problem() {
        if (!recorded) {
            return "commission.quorum.notRecorded";
        }
        if (total == 0 || present < required) {
            return "commission.quorum.tooFew";
        }
        if (independentPresent == 0) {
            return "commission.quorum.noIndependent";
        }
        if (presiding == null) {
            return "commission.quorum.noPresiding";
        }
        return null;
    }
}
