package ru.probity.acts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organization;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;

/**
 * Letters and materials sent down the tree — the regional body's information letters,
 * methodological recommendations, reviews of court practice: each recipient organization confirms
 * receipt (its officer does) and may answer; the sender sees who has not confirmed.
 */
@Service
@Transactional
public class Letters {

    private final LetterStore store;
    private final Organizations organizations;
    private final LegalActs acts;

    Letters(LetterStore store, Organizations organizations, LegalActs acts) {
        this.store = store;
        this.organizations = organizations;
        this.acts = acts;
    }

    /** To whom: the municipalities one level of the tree down, all municipalities, or chosen organizations. */
    public enum Recipients {
        MUNICIPALITIES,
        ALL_MUNICIPALITIES,
        CHOSEN
    }

    public record Summary(
            long id,
            long actId,
            String title,
            String sender,
            LocalDate dueOn,
            boolean answerRequested,
            Instant createdAt,
            String createdBy,
            int recipients,
            int confirmed,
            int answered) {}

    public record Recipient(
            long id,
            long organizationId,
            String organization,
            Instant confirmedAt,
            String confirmedBy,
            String answer,
            Instant answeredAt,
            boolean overdue,
            boolean mine,
            boolean confirmable) {

        Recipient confirmable(boolean confirmable) {
            return new Recipient(
                    id,
                    organizationId,
                    organization,
                    confirmedAt,
                    confirmedBy,
                    answer,
                    answeredAt,
                    overdue,
                    mine,
                    confirmable);
        }
    }

    /** A letter as a recipient sees it in his list. */
    public record Received(
            long letterId, long recipientId, String title, String organization, LocalDate dueOn, Instant confirmedAt) {}

    /** Sends the act's newest version down from the user's organization; returns the letter's id. */
    public long send(
            CurrentUser user,
            long actId,
            Recipients recipients,
            List<Long> chosen,
            LocalDate dueOn,
            boolean answerRequested,
            String note) {
        LegalActs.requireKeeper(user);
        acts.get(user, actId);
        Long versionId = acts.latest(user, actId).map(ActVersion::id).orElse(null);
        List<Long> to = switch (recipients) {
            case MUNICIPALITIES, ALL_MUNICIPALITIES -> {
                List<Organization> visible = organizations.visible(user);
                Map<Long, Organization> byId = new java.util.HashMap<>();
                visible.forEach(v -> byId.put(v.id(), v));
                int own = visible.stream()
                        .filter(o -> o.id() == user.organizationId())
                        .findFirst()
                        .map(Organization::depth)
                        .orElse(0);
                yield visible.stream()
                        .filter(o -> o.active() && o.kind().isMunicipality() && o.id() != user.organizationId())
                        .filter(o -> recipients == Recipients.ALL_MUNICIPALITIES || topMunicipality(o, byId, own))
                        .map(Organization::id)
                        .toList();
            }
            case CHOSEN -> chosenAddressees(user, chosen);
        };
        if (to.isEmpty()) {
            throw Refusal.invalidFields(Map.of("recipients", "letters.error.nobody"));
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now())) {
            throw Refusal.invalidFields(Map.of("dueOn", "acts.error.due"));
        }
        return store.insert(
                actId,
                versionId,
                user.organizationId(),
                RussianFormats.blankToNull(note),
                dueOn,
                answerRequested,
                user.username(),
                to);
    }

    /**
     * The organizations chosen by hand, the sender's own left out; one outside the sender's subtree
     * is refused (not found), never dropped from the letter unsaid — whoever sends (the letters'
     * page, a material of the library).
     */
    private List<Long> chosenAddressees(CurrentUser user, List<Long> chosen) {
        if (chosen == null) {
            return List.of();
        }
        for (Long id : chosen) {
            if (id != null && !organizations.isVisible(user, id)) {
                throw new ru.probity.platform.NotFound("organization", id);
            }
        }
        return chosen.stream()
                .filter(id -> id != null && id != user.organizationId())
                .distinct()
                .toList();
    }

    /** A municipality with no municipality between it and the sender (a district, not its settlements). */
    private static boolean topMunicipality(Organization o, Map<Long, Organization> byId, int senderDepth) {
        for (Long parent = o.parentId(); parent != null; ) {
            Organization p = byId.get(parent);
            if (p == null || p.depth() <= senderDepth) {
                return true;
            }
            if (p.kind().isMunicipality()) {
                return false;
            }
            parent = p.parentId();
        }
        return true;
    }

    /** Letters sent from the user's subtree, newest first. */
    @Transactional(readOnly = true)
    public List<Summary> sent(CurrentUser user) {
        return store.sent(user.organizationId());
    }

    /** Of the letters {@code ids}, those sent from the user's subtree (e.g. a material's letters). */
    @Transactional(readOnly = true)
    public List<Summary> sent(CurrentUser user, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : store.sent(user.organizationId(), ids.toArray(Long[]::new));
    }

    /** The letter, for the sender's side or a recipient in the user's subtree. */
    @Transactional(readOnly = true)
    public Summary summary(CurrentUser user, long letterId) {
        return store.summary(letterId, user.organizationId()).orElseThrow(() -> new NotFound("letter", letterId));
    }

    /** The recipients the user may see: all for the sender's side, his own subtree's otherwise. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(CurrentUser user, long letterId) {
        summary(user, letterId);
        boolean sender = store.sentFrom(letterId, user.organizationId());
        return store.recipients(letterId, user.organizationId(), sender).stream()
                .map(r -> r.confirmable(canConfirm(user, r.mine(), sender)))
                .toList();
    }

    /**
     * Whether the user may confirm receipt (and answer) for a recipient: an officer of the recipient
     * organization or of one between it and the sender — the recipient lies in his subtree — but never
     * the sender's side for its own recipients. The rule {@link #confirm} enforces and the letter's
     * page follows (no button that would answer 403).
     */
    public boolean canConfirm(CurrentUser user, boolean recipientInScope, boolean sentFromMine) {
        return user.role().managesRegistry() && recipientInScope && !sentFromMine;
    }

    /** Letters addressed to organizations of the user's subtree (not sent by it), unconfirmed first. */
    @Transactional(readOnly = true)
    public List<Received> received(CurrentUser user) {
        return store.received(user.organizationId());
    }

    /**
     * The recipient's officer confirms receipt, with an answer when he gives one. Only an officer
     * of the recipient organization (or of an organization between it and the sender) may; the
     * sender's side may not confirm for its recipients.
     */
    public void confirm(CurrentUser user, long recipientId, String answer) {
        LetterStore.Addressee addressee = store.addressee(recipientId, user.organizationId())
                .orElseThrow(() -> new NotFound("letter recipient", recipientId));
        boolean recipientInScope = organizations.isVisible(user, addressee.organizationId());
        if (!canConfirm(user, recipientInScope, addressee.sentFromMine())) {
            throw new AccessDeniedException(user.username() + " may not confirm letter recipient " + recipientId);
        }
        store.confirm(recipientId, RussianFormats.blankToNull(answer), user.username());
    }
}
