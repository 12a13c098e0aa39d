package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.declarations.checks.Finding;
import ru.probity.declarations.checks.Rule;
import ru.probity.org.Organizations;

/**
 * The results of a declaration's check sent to the commission on official conduct and conflicts of
 * interest (Указ №821 п.16 «а»), once per declaration version, and the commission's decision as it
 * comes back. What goes is the findings' explanations and the officer's report, never the sealed
 * content: the commission asks for the declaration itself through the officer if it needs it.
 */
@Service
@Transactional
public class DeclarationReferrals {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final int MAX_REPORT = 4000;

    private final JdbcClient jdbc;
    private final Declarations declarations;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    DeclarationReferrals(
            JdbcClient jdbc,
            Declarations declarations,
            Organizations organizations,
            AccessLog accessLog,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.declarations = declarations;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.messages = messages;
        this.events = events;
    }

    /** Where a declaration stands with the commission; empty while it has not been sent. */
    record Referral(LocalDate sentOn, String sentBy, LocalDate decidedOn, String decision) {}

    private record Row(
            long employeeId, long organizationId, int year, boolean current, LocalDate sentOn, Referral referral) {}

    /** The referral of a declaration the user has already opened (no second access-log record). */
    @Transactional(readOnly = true)
    Optional<Referral> referral(long declarationId) {
        return Optional.ofNullable(row(declarationId).referral());
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
        Row row = row(declarationId);
        if (!maySend(user, row.employeeId()) || !organizations.isVisible(user, row.organizationId())) {
            throw new AccessDeniedException(
                    user.username() + " may not send declaration " + declarationId + " to the commission");
        }
        if (!row.current()) {
            throw new DeclarationException("declarations.commission.error.superseded");
        }
        if (row.sentOn() != null) {
            throw new DeclarationException("declarations.commission.error.sent");
        }
        String text = report == null ? "" : report.strip();
        List<Finding> findings = declarations.findings(declarationId);
        if (findings.isEmpty() && text.isEmpty()) {
            throw new DeclarationException("declarations.commission.error.nothing");
        }
        if (text.length() > MAX_REPORT) {
            throw new DeclarationException("declarations.commission.error.long", String.valueOf(MAX_REPORT));
        }
        int updated = jdbc.sql("""
                update declaration set sent_to_commission_on = ?, sent_to_commission_by = ?
                where id = ? and sent_to_commission_on is null""")
                .params(LocalDate.now(), user.username(), declarationId)
                .update();
        if (updated == 0) {
            throw new DeclarationException("declarations.commission.error.sent");
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
        int updated = jdbc.sql("""
                update declaration set commission_decided_on = ?, commission_decision = ?
                where id = ? and sent_to_commission_on is not null""").params(decidedOn, decision, declarationId).update();
        if (updated == 0) {
            throw new IllegalStateException("Declaration " + declarationId + " was not sent to the commission");
        }
    }

    /** A finding's Russian explanation, citing its norm. */
    String explain(Rule rule, List<String> args) {
        return messages.getMessage(rule.messageKey(args), args.toArray(), RU);
    }

    private String summary(int year, List<Finding> findings) {
        String rules = findings.stream()
                .map(f -> messages.getMessage("declarations.ruleName." + f.rule(), null, RU))
                .distinct()
                .reduce((a, b) -> a + "; " + b)
                .orElse(messages.getMessage("declarations.commission.noFindings", null, RU));
        return messages.getMessage("declarations.commission.summary", new Object[] {String.valueOf(year), rules}, RU);
    }

    private String materials(List<Finding> findings, String report) {
        StringBuilder out = new StringBuilder();
        if (!findings.isEmpty()) {
            out.append(messages.getMessage("declarations.commission.findingsHeading", null, RU));
            int n = 1;
            for (Finding f : findings) {
                out.append('\n').append(n++).append(". ").append(explain(f.rule(), f.args()));
            }
        }
        if (!report.isEmpty()) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(messages.getMessage("declarations.commission.reportHeading", null, RU))
                    .append('\n')
                    .append(report);
        }
        return out.toString();
    }

    private Row row(long declarationId) {
        return jdbc.sql("""
                select employee_id, organization_id, year, is_current, sent_to_commission_on, sent_to_commission_by,
                       commission_decided_on, commission_decision
                from declaration where id = ?""")
                .param(declarationId)
                .query((rs, n) -> {
                    LocalDate sentOn = rs.getObject(5, LocalDate.class);
                    return new Row(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getInt(3),
                            rs.getBoolean(4),
                            sentOn,
                            sentOn == null
                                    ? null
                                    : new Referral(
                                            sentOn,
                                            rs.getString(6),
                                            rs.getObject(7, LocalDate.class),
                                            rs.getString(8)));
                })
                .optional()
                .orElseThrow(() -> new DeclarationNotFound(declarationId));
    }
}
