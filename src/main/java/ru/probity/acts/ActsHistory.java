package ru.probity.acts;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The past of the acts module, for the demo region: a distribution sent some days ago and the
 * paper signatures an officer has recorded since. Everything else the demo does through the
 * module's services ({@link LegalActs}, {@link Distributions}, {@link Letters}), as a user would.
 */
@Service
@Transactional
public class ActsHistory {

    private final DistributionStore store;
    private final SignatureStore signatures;

    ActsHistory(DistributionStore store, SignatureStore signatures) {
        this.store = store;
        this.signatures = signatures;
    }

    /**
     * The organization adopted its local act on electronic document management, and every active
     * employee of its subtree signed on paper the consent and the agreement on the simple
     * electronic signature on {@code agreedOn}, recorded by {@code officer}; returns how many
     * agreements (63-ФЗ ст.6 ч.2, ст.9: what makes the password a signature).
     */
    public int electronicSignature(
            long organizationId, String number, LocalDate adoptedOn, String title, LocalDate agreedOn, String officer) {
        return signatures.establish(organizationId, number, adoptedOn, title, agreedOn, officer);
    }

    /** The distribution was sent on {@code day} (its term unchanged). */
    public void sentOn(long distributionId, LocalDate day) {
        store.sentOn(distributionId, day);
    }

    /**
     * About {@code percent} of the distribution's audience signed on paper between its sending and
     * {@code lastDay}, recorded by {@code officer}; returns how many.
     */
    public int signedOnPaper(long distributionId, int percent, LocalDate lastDay, String officer) {
        return store.signedOnPaper(distributionId, percent, lastDay, officer);
    }
}
