package ru.probity.audit;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;

/**
 * The details of an access log record in Russian. Modules write short English phrases (stable, so
 * records of older versions read the same); the log page shows each through the bundle's {@code
 * audit.details.<phrase>} and the search's own record ({@link AccessLogSearch#described()}) with
 * Russian names of its criteria.
 */
@Component
class AccessDetails {

    /** The phrases modules write, longest first, so that "follow-up list" wins over "list". */
    static final List<String> PHRASES = List.of(
                    "extract by the employee concerned",
                    "relatives of employee",
                    "disclosed to the assignee",
                    "sent to the commission",
                    "forwarded to an external body",
                    "person complained about",
                    "second factor enrolled",
                    "second factor removed",
                    "second factor required for",
                    "second factor",
                    "staff of organization",
                    "export.xlsx: nothing",
                    "export.xlsx",
                    "xlsx export",
                    "recovery code used",
                    "sent to commission",
                    "signed on paper",
                    "follow-up added",
                    "follow-up done",
                    "follow-up list",
                    "redirected to",
                    "member added",
                    "files added",
                    "assigned to",
                    "assigned",
                    "invitations",
                    "composition",
                    "attendance of",
                    "attendance",
                    "conclusion",
                    "registered",
                    "register",
                    "term ended",
                    "agenda of meeting",
                    "agenda of",
                    "unlocked",
                    "comment",
                    "content",
                    "revoked",
                    "search:",
                    "closed",
                    "system",
                    "paper",
                    "file",
                    "list",
                    "own",
                    "days",
                    "employees",
                    "granted",
                    "participants marked,",
                    "participants of training event",
                    "participants",
                    "present",
                    "sha256",
                    "version",
                    "API tokens revoked:",
                    "every account from there",
                    "linked to employee",
                    "employee",
                    "of",
                    "acknowledged act",
                    "acknowledgements of distribution",
                    "deactivated",
                    "reactivated",
                    "decided",
                    "declaration findings",
                    "verification started",
                    "verification notice",
                    "verification explanation",
                    "verification refusal act",
                    "verification interview requested",
                    "verification interview",
                    "verification request",
                    "verification extended",
                    "verification report",
                    "verification informed",
                    "verification prosecutor",
                    "verification penalty",
                    "verifications",
                    "declaration obligations",
                    "disabled, sessions ended:",
                    "reset from the console, sessions ended:",
                    "other sessions ended:",
                    "enabled",
                    "enrolled",
                    "not adopted",
                    "retention period ended",
                    "role",
                    "signature",
                    "training statistics",
                    "console",
                    "provisioned in bulk",
                    "imported from file",
                    "account import",
                    "choice of a person for an account",
                    "account provisioning: preview",
                    "account provisioning",
                    "technical",
                    "moved with employee",
                    "from organization",
                    "to organization",
                    "withdrawn",
                    "sessions ended:",
                    "disabled:",
                    "dismissed",
                    "one-time password set by the administrator",
                    "password reset link sent",
                    "set by e-mail link")
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]*[A-Z]\\b");
    private static final List<String> CODE_PREFIXES = List.of(
            "role.",
            "audit.action.",
            "audit.subject.",
            "commission.decisionShort.",
            "notifications.kind.",
            "reports.channel.",
            "finding.status.");
    private static final Pattern SEARCH =
            Pattern.compile("username=(.*) action=([A-Z_]*) subject=(\\S*) from=(\\S*) to=(\\S*) page=(\\d+)");
    private static final Pattern PHRASE = Pattern.compile(PHRASES.stream()
            .map(p -> "(?<![A-Za-z])" + Pattern.quote(p) + "(?![A-Za-z])")
            .reduce((a, b) -> a + "|" + b)
            .orElseThrow());

    private final Messages messages;
    private final AccessLogStore store;

    AccessDetails(Messages messages, AccessLogStore store) {
        this.messages = messages;
        this.store = store;
    }

    String text(String details) {
        if (details == null) {
            return null;
        }
        Matcher search = SEARCH.matcher(details);
        if (search.matches()) {
            return messages.text(
                    "audit.details.query",
                    blank(
                            search.group(1).isBlank()
                                    ? ""
                                    : store.fullName(search.group(1).strip())),
                    search.group(2).isEmpty() ? "—" : messages.text("audit.action." + search.group(2)),
                    blank(subject(search.group(3))),
                    blank(search.group(4)),
                    blank(search.group(5)),
                    Integer.parseInt(search.group(6)) + 1);
        }
        Matcher phrase = PHRASE.matcher(details);
        StringBuilder text = new StringBuilder();
        while (phrase.find()) {
            phrase.appendReplacement(
                    text, Matcher.quoteReplacement(messages.text("audit.details." + key(phrase.group()))));
        }
        phrase.appendTail(text);
        return codes(text.toString());
    }

    /** The bundle key of a phrase: its words joined by dashes. */
    static String key(String phrase) {
        return phrase.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Codes left in the text (a role, an action, a kind of record) by their Russian names. */
    private String codes(String text) {
        Matcher code = CODE.matcher(text);
        StringBuilder named = new StringBuilder();
        while (code.find()) {
            String name = code.group();
            for (String prefix : CODE_PREFIXES) {
                String russian = messages.text(prefix + code.group());
                if (!russian.equals(prefix + code.group())) {
                    name = russian;
                    break;
                }
            }
            code.appendReplacement(named, Matcher.quoteReplacement(name));
        }
        code.appendTail(named);
        return named.toString();
    }

    private String subject(String subject) {
        if (subject.isEmpty()) {
            return subject;
        }
        int slash = subject.indexOf('/');
        String type = slash < 0 ? subject : subject.substring(0, slash);
        return messages.text("audit.subject." + type) + (slash < 0 ? "" : " №" + subject.substring(slash + 1));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
