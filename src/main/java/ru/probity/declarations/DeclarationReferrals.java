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
 * The results of a declaration's check sent to the commission on official conduct and conflicts of
 * interest (Указ №821 п.16 «а»), once per declaration version, and the commission's decision as it
 * comes back ({@link CommissionStage}). What goes is the findings' explanations and the officer's
 * report, never the sealed content: the commission asks for the declaration itself through the
 * officer if it needs it.
 */
@Service
@Transactional
public class DeclarationReferrals {

    private static final int MAX_REPORT = 4000;

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

    /** Whether the user may send this declaration's check to the commission: an officer of the subtree, not his own. */
    static boolean maySend(CurrentUser user, long employeeId) {
        return user.role().managesRegistry() && (user.employeeId() == null || user.employeeId() != employeeId);
    }

    /**
     * Sends the check of a current declaration to the commission with the officer's report (доклад о
     * результатах проверки); the case opens after the commit through {@link DeclarationSentToCommission}.
     */
    void send(CurrentUser user, long declarationId, String report) {
        DeclarationStore.Referred row = row(declarationId);
        if (!maySend(user, row.employeeId()) || !organizations.isVisible(user, row.organizationId())) {
            throw new AccessDeniedException(
                    user.username() + " may not send declaration " + declarationId + " to the commission");
        }
        declarations.refuseOwn(user, row.employeeId());
        if (!row.current()) {
            throw Refusal.conflict("declarations.commission.error.superseded");
        }
        if (!stage(row).canMoveTo(CommissionStage.SENT)) {
            throw Refusal.conflict("declarations.commission.error.sent");
        }
        String text = report == null ? "" : report.strip();
        List<Finding> findings = declarations.findings(declarationId);
        if (findings.isEmpty() && text.isEmpty()) {
            throw Refusal.invalid("declarations.commission.error.nothing");
        }
        if (text.length() > MAX_REPORT) {
            throw Refusal.invalid("declarations.commission.error.long", String.valueOf(MAX_REPORT));
        }
        if (!store.markSent(declarationId, LocalDate.now(), user.username())) {
            throw Refusal.conflict("declarations.commission.error.sent");
        }
        accessLog.record(AccessAction.UPDATE, "DECLARATION", declarationId, row.organizationId(), "sent to commission");
        events.publishEvent(new DeclarationSentToCommission(
                declarationId,
                row.organizationId(),
                row.employeeId(),
                row.year(),
                summary(row.year(), findings),
                materials(findings, text)));
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

    private String summary(int year, List<Finding> findings) {
        String rules = findings.stream()
                .map(f -> texts.text("declarations.ruleName." + f.rule()))
                .distinct()
                .reduce((a, b) -> a + "; " + b)
                .orElse(texts.text("declarations.commission.noFindings"));
        return texts.text("declarations.commission.summary", String.valueOf(year), rules);
    }

    private String materials(List<Finding> findings, String report) {
        StringBuilder out = new StringBuilder();
        if (!findings.isEmpty()) {
            out.append(texts.text("declarations.commission.findingsHeading"));
            int n = 1;
            for (Finding f : findings) {
                out.append('\n').append(n++).append(". ").append(texts.explain(f.rule(), f.args()));
            }
        }
        if (!report.isEmpty()) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(texts.text("declarations.commission.reportHeading"))
                    .append('\n')
                    .append(report);
        }
        return out.toString();
    }

    private DeclarationStore.Referred row(long declarationId) {
        return store.referred(declarationId).orElseThrow(() -> new NotFound("declaration", declarationId));
    }
}
