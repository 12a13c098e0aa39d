package ru.probity.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.agreements.model.AgreementStatus;
import ru.probity.agreements.model.ObligationStatus;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;

/**
 * The register of agreements of the region with the municipalities and other bodies: parties,
 * term, obligations with the party responsible and their terms, files; the status of an agreement
 * and of an obligation computed from the dates.
 *
 * <p>Who may do what: the regional administrator keeps the register (the organizations he names as
 * parties are of his subtree); the auditor reads it; the anti-corruption officer reads the
 * agreements an organization of his subtree is party to. Other roles have no agreements; an
 * agreement the user may not see is not found.
 */
@Service
@Transactional
public class Agreements {

    private final AgreementStore store;
    private final AgreementSettings settings;
    private final RegionTime regionTime;

    Agreements(AgreementStore store, AgreementSettings settings, RegionTime regionTime) {
        this.store = store;
        this.settings = settings;
        this.regionTime = regionTime;
    }

    /** The roles that have the register: the regional administrator, the auditor, the officers. */
    public static boolean mayOpen(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN
                || user.role() == Role.AUDITOR
                || user.role() == Role.ANTICORRUPTION_OFFICER;
    }

    /** Keeps the register: the regional administrator. */
    public static boolean manages(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN;
    }

    private static boolean whole(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN || user.role() == Role.AUDITOR;
    }

    private static void requireOpen(CurrentUser user) {
        if (!mayOpen(user)) {
            throw new AccessDeniedException("Role " + user.role() + " has no register of agreements");
        }
    }

    private static void requireManage(CurrentUser user) {
        if (!manages(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not keep the register of agreements");
        }
    }

    // --- reading

    public record Filter(String q, AgreementStatus status, Long organizationId, Integer year) {}

    @Transactional(readOnly = true)
    public List<Agreement> search(CurrentUser user, Filter filter) {
        requireOpen(user);
        List<AgreementStore.Row> rows = store.search(
                user.organizationId(),
                whole(user),
                new AgreementStore.Filter(
                        RussianFormats.blankToNull(filter.q()),
                        filter.organizationId(),
                        filter.year(),
                        filter.status(),
                        regionTime.today()));
        return assemble(rows);
    }

    @Transactional(readOnly = true)
    public Agreement get(CurrentUser user, long id) {
        requireOpen(user);
        AgreementStore.Row row =
                store.find(user.organizationId(), whole(user), id).orElseThrow(() -> new NotFound("agreement", id));
        return assemble(List.of(row)).getFirst();
    }

    private List<Agreement> assemble(List<AgreementStore.Row> rows) {
        List<Long> ids = rows.stream().map(AgreementStore.Row::id).toList();
        Map<Long, List<Party>> parties = store.parties(ids);
        LocalDate today = regionTime.today();
        Map<Long, List<Obligation>> obligations = obligations(ids, today);
        return rows.stream()
                .map(r -> {
                    List<Obligation> own = obligations.getOrDefault(r.id(), List.of());
                    return new Agreement(
                            r.id(),
                            r.number(),
                            r.signedOn(),
                            r.subject(),
                            r.validFrom(),
                            r.validTo(),
                            r.terminatedOn(),
                            r.terminationReason(),
                            r.note(),
                            parties.getOrDefault(r.id(), List.of()),
                            AgreementStatus.of(r.validTo(), r.terminatedOn(), today),
                            (int) own.stream()
                                    .filter(o -> o.status() != ObligationStatus.DONE)
                                    .count(),
                            (int) own.stream()
                                    .filter(o -> o.status() == ObligationStatus.OVERDUE)
                                    .count());
                })
                .toList();
    }

    private Map<Long, List<Obligation>> obligations(List<Long> ids, LocalDate today) {
        return store.obligations(ids).stream()
                .map(o -> new Obligation(
                        o.id(),
                        o.agreementId(),
                        o.text(),
                        o.partyId(),
                        o.partyName(),
                        o.dueOn(),
                        o.doneOn(),
                        o.note(),
                        ObligationStatus.of(o.dueOn(), o.doneOn(), today)))
                .collect(Collectors.groupingBy(Obligation::agreementId, LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional(readOnly = true)
    public List<Obligation> obligations(CurrentUser user, long id) {
        get(user, id);
        return obligations(List.of(id), regionTime.today()).getOrDefault(id, List.of());
    }

    @Transactional(readOnly = true)
    public List<AgreementFile> files(CurrentUser user, long id) {
        get(user, id);
        return store.files(id);
    }

    /** A stored file with its content, for its download. */
    public record Download(String name, String contentType, byte[] bytes) {}

    @Transactional(readOnly = true)
    public Download file(CurrentUser user, long id, long fileId) {
        get(user, id);
        return store.content(id, fileId)
                .map(c -> new Download(c.name(), c.contentType(), c.bytes()))
                .orElseThrow(() -> new NotFound("agreement file", fileId));
    }

    // --- keeping the register

    /**
     * What the form posts: the organizations of the tree that are parties, and the external parties
     * one a line; {@code validTo} empty for an indefinite term.
     */
    public record AgreementForm(
            String number,
            LocalDate signedOn,
            String subject,
            LocalDate validFrom,
            LocalDate validTo,
            List<Long> partyOrganizations,
            String externalParties,
            String note) {

        public static AgreementForm blank() {
            return new AgreementForm(null, null, null, null, null, List.of(), null, null);
        }
    }

    private record Checked(
            String number,
            LocalDate signedOn,
            String subject,
            LocalDate validFrom,
            LocalDate validTo,
            List<Long> organizations,
            List<String> external,
            String note) {}

    private Checked check(CurrentUser user, AgreementForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String number = RussianFormats.blankToNull(form.number());
        if (number == null) {
            errors.put("number", "agreements.error.number");
        }
        if (form.signedOn() == null) {
            errors.put("signedOn", "agreements.error.signedOn");
        }
        String subject = RussianFormats.blankToNull(form.subject());
        if (subject == null) {
            errors.put("subject", "agreements.error.subject");
        }
        LocalDate from = form.validFrom() == null ? form.signedOn() : form.validFrom();
        if (from != null && form.validTo() != null && form.validTo().isBefore(from)) {
            errors.put("validTo", "agreements.error.validTo");
        }
        Set<Long> organizations =
                new LinkedHashSet<>(form.partyOrganizations() == null ? List.of() : form.partyOrganizations());
        organizations.remove(null);
        Set<String> external = new LinkedHashSet<>();
        if (form.externalParties() != null) {
            for (String line : form.externalParties().split("\\R")) {
                String clean = RussianFormats.blankToNull(line);
                if (clean != null) {
                    external.add(clean);
                }
            }
        }
        if (organizations.size() + external.size() < 2) {
            errors.put("partyOrganizations", "agreements.error.parties");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        for (long organization : organizations) {
            if (!store.inSubtree(user.organizationId(), organization)) {
                throw new NotFound("organization", organization);
            }
        }
        return new Checked(
                number,
                form.signedOn(),
                subject,
                from,
                form.validTo(),
                List.copyOf(organizations),
                List.copyOf(external),
                RussianFormats.blankToNull(form.note()));
    }

    public long create(CurrentUser user, AgreementForm form) {
        requireManage(user);
        Checked c = check(user, form);
        long id = store.create(
                c.number(), c.signedOn(), c.subject(), c.validFrom(), c.validTo(), c.note(), user.username());
        int position = 1;
        for (long organization : c.organizations()) {
            store.addParty(id, position++, organization, null);
        }
        for (String name : c.external()) {
            store.addParty(id, position++, null, name);
        }
        return id;
    }

    /**
     * The agreement changed; the parties kept are those still named, the others removed — a party
     * responsible for an obligation is not removed (refused).
     */
    public void update(CurrentUser user, long id, AgreementForm form) {
        requireManage(user);
        Agreement agreement = get(user, id);
        Checked c = check(user, form);
        store.update(id, c.number(), c.signedOn(), c.subject(), c.validFrom(), c.validTo(), c.note(), user.username());
        List<Object> wanted = new ArrayList<>();
        wanted.addAll(c.organizations());
        wanted.addAll(c.external());
        for (Party party : agreement.parties()) {
            Object key = party.external() ? party.externalName() : party.organizationId();
            if (!wanted.contains(key)) {
                if (store.partyHasObligations(party.id())) {
                    throw Refusal.conflict("agreements.error.partyHasObligations", party.name());
                }
                store.removeParty(id, party.id());
            }
        }
        Map<Object, Party> kept = agreement.parties().stream()
                .collect(Collectors.toMap(
                        p -> p.external() ? p.externalName() : p.organizationId(), p -> p, (a, b) -> a));
        int position = 1;
        for (Object key : wanted) {
            Party existing = kept.get(key);
            if (existing != null) {
                store.moveParty(existing.id(), position++);
            } else if (key instanceof Long organization) {
                store.addParty(id, position++, organization, null);
            } else {
                store.addParty(id, position++, null, (String) key);
            }
        }
    }

    public void terminate(CurrentUser user, long id, LocalDate on, String reason) {
        requireManage(user);
        Agreement agreement = get(user, id);
        if (agreement.terminatedOn() != null) {
            throw Refusal.conflict("agreements.error.alreadyTerminated");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null) {
            errors.put("terminatedOn", "agreements.error.terminatedOn");
        } else if (on.isBefore(agreement.signedOn())) {
            errors.put("terminatedOn", "agreements.error.terminatedBeforeSigned");
        }
        String clean = RussianFormats.blankToNull(reason);
        if (clean == null) {
            errors.put("reason", "agreements.error.reason");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        store.terminate(id, on, clean, user.username());
    }

    public long addObligation(CurrentUser user, long id, String text, Long partyId, LocalDate dueOn) {
        requireManage(user);
        Agreement agreement = get(user, id);
        String clean = RussianFormats.blankToNull(text);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of("text", "agreements.error.obligationText"));
        }
        if (partyId != null && agreement.parties().stream().noneMatch(p -> p.id() == partyId)) {
            throw Refusal.invalid("agreements.error.party");
        }
        return store.addObligation(id, clean, partyId, dueOn, user.username());
    }

    /** The obligation executed on {@code doneOn} (none: reopened), with a note. */
    public void markDone(CurrentUser user, long id, long obligationId, LocalDate doneOn, String note) {
        requireManage(user);
        get(user, id);
        if (doneOn != null && doneOn.isAfter(regionTime.today())) {
            throw Refusal.invalidFields(Map.of("doneOn", "agreements.error.doneInFuture"));
        }
        if (store.markDone(id, obligationId, doneOn, RussianFormats.blankToNull(note), user.username()) == 0) {
            throw new NotFound("obligation", obligationId);
        }
    }

    public void removeObligation(CurrentUser user, long id, long obligationId) {
        requireManage(user);
        get(user, id);
        if (store.removeObligation(id, obligationId) == 0) {
            throw new NotFound("obligation", obligationId);
        }
    }

    public void addFile(CurrentUser user, long id, String fileName, byte[] content) {
        requireManage(user);
        get(user, id);
        AttachedFile file = AttachedFile.checkInertOrRefuse(fileName, content, settings.maxFileBytes());
        AttachedFile.requireRoom(store.files(id).size(), settings.maxFiles());
        store.addFile(id, file, user.username());
    }
}
