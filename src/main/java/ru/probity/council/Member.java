package ru.probity.council;

import java.time.LocalDate;
import ru.probity.council.model.CouncilRole;
import ru.probity.council.model.Membership;

/**
 * A member of the council: a person of the registry ({@code employeeId}) or an external person, with
 * the body he represents, his post, his role in the council and the dates of his membership.
 */
public record Member(
        long id,
        long councilId,
        Long employeeId,
        String fullName,
        String body,
        String post,
        CouncilRole role,
        LocalDate from,
        LocalDate to) {

    public Membership membership() {
        return new Membership(from, to);
    }

    /** Whether he is a member on the day. */
    public boolean activeOn(LocalDate day) {
        return membership().activeOn(day);
    }

    /** «Иванов И. И.» for the signatures of the minutes. */
    public String initialsName() {
        String[] parts = fullName.trim().split("\\s+");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length && i < 3; i++) {
            name.append(i == 1 ? " " : "").append(parts[i].charAt(0)).append('.');
        }
        return name.toString().replace(".", ". ").trim();
    }
}
