package ru.probity.contest;

import java.time.LocalDate;
import java.util.List;
import ru.probity.contest.model.ApplicationStatus;

/**
 * An application to a contest with the participant's data (personal data: for the organizer's
 * officers only, each read logged).
 */
public record Entry(
        long id,
        long contestId,
        String number,
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String school,
        long municipalityId,
        String municipality,
        long nominationId,
        String nomination,
        long ageGroupId,
        int minAge,
        int maxAge,
        String workTitle,
        String videoUrl,
        String email,
        boolean minor,
        String parentName,
        boolean parentConsent,
        LocalDate submittedOn,
        ApplicationStatus status,
        String reason,
        List<EntryFile> files) {

    public String fullName() {
        return lastName + " " + firstName + (middleName == null || middleName.isBlank() ? "" : " " + middleName);
    }

    /** A file of the application (without its content). */
    public record EntryFile(long id, String purpose, String name, String contentType, int size) {
        public boolean consent() {
            return "CONSENT".equals(purpose);
        }
    }
}
