package ru.probity.commission;

import java.time.LocalDate;

/** A member of a commission with his term of office. */
public record Member(
        long id,
        long commissionId,
        String fullName,
        String position,
        MemberRole role,
        Long employeeId,
        Long userId,
        String username,
        String email,
        LocalDate termFrom,
        LocalDate termTo) {

    public boolean activeOn(LocalDate day) {
        return !termFrom.isAfter(day) && (termTo == null || !termTo.isBefore(day));
    }

    /** «И.О. Фамилия» for the signatures of the minutes. */
    public String initialsName() {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length < 2) {
            return fullName;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            initials.append(parts[i].charAt(0)).append('.');
        }
        return initials + " " + parts[0];
    }
}
