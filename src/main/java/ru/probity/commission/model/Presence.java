package ru.probity.commission.model;

/**
 * Who is at a meeting, counted for the quorum of Указ №821 п.14: at least two thirds of the members
 * in office on the day present, at least one of them not an employee of the body (a meeting of the
 * body's own employees only is not allowed), and the chair or his deputy present to preside.
 * Recusals do not change the quorum; they only reduce the voters of a question.
 *
 * @param members the members in office on the meeting's day
 * @param present those marked present
 * @param independentPresent those present who are not employees of the body
 * @param presiding whether the chair or the deputy chair is present
 * @param recorded whether the attendance has been recorded at all
 */
public record Presence(int members, int present, int independentPresent, boolean presiding, boolean recorded) {

    /** Two thirds of the members, rounded up. */
    public static int required(int members) {
        return (2 * members + 2) / 3;
    }

    public int required() {
        return required(members);
    }

    /** Whether the meeting may decide. */
    public boolean met() {
        return members > 0 && present >= required() && independentPresent > 0 && presiding;
    }

    /** Why not, as a message key; null when the quorum is met. */
    public String problem() {
        if (!recorded) {
            return "commission.quorum.notRecorded";
        }
        if (members == 0 || present < required()) {
            return "commission.quorum.tooFew";
        }
        if (independentPresent == 0) {
            return "commission.quorum.noIndependent";
        }
        if (!presiding) {
            return "commission.quorum.noPresiding";
        }
        return null;
    }
}
