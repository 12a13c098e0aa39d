package ru.probity.contest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.contest.model.ContestStatus;
import ru.probity.contest.model.Participant;
import ru.probity.contest.model.WorkKind;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;

/**
 * The public side of the contests, for anyone without an account: an organization's announced
 * contests, a contest's page, its application form and the published results (the participants'
 * names, schools, municipalities and places only). An application is checked whole before anything
 * is stored: the participant's data, the age group from the birth date on the day of the
 * application, the consent of a minor's legal representative (152-ФЗ ст.9 ч.6; ГК РФ ст.26, 28), the
 * work's files (their kinds as the nomination accepts, each within the limit, without active
 * content) and the video link ({@code https}).
 */
@Service
@Transactional(readOnly = true)
public class Entries {

    private static final int MAX_NAME = 200;

    private final ContestStore store;
    private final ContestSettings settings;
    private final RegionTime regionTime;

    Entries(ContestStore store, ContestSettings settings, RegionTime regionTime) {
        this.store = store;
        this.settings = settings;
        this.regionTime = regionTime;
    }

    /** What the public form sends (the files come apart). */
    public record NewEntry(
            String lastName,
            String firstName,
            String middleName,
            LocalDate birthDate,
            String school,
            Long municipalityId,
            Long nominationId,
            String workTitle,
            String videoUrl,
            String email,
            String parentName,
            boolean parentConsent) {

        /** Without the participant's data. */
        @Override
        public String toString() {
            return "NewEntry[]";
        }
    }

    /** An uploaded file. */
    public record Upload(String name, byte[] content) {}

    /** The receipt of a sent application. */
    public record Receipt(String number, String contest, String nomination, int minAge, int maxAge, boolean minor) {}

    /** A contest's public page: the contest, its nominations and age groups. */
    public record PublicContest(
            Contest contest, List<Nomination> nominations, List<Participant.AgeGroup> ageGroups, boolean open) {}

    /** A line of the published results. */
    public record PublicResult(
            String name,
            String school,
            String municipality,
            String nomination,
            int minAge,
            int maxAge,
            String work,
            Integer place) {}

    public int maxFileMb() {
        return settings.maxFileMb();
    }

    public int maxFiles() {
        return settings.maxFiles();
    }

    /** The organization's public contests. */
    public List<Contest> publicContests(long organizationId) {
        return store.publicContests(organizationId);
    }

    /** A public contest of the organization; 404 for a prepared one or another organization's. */
    public PublicContest publicContest(long organizationId, long id) {
        Contest contest = store.contest(id)
                .filter(c -> c.organizationId() == organizationId && c.status().isPublic())
                .orElseThrow(() -> new NotFound("contest", id));
        return new PublicContest(contest, store.nominations(id), store.ageGroups(id), contest.open(regionTime.today()));
    }

    /** The municipalities a participant chooses from: those of the organizer's subtree. */
    public List<ContestStore.Municipality> municipalities(long organizationId) {
        return store.municipalities(organizationId);
    }

    /** The published results; 404 before they are published. */
    public List<PublicResult> results(long organizationId, long id) {
        PublicContest contest = publicContest(organizationId, id);
        if (contest.contest().status() != ContestStatus.RESULTS_PUBLISHED) {
            throw new NotFound("results", id);
        }
        return store.results(id).stream()
                .map(r -> new PublicResult(
                        r.name(),
                        r.school(),
                        r.municipality(),
                        r.nomination(),
                        r.minAge(),
                        r.maxAge(),
                        r.workTitle(),
                        r.winner() ? r.place() : null))
                .toList();
    }

    /** Registers an application sent through the public form; its receipt. */
    @Transactional
    public Receipt apply(long organizationId, long id, NewEntry e, List<Upload> work, Upload consent) {
        PublicContest page = publicContest(organizationId, id);
        if (!page.open()) {
            throw Refusal.conflict("contest.error.closed");
        }
        return register(page, e, work, consent, regionTime.today());
    }

    /**
     * Registers an application as of {@code today}, the contest's window not checked: the public form
     * after its checks, and the demo's past ({@link ContestHistory}).
     */
    Receipt register(PublicContest page, NewEntry e, List<Upload> work, Upload consent, LocalDate today) {
        long id = page.contest().id();
        Map<String, String> wrong = new LinkedHashMap<>();
        required(wrong, "lastName", e.lastName());
        required(wrong, "firstName", e.firstName());
        if (e.middleName() != null && e.middleName().length() > MAX_NAME) {
            wrong.put("middleName", "contest.error.required");
        }
        required(wrong, "school", e.school());
        required(wrong, "workTitle", e.workTitle());
        if (e.birthDate() == null
                || !e.birthDate().isBefore(today)
                || e.birthDate().isBefore(today.minusYears(120))) {
            wrong.put("birthDate", "contest.error.birthDate");
        }
        if (e.municipalityId() == null
                || store.municipalities(page.contest().organizationId()).stream()
                        .noneMatch(m -> m.id() == e.municipalityId())) {
            wrong.put("municipalityId", "contest.error.municipality");
        }
        Nomination nomination = e.nominationId() == null
                ? null
                : page.nominations().stream()
                        .filter(n -> n.id() == e.nominationId())
                        .findFirst()
                        .orElse(null);
        if (nomination == null) {
            wrong.put("nominationId", "contest.error.nomination");
        }
        if (e.email() != null
                && !e.email().isBlank()
                && (e.email().length() > MAX_NAME || !e.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            wrong.put("email", "contest.error.email");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalidFields(wrong);
        }
        Participant.AgeGroup group = Participant.group(page.ageGroups(), e.birthDate(), today)
                .orElseThrow(() -> Refusal.invalidFields(Map.of("birthDate", "contest.error.ageGroup")));
        boolean minor = Participant.minor(e.birthDate(), today);
        if (minor) {
            // 152-ФЗ ст.9 ч.6, ГК РФ ст.26, 28: a minor's data and work only with his legal representative's consent
            Map<String, String> consentWrong = new LinkedHashMap<>();
            if (e.parentName() == null
                    || e.parentName().isBlank()
                    || e.parentName().length() > MAX_NAME) {
                consentWrong.put("parentName", "contest.error.parentName");
            }
            if (!e.parentConsent()) {
                consentWrong.put("parentConsent", "contest.error.consent");
            }
            if (!consentWrong.isEmpty()) {
                throw Refusal.invalidFields(consentWrong);
            }
        }
        String video = WorkKind.videoLink(e.videoUrl());
        if (video != null && !nomination.acceptsVideo()) {
            throw Refusal.invalid("contest.error.videoNotAccepted");
        }
        List<AttachedFile> files = new ArrayList<>();
        List<Upload> uploads = work == null
                ? List.of()
                : work.stream()
                        .filter(u -> u.content() != null
                                && (u.content().length > 0
                                        || !AttachedFile.cleanName(u.name()).isEmpty()))
                        .toList();
        if (uploads.size() > settings.maxFiles()) {
            throw Refusal.invalid("contest.error.tooManyFiles", settings.maxFiles());
        }
        for (Upload u : uploads) {
            AttachedFile file = AttachedFile.checkInertOrRefuse(u.name(), u.content(), settings.maxFileBytes());
            WorkKind kind = WorkKind.ofFileType(file.type().name());
            if (kind == null || !nomination.kinds().contains(kind)) {
                throw Refusal.invalid("contest.error.fileKind", file.name(), nomination.title());
            }
            files.add(file);
        }
        if (files.isEmpty() && video == null) {
            throw Refusal.invalid(nomination.acceptsVideo() ? "contest.error.noVideo" : "contest.error.noWork");
        }
        AttachedFile consentFile = null;
        if (minor && consent != null && consent.content() != null && consent.content().length > 0) {
            consentFile = AttachedFile.checkInertOrRefuse(consent.name(), consent.content(), settings.maxFileBytes());
            if (consentFile.type() == AttachedFile.Type.TXT || consentFile.type() == AttachedFile.Type.DOCX) {
                throw Refusal.invalid("contest.error.consentFile", consentFile.name());
            }
        }
        store.lock(id);
        String number = store.nextNumber(id);
        NewEntry clean = new NewEntry(
                e.lastName().strip(),
                e.firstName().strip(),
                e.middleName() == null || e.middleName().isBlank()
                        ? null
                        : e.middleName().strip(),
                e.birthDate(),
                e.school().strip(),
                e.municipalityId(),
                e.nominationId(),
                e.workTitle().strip(),
                null,
                e.email() == null || e.email().isBlank() ? null : e.email().strip(),
                minor ? e.parentName().strip() : null,
                minor && e.parentConsent());
        long applicationId = store.insertEntry(id, number, clean, group.id(), video, minor, today);
        for (AttachedFile f : files) {
            store.insertFile(applicationId, "WORK", f);
        }
        if (consentFile != null) {
            store.insertFile(applicationId, "CONSENT", consentFile);
        }
        return new Receipt(number, page.contest().title(), nomination.title(), group.minAge(), group.maxAge(), minor);
    }

    private static void required(Map<String, String> wrong, String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME) {
            wrong.put(field, "contest.error.required");
        }
    }
}
