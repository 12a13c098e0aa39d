package ru.probity.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.PersonLink;

/** Reading the stored registers: search, a company's current extract and its history. */
@Service
@Transactional(readOnly = true)
public class Registers {

    /** The access log's subject type of a company card read: the subject id is the INN. */
    static final String COMPANY_SUBJECT = "REGISTER_COMPANY";

    private final RegisterStore store;
    private final AccessLog accessLog;

    Registers(RegisterStore store, AccessLog accessLog) {
        this.store = store;
        this.accessLog = accessLog;
    }

    /** A company or an entrepreneur found by a search. */
    public record Entry(
            String kind,
            String inn,
            String ogrn,
            String name,
            String address,
            LocalDate extractDate,
            boolean terminated) {}

    /**
     * One stored extract of a company with its provenance: the file ({@code source}), its source
     * kind ({@code origin}: OFFICIAL, REGIONAL, MUNICIPAL), who loaded it and when, the file's
     * SHA-256; {@code status} REGION, PENDING or REJECTED; {@code scopeName} the organization a
     * pending extract counts for (empty when it is above the reader's, null when region-wide);
     * {@code forMyChecks} whether the reader's organization's checks may use it.
     */
    public record Extract(
            long id,
            String inn,
            String kpp,
            String ogrn,
            String fullName,
            String shortName,
            String address,
            String email,
            LocalDate registeredOn,
            LocalDate terminatedOn,
            LocalDate extractDate,
            boolean current,
            List<PersonLink> people,
            List<CompanyShare> founders,
            String source,
            String status,
            String origin,
            String importedBy,
            java.time.Instant importedAt,
            String sha256,
            String scopeName,
            boolean forMyChecks,
            boolean visible,
            List<String> unreliableData) {}

    /** A company card: the record shown, the extracts the reader sees, the changes newest first. */
    public record Card(Extract company, List<Extract> extracts, List<Change> changes) {}

    /**
     * One change of a company's record: CURRENT (the region-wide current record replaced), PENDING
     * (a municipal extract that counts for its organization's checks only), ACCEPTED, REJECTED,
     * DUPLICATE (the regional administrator's decision on it).
     */
    public record Change(
            java.time.Instant at,
            String actor,
            String action,
            Extract extract,
            Extract previous,
            String scopeName,
            Diff diff) {}

    /** What an extract changes against the one before: fields by message key, people and founders. */
    public record Diff(
            List<String> fields,
            List<PersonLink> addedPeople,
            List<PersonLink> removedPeople,
            List<CompanyShare> addedFounders,
            List<CompanyShare> removedFounders) {

        static Diff between(Extract before, Extract after) {
            if (after == null) {
                return new Diff(List.of(), List.of(), List.of(), List.of(), List.of());
            }
            if (before == null) {
                return new Diff(List.of(), after.people(), List.of(), after.founders(), List.of());
            }
            List<String> fields = new java.util.ArrayList<>();
            if (!Objects.equals(before.fullName(), after.fullName())
                    || !Objects.equals(before.shortName(), after.shortName())) {
                fields.add("registers.name");
            }
            if (!Objects.equals(before.address(), after.address())) {
                fields.add("org.field.address");
            }
            if (!Objects.equals(before.email(), after.email())) {
                fields.add("org.field.email");
            }
            if (!Objects.equals(before.ogrn(), after.ogrn()) || !Objects.equals(before.kpp(), after.kpp())) {
                fields.add("registers.ogrn");
            }
            if (!Objects.equals(before.terminatedOn(), after.terminatedOn())) {
                fields.add("registers.terminated");
            }
            if (!Objects.equals(before.unreliableData(), after.unreliableData())) {
                fields.add("registers.unreliableMarks");
            }
            return new Diff(
                    fields,
                    minus(after.people(), before.people(), Registers::tie),
                    minus(before.people(), after.people(), Registers::tie),
                    minus(after.founders(), before.founders(), Registers::share),
                    minus(before.founders(), after.founders(), Registers::share));
        }

        public boolean empty() {
            return fields.isEmpty()
                    && addedPeople.isEmpty()
                    && removedPeople.isEmpty()
                    && addedFounders.isEmpty()
                    && removedFounders.isEmpty();
        }
    }

    private static <T> List<T> minus(List<T> from, List<T> other, java.util.function.Function<T, String> key) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        other.forEach(x -> keys.add(key.apply(x)));
        return from.stream().filter(x -> !keys.contains(key.apply(x))).toList();
    }

    private static String tie(PersonLink p) {
        return p.role() + "|" + p.inn() + "|" + p.name() + "|" + p.sharePercent();
    }

    private static String share(CompanyShare s) {
        return s.inn() + "|" + s.name() + "|" + s.sharePercent();
    }

    /** What the registers hold in numbers. */
    public record Totals(int companies, int entrepreneurs, int extracts, int imports) {}

    public Totals totals(CurrentUser user) {
        requireReader(user);
        return store.totals();
    }

    /**
     * Companies and entrepreneurs by name (case, ё and typos tolerated), INN or OGRN/OGRNIP, and
     * companies where a person with the given INN is a director or founder.
     */
    @Transactional
    public List<Entry> search(CurrentUser user, String query, int limit) {
        requireReader(user);
        String q = RegisterImportStore.searchText(query == null ? "" : query.strip());
        if (q.isEmpty()) {
            return List.of();
        }
        String digits = q.replaceAll("[^0-9]", "");
        if (digits.length() == 12 && digits.equals(q)) {
            // a person's INN: which companies he directs or founded is personal data
            accessLog.record(AccessAction.SEARCH, COMPANY_SUBJECT, null, user.organizationId(), "ИНН лица " + digits);
        }
        return store.search(q, digits.isEmpty() ? "-" : digits, user.organizationId(), limit);
    }

    /**
     * A company as the user sees it: the record his organization's checks use (the region-wide
     * current one; without it, the newest pending extract of his own organization or of one above
     * it), every extract he may see with the file it came from, and the history of changes with
     * who made them and what they changed. The read is written to the access log (the card shows
     * the personal INNs of directors and founders). Empty when he sees no extract of the INN.
     */
    @Transactional
    public java.util.Optional<Card> card(CurrentUser user, String inn) {
        requireReader(user);
        Map<Long, Extract> byId = store.companyExtracts(inn, user.organizationId());
        List<Extract> visible = byId.values().stream().filter(Extract::visible).toList();
        if (visible.isEmpty()) {
            return java.util.Optional.empty();
        }
        Extract shown = visible.stream()
                .filter(Extract::current)
                .findFirst()
                .or(() -> visible.stream().filter(Extract::forMyChecks).findFirst())
                .orElse(visible.getFirst());
        List<Change> changes = store.companyChanges(inn, user.organizationId(), byId);
        long subject = Long.parseLong(inn);
        accessLog.record(AccessAction.READ, COMPANY_SUBJECT, subject, user.organizationId(), "ИНН " + inn);
        return java.util.Optional.of(new Card(shown, visible, changes));
    }

    /**
     * A legal entity of the region-wide ЕГРЮЛ by its INN: its names, the day it was terminated (null:
     * active) and the extract's date. Public data of the register (no directors or founders), so not
     * logged; the caller authorizes. For the registry of public organizations (issue 21).
     */
    public record LegalEntity(
            String inn, String fullName, String shortName, LocalDate terminatedOn, LocalDate extractDate) {}

    /** The current ЕГРЮЛ record of an INN, if the region holds one. */
    public java.util.Optional<LegalEntity> legalEntity(String inn) {
        return store.legalEntity(inn);
    }

    /** Whether the ЕГРЮЛ is loaded at all (some region-wide current company record). */
    public boolean companiesLoaded() {
        return store.companiesLoaded();
    }

    static void requireReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not read the company registers");
        }
    }
}
