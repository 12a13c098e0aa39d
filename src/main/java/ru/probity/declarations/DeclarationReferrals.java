package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.declarations.checks.CommissionStage;
import ru.probity.declarations.checks.Finding;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;

/**
 * The materials of a finished проверка ({@link Verifications}) sent to the commission on official
 * conduct and conflicts of interest (Указ №821 п.16 «а», п.25.1), once per declaration version, and
 * the commission's decision as it comes back ({@link CommissionStage}). A declaration matter goes
 * only with a проверка's report — never as raw findings with a note (DOMAIN: the commission gets
 * the materials of a проверка with the servant's explanation). What goes is the report, the
 * explanation, the requests and the findings' explanations, never the sealed content.
 */
@Service
@Transactional
public class DeclarationReferrals {

    private final DeclarationStore store;
    private final Declarations declarations;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final DeclarationTexts texts;
    private final ApplicationEventPublisher events;

    DeclarationReferrals(
            DeclarationStore store,
            Declarations declarations,
            Organizations organizations,
            AccessLog accessLog,
            DeclarationTexts texts,
            ApplicationEventPublisher events) {
        this.store = store;
        this.declarations = declarations;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.texts = texts;
        this.events = events;
    }

    /** Where a declaration stands with the commission; empty while it has not been sent. */
    record Referral(LocalDate sentOn, String sentBy, LocalDate decidedOn, String decision) {}

    /** The referral of a declaration the user has already opened (no second access-log record). */
    @Transactional(readOnly = true)
    Optional<Referral> referral(long declarationId) {
        DeclarationStore.Referred row = row(declarationId);
        return row.sentOn() == null
                ? Optional.empty()
                : Optional.of(new Referral(row.sentOn(), row.sentBy(), row.decidedOn(), row.decision()));
    }

    /** Whether the user may send a declaration's проверка to the commission: an officer of the subtree, not his own. */
    static boolean maySend(CurrentUser user, long employeeId) {
        return user.role().managesRegistry() && (user.employeeId() == null || user.employeeId() != employeeId);
    }

    /**
     * Sends the materials of a finished проверка to the commission (Указ №821 п.16 «а»; п.25.1 for the
     * control of expenses): its report, the servant's explanation, the requests and the findings of
     * the declaration's analysis; once per declaration version. The case opens after the commit
     * through {@link DeclarationSentToCommission}. Called by {@link Verifications}, which has checked
     * that the report's outcome is «материалы в комиссию».
     */
    void send(CurrentUser user, Verification verification) {
        long declarationId = verification.declarationId();
        DeclarationStore.Referred row = row(declarationId);
        if (!maySend(user, row.employeeId()) || !organizations.isVisible(user, row.organizationId())) {
            throw new AccessDeniedException(
                    user.username() + " may not send declaration " + declarationId + " to the commission");
        }
        declarations.refuseOwn(user, row.employeeId());
        if (verification.reportedOn() == null || verification.outcome() != VerificationOutcome.COMMISSION) {
            throw Refusal.conflict("verifications.error.notCommission");
        }
        if (!stage(row).canMoveTo(CommissionStage.SENT)) {
            throw Refusal.conflict("declarations.commission.error.sent");
        }
        List<Finding> findings = declarations.findings(declarationId);
        if (!store.markSent(declarationId, LocalDate.now(), user.username())) {
            throw Refusal.conflict("declarations.commission.error.sent");
        }
        accessLog.record(AccessAction.UPDATE, "DECLARATION", declarationId, row.organizationId(), "sent to commission");
        events.publishEvent(new DeclarationSentToCommission(
                declarationId,
                row.organizationId(),
                row.employeeId(),
                row.year(),
                texts.text(
                        "verifications.commission.summary",
                        String.valueOf(verification.id()),
                        texts.text("verifications.kind." + verification.kind().name()),
                        String.valueOf(row.year())),
                materials(verification, findings),
                verification.id(),
                verification.kind() == VerificationKind.EXPENSES));
    }

    /** The commission's decision on a declaration it was sent (called by the commission in its transaction). */
    public void recordCommissionDecision(long declarationId, LocalDate decidedOn, String decision) {
        boolean sent = store.referred(declarationId)
                .map(r -> stage(r).canMoveTo(CommissionStage.DECIDED))
                .orElse(false);
        if (!sent || !store.recordDecision(declarationId, decidedOn, decision)) {
            throw new IllegalStateException("Declaration " + declarationId + " was not sent to the commission");
        }
    }

    private static CommissionStage stage(DeclarationStore.Referred row) {
        return CommissionStage.of(row.sentOn(), row.decidedOn());
    }

    private String materials(Verification v, List<Finding> findings) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        StringBuilder out = new StringBuilder();
        out.append(texts.text(
                        "verifications.commission.decision",
                        v.decidedBy(),
                        v.decidedOn().format(day),
                        texts.text("verifications.ground." + v.ground().name()),
                        v.groundSource()))
                .append("\n\n")
                .append(texts.text(
                        "verifications.commission.reportHeading", v.reportedOn().format(day)))
                .append('\n')
                .append(v.report());
        out.append("\n\n");
        if (v.explanationOn() != null) {
            out.append(texts.text(
                            "verifications.commission.explanationHeading",
                            v.explanationOn().format(day)))
                    .append('\n')
                    .append(v.explanation());
        } else if (v.refusalActOn() != null) {
            out.append(texts.text(
                    "verifications.commission.refusalAct", v.refusalActOn().format(day)));
        } else {
            out.append(texts.text("verifications.commission.noExplanation"));
        }
        if (!v.requests().isEmpty()) {
            out.append("\n\n").append(texts.text("verifications.commission.requestsHeading"));
            for (Verification.Request r : v.requests()) {
                out.append("\n— ")
                        .append(r.addressee())
                        .append(", ")
                        .append(r.sentOn().format(day));
                if (r.subject() != null) {
                    out.append(": ").append(r.subject());
                }
            }
        }
        if (!findings.isEmpty()) {
            out.append("\n\n").append(texts.text("declarations.commission.findingsHeading"));
            int n = 1;
            for (Finding f : findings) {
                out.append('\n').append(n++).append(". ").append(texts.explain(f.rule(), f.args()));
            }
        }
        return out.toString();
    }

    private DeclarationStore.Referred row(long declarationId) {
        return store.referred(declarationId).orElseThrow(() -> new NotFound("declaration", declarationId));
    }
}
