package ru.probity.acts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.accounts.Accounts;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;

/**
 * The preconditions of the simple electronic signature (63-ФЗ ст.6 ч.2, ст.9): an acknowledgement
 * by re-entering one's password counts as signed «под роспись» only where the organization has a
 * local act on electronic document management and the employee has given his consent and concluded
 * the agreement on the use of the simple electronic signature. Without them the employee signs on
 * paper and the officer records it ({@link Distributions#recordOnPaper}).
 *
 * <p>The act of an organization covers its subtree unless an organization below records its own.
 * Officers and administrators record acts and paper agreements within their subtree; an employee
 * accepts the agreement himself, for himself only, by re-entering his password.
 */
@Service
@Transactional
public class Signatures {

    static final String ONLINE = "ONLINE";
    static final String PAPER = "PAPER";
    private static final int LONGEST = 500;

    private final SignatureStore store;
    private final Organizations organizations;
    private final Distributions distributions;
    private final Accounts accounts;
    private final AccessLog accessLog;
    private final RegionTime regionTime;

    Signatures(
            SignatureStore store,
            Organizations organizations,
            Distributions distributions,
            Accounts accounts,
            AccessLog accessLog,
            RegionTime regionTime) {
        this.store = store;
        this.organizations = organizations;
        this.distributions = distributions;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.regionTime = regionTime;
    }

    /** The organization's local act on electronic document management. */
    public record LocalAct(
            long organizationId,
            String organization,
            String number,
            LocalDate adoptedOn,
            String title,
            Instant recordedAt,
            String recordedBy) {}

    /** The employee's consent to electronic acknowledgement and his signature agreement. */
    public record Agreement(
            long employeeId,
            LocalDate agreedOn,
            LocalDate consentedOn,
            String way,
            Instant recordedAt,
            String recordedBy) {}

    /** Where an employee stands: the act that covers him and his agreement, each if there is one. */
    public record Standing(Optional<LocalAct> act, Optional<Agreement> agreement) {

        /** Whether he may acknowledge electronically. */
        public boolean ready() {
            return act.isPresent() && agreement.isPresent();
        }

        /** The message key naming what is missing; empty when nothing is. */
        public Optional<String> missing() {
            if (act.isEmpty() && agreement.isEmpty()) {
                return Optional.of("acts.esign.missing.both");
            }
            if (act.isEmpty()) {
                return Optional.of("acts.esign.missing.act");
            }
            return agreement.isEmpty() ? Optional.of("acts.esign.missing.agreement") : Optional.empty();
        }
    }

    /** The standing of the signed-in employee; nothing recorded for a user without a person card. */
    @Transactional(readOnly = true)
    public Standing mine(CurrentUser user) {
        return user.employeeId() == null
                ? new Standing(Optional.empty(), Optional.empty())
                : standing(user.employeeId());
    }

    /** The standing of an employee (no authorization: the callers have checked it). */
    Standing standing(long employeeId) {
        return standing(store, employeeId);
    }

    static Standing standing(SignatureStore store, long employeeId) {
        Optional<LocalAct> act = store.organizationOf(employeeId).flatMap(store::actCovering);
        return new Standing(act, store.agreement(employeeId));
    }

    /** Refused, naming what is missing, unless the employee may acknowledge electronically. */
    static Standing requireReady(SignatureStore store, long employeeId) {
        Standing standing = standing(store, employeeId);
        standing.missing().ifPresent(key -> {
            throw Refusal.conflict(key);
        });
        return standing;
    }

    /** The acts recorded within the user's subtree. */
    @Transactional(readOnly = true)
    public List<LocalAct> acts(CurrentUser user) {
        LegalActs.requireKeeper(user);
        return store.actsWithin(user.organizationId());
    }

    /**
     * Records the local act on electronic document management of an organization of the user's
     * subtree (an officer or administrator of it), replacing the one recorded before.
     */
    public void recordAct(CurrentUser user, long organizationId, String number, LocalDate adoptedOn, String title) {
        LegalActs.requireKeeper(user);
        organizations.get(user, organizationId);
        String cleanNumber = number == null ? "" : number.strip();
        String cleanTitle = title == null ? "" : title.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleanNumber.isEmpty() || cleanNumber.length() > 100) {
            errors.put("number", "acts.esign.error.number");
        }
        if (adoptedOn == null || adoptedOn.isAfter(regionTime.today())) {
            errors.put("adoptedOn", "acts.esign.error.adoptedOn");
        }
        if (cleanTitle.isEmpty() || cleanTitle.length() > LONGEST) {
            errors.put("title", "acts.esign.error.title");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        store.saveAct(organizationId, cleanNumber, adoptedOn, cleanTitle, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                "ORGANIZATION",
                organizationId,
                organizationId,
                "local act on electronic documents " + cleanNumber + " of " + adoptedOn);
    }

    /**
     * Records paper agreements (with the consent) of the named employees of an organization of the
     * user's subtree; returns how many. {@code consentedOn} defaults to {@code agreedOn}.
     */
    public int recordOnPaper(
            CurrentUser user, long organizationId, String people, LocalDate agreedOn, LocalDate consentedOn) {
        LegalActs.requireKeeper(user);
        LocalDate consent = consentedOn == null ? agreedOn : consentedOn;
        LocalDate today = regionTime.today();
        Map<String, String> errors = new LinkedHashMap<>();
        if (agreedOn == null || agreedOn.isAfter(today)) {
            errors.put("agreedOn", "acts.esign.error.agreedOn");
        }
        if (consent == null || consent.isAfter(today)) {
            errors.put("consentedOn", "acts.esign.error.consentedOn");
        }
        if (people == null || people.isBlank()) {
            errors.put("people", "acts.esign.error.people");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        List<Long> employees = distributions.namedOrRefuse(user, organizationId, people);
        for (long employee : employees) {
            store.saveAgreement(employee, agreedOn, consent, PAPER, user.username());
            accessLog.record(
                    AccessAction.UPDATE,
                    "EMPLOYEE",
                    employee,
                    null,
                    "simple electronic signature agreement on paper of " + agreedOn);
        }
        return employees.size();
    }

    /**
     * The employee gives his consent and accepts the agreement himself, with his password; only
     * where his organization has the local act (the agreement rests on it).
     */
    public void accept(CurrentUser user, boolean consent, boolean agreement, String password) {
        if (user.employeeId() == null) {
            throw new AccessDeniedException(user.username() + " has no employee record to agree with");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!consent) {
            errors.put("consent", "acts.esign.error.consent");
        }
        if (!agreement) {
            errors.put("agreement", "acts.esign.error.agreement");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        if (standing(user.employeeId()).act().isEmpty()) {
            throw Refusal.conflict("acts.esign.missing.act");
        }
        if (!accounts.confirmPassword(user, password)) {
            throw Refusal.invalid("acts.esign.error.password");
        }
        LocalDate today = regionTime.today();
        store.saveAgreement(user.employeeId(), today, today, ONLINE, user.username());
        accessLog.record(
                AccessAction.UPDATE,
                "EMPLOYEE",
                user.employeeId(),
                user.organizationId(),
                "simple electronic signature agreement accepted online");
    }
}
