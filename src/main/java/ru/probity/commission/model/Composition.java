package ru.probity.commission.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A commission's composition on a day and what Указ №821 asks of it: a chair and a secretary; not
 * less than a quarter of the members not employees of the body (п.11: science, education, the public,
 * the regional body); the quorum of two thirds.
 */
public record Composition(
        int total, int independent, boolean chair, boolean secretary, boolean independentShare, int quorum) {

    /** The composition of {@code total} members in office, {@code independent} of them from outside the body. */
    public static Composition of(int total, int independent, boolean chair, boolean secretary) {
        return new Composition(
                total, independent, chair, secretary, total > 0 && independent * 4 >= total, Presence.required(total));
    }

    /** Problems to show: message keys. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (!chair) {
            warnings.add("commission.warning.noChair");
        }
        if (!secretary) {
            warnings.add("commission.warning.noSecretary");
        }
        if (!independentShare) {
            warnings.add("commission.warning.independentShare");
        }
        return warnings;
    }
}
