package ru.probity.expertise;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.expertise.independent.SubmissionKind;
import ru.probity.platform.RegionTime;

/**
 * The demo's entry for the public expertise: a draft of the register with its text, published for
 * independent and public expertise from two days ago for the setting's period and more, with one
 * conclusion of an accredited independent expert received through the same registration as the
 * public form's.
 */
@Service
public class PublicationHistory {

    private final DraftPublicationStore store;
    private final Submissions submissions;
    private final PublicExpertiseSettings settings;
    private final RegionTime regionTime;

    PublicationHistory(
            DraftPublicationStore store,
            Submissions submissions,
            PublicExpertiseSettings settings,
            RegionTime regionTime) {
        this.store = store;
        this.submissions = submissions;
        this.settings = settings;
        this.regionTime = regionTime;
    }

    /** An expert's conclusion on the draft. */
    public record DemoConclusion(
            String expert, String email, String accreditationOrder, LocalDate accreditationDate, String text) {}

    /**
     * Publishes a version of a draft registered through the register (so it has its hints and stage)
     * and registers the conclusion; the publication's id.
     */
    @Transactional
    public long publishWithConclusion(long versionId, DemoConclusion conclusion, String by) {
        LocalDate today = regionTime.today();
        LocalDate startsOn = today.minusDays(2);
        long id = store.insert(
                store.documentOfVersionOrZero(versionId),
                versionId,
                startsOn,
                startsOn.plusDays(settings.publicPeriodDays() + 7L),
                by);
        submissions.submit(
                id,
                new Submissions.NewSubmission(
                        SubmissionKind.INDEPENDENT_CONCLUSION,
                        conclusion.expert(),
                        conclusion.email(),
                        null,
                        conclusion.accreditationOrder(),
                        conclusion.accreditationDate(),
                        conclusion.text(),
                        List.of()));
        return id;
    }
}
