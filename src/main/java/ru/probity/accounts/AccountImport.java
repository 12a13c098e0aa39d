package ru.probity.accounts;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.accounts.logins.Logins;
import ru.probity.accounts.roster.RosterColumn;
import ru.probity.accounts.roster.RosterFile;
import ru.probity.accounts.roster.RosterProblem;
import ru.probity.accounts.roster.RosterRow;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.BoundedZip;
import ru.probity.platform.Messages;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;

/**
 * Accounts opened from an XLSX or CSV file (issue 16, item 1; docs/formats/accounts-import.md) — all
 * or nothing: a file with any bad row opens nothing, and every bad row is reported with its line and
 * column in Russian. The rules are the user form's: only a registry administrator, only the roles he
 * grants ({@link Role#grants}), only organizations of his subtree, a personal account only for a
 * current person of such an organization, in the person's own organization. A person who has an
 * account already, or a technical login that exists in the same organization, is skipped — so the
 * same file imported twice opens nothing the second time. The one-time passwords exist in clear only
 * in the returned sheet (the provisioning's).
 */
@Service
@Transactional
public class AccountImport {

    private static final Logger log = LoggerFactory.getLogger(AccountImport.class);
    private static final String USER = "USER";

    private final RosterStore roster;
    private final AccountStore store;
    private final AccessLog accessLog;
    private final UploadLimits limits;
    private final Messages messages;
    private final PasswordSheet sheet;

    AccountImport(
            RosterStore roster,
            AccountStore store,
            AccessLog accessLog,
            UploadLimits limits,
            Messages messages,
            PasswordSheet sheet) {
        this.roster = roster;
        this.store = store;
        this.accessLog = accessLog;
        this.limits = limits;
        this.messages = messages;
        this.sheet = sheet;
    }

    /** A problem of the file, in Russian, with where it is. */
    public record Problem(int line, String column, String message) {}

    /** An account opened, with its one-time password (only in the sheet and the API's answer). */
    public record Created(
            int line,
            long id,
            String username,
            String fullName,
            Long employeeId,
            String organization,
            String password) {}

    /** A row that opened nothing because its account exists. */
    public record Skipped(int line, String username, String reason) {}

    /** What an import did, or why it did nothing; the sheet when something was created or skipped. */
    public record Report(List<Created> created, List<Skipped> skipped, List<Problem> problems, byte[] sheet) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The file's size against the form's limit (the people file's), before it is read. */
    public Optional<Report> checkSize(String fileName, long size) {
        if (size <= limits.peopleFile().toBytes()) {
            return Optional.empty();
        }
        log.warn("Accounts file {} refused: {} bytes", fileName, size);
        return Optional.of(
                refused(messages.text("upload.limit.file", fileName, UploadLimits.size(limits.peopleFile()))));
    }

    /** Only a registry administrator (regional administrator, officer) imports accounts. */
    static void requireAdministrator(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not open accounts");
        }
    }

    public Report importFile(CurrentUser user, String fileName, InputStream content) {
        requireAdministrator(user);
        RosterFile.Parsed parsed;
        try {
            parsed = RosterFile.read(
                    fileName, BoundedZip.limited(content, limits.peopleFile().toBytes(), fileName), limits);
        } catch (UploadRefused e) {
            log.warn("Accounts file {} of {} refused: {}", fileName, user.username(), e.getMessage());
            return refused(messages.text(e.key(), e.args().toArray()));
        }
        if (!parsed.ok()) {
            return failed(parsed.problems());
        }
        List<RosterRow> rows = parsed.rows();
        Lookup lookup = lookup(rows, user.organizationId());
        List<RosterProblem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<Long, Integer> people = new HashMap<>();
        Map<String, Integer> logins = new HashMap<>();
        for (RosterRow row : rows) {
            int before = problems.size();
            Planned plan = plan(user, row, lookup, problems);
            if (problems.size() > before || plan == null) {
                continue;
            }
            if (plan.employeeId() != null) {
                Integer first = people.putIfAbsent(plan.employeeId(), row.line());
                if (first != null) {
                    problems.add(RosterProblem.of(
                            row.line(), RosterColumn.EMPLOYEE_ID, "accountImport.error.personTwice", first));
                    continue;
                }
            }
            if (plan.login() != null) {
                Integer first = logins.putIfAbsent(plan.login().toLowerCase(Locale.ROOT), row.line());
                if (first != null) {
                    problems.add(
                            RosterProblem.of(row.line(), RosterColumn.LOGIN, "accountImport.error.loginTwice", first));
                    continue;
                }
            }
            if (plan.skippedAs() != null) {
                skipped.add(new Skipped(row.line(), plan.skippedAs(), messages.text(plan.skipReason())));
            } else {
                planned.add(plan);
            }
        }
        logRead(lookup);
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        List<Created> created = create(user, planned, logins.keySet());
        return new Report(created, skipped, List.of(), sheet(fileName, created, skipped));
    }

    /**
     * A row ready to be opened (or skipped), its login null until the rule makes one from {@code
     * personName} (the card's «Фамилия Имя Отчество»).
     */
    private record Planned(
            int line,
            String login,
            String fullName,
            Role role,
            long organizationId,
            String organizationName,
            Long employeeId,
            String email,
            String personName,
            String skippedAs,
            String skipReason) {}

    private record Lookup(
            Map<Long, RosterStore.Card> byId,
            Map<String, RosterStore.Card> bySnils,
            Map<String, List<RosterStore.Card>> byEmail,
            Map<Long, RosterStore.Unit> units,
            Map<String, List<RosterStore.Unit>> unitsByInn,
            Map<String, RosterStore.Holder> holders) {}

    private Lookup lookup(List<RosterRow> rows, long scope) {
        Long[] ids = rows.stream()
                .map(RosterRow::employeeId)
                .map(AccountImport::number)
                .filter(Objects::nonNull)
                .toArray(Long[]::new);
        String[] snilses =
                rows.stream().map(RosterRow::snils).filter(Objects::nonNull).toArray(String[]::new);
        String[] emails = rows.stream()
                .map(RosterRow::email)
                .filter(Objects::nonNull)
                .map(e -> e.toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        Map<Long, RosterStore.Card> byId = new HashMap<>();
        Map<String, RosterStore.Card> bySnils = new HashMap<>();
        Map<String, List<RosterStore.Card>> byEmail = new HashMap<>();
        for (RosterStore.Card card : roster.cards(ids, snilses, emails, scope)) {
            byId.put(card.id(), card);
            if (card.snils() != null && card.current()) {
                bySnils.put(card.snils(), card);
            }
            if (card.email() != null && card.current()) {
                byEmail.computeIfAbsent(card.email(), k -> new ArrayList<>()).add(card);
            }
        }
        Long[] unitIds = rows.stream()
                .map(RosterRow::organizationId)
                .map(AccountImport::number)
                .filter(Objects::nonNull)
                .toArray(Long[]::new);
        String[] inns = rows.stream()
                .map(RosterRow::organizationInn)
                .filter(Objects::nonNull)
                .toArray(String[]::new);
        Map<Long, RosterStore.Unit> units = new HashMap<>();
        Map<String, List<RosterStore.Unit>> unitsByInn = new HashMap<>();
        for (RosterStore.Unit unit : roster.organizations(unitIds, inns, scope)) {
            units.put(unit.id(), unit);
            if (unit.inn() != null && unit.usable()) {
                unitsByInn.computeIfAbsent(unit.inn(), k -> new ArrayList<>()).add(unit);
            }
        }
        String[] logins = rows.stream()
                .map(RosterRow::login)
                .filter(Objects::nonNull)
                .map(l -> l.toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        Map<String, RosterStore.Holder> holders = new HashMap<>();
        roster.holders(logins).forEach(h -> holders.put(h.username().toLowerCase(Locale.ROOT), h));
        return new Lookup(byId, bySnils, byEmail, units, unitsByInn, holders);
    }

    /** Checks one row; adds its problems, or returns what it opens (or why it is skipped). */
    private Planned plan(CurrentUser user, RosterRow row, Lookup lookup, List<RosterProblem> problems) {
        int line = row.line();
        int before = problems.size();
        if (row.technical() == null) {
            problems.add(
                    RosterProblem.of(line, RosterColumn.TECHNICAL, "accountImport.error.yesNo", row.technicalText()));
            return null;
        }
        Role role = role(row.role());
        if (role == null) {
            problems.add(RosterProblem.of(line, RosterColumn.ROLE, "accountImport.error.role", row.role()));
        } else if (!user.role().grants(role)) {
            problems.add(RosterProblem.of(line, RosterColumn.ROLE, "accountImport.error.roleTooHigh", row.role()));
        }
        if (row.login() != null && !row.login().matches("[A-Za-z0-9._-]{3,40}")) {
            problems.add(RosterProblem.of(line, RosterColumn.LOGIN, "accountImport.error.login"));
        }
        if (row.email() != null && !row.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(RosterProblem.of(line, RosterColumn.EMAIL, "accountImport.error.email"));
        }
        RosterStore.Unit unit = unit(row, lookup, problems);
        if (problems.size() > before) {
            return null;
        }
        RosterStore.Holder holder =
                row.login() == null ? null : lookup.holders().get(row.login().toLowerCase(Locale.ROOT));
        if (row.technical()) {
            return technical(row, role, unit, holder, problems);
        }
        return personal(row, role, unit, holder, lookup, problems);
    }

    private Planned technical(
            RosterRow row, Role role, RosterStore.Unit unit, RosterStore.Holder holder, List<RosterProblem> problems) {
        int line = row.line();
        if (row.employeeId() != null || row.snils() != null) {
            problems.add(RosterProblem.of(
                    line,
                    row.employeeId() != null ? RosterColumn.EMPLOYEE_ID : RosterColumn.SNILS,
                    "accountImport.error.technicalWithPerson"));
        }
        if (row.login() == null) {
            problems.add(RosterProblem.of(line, RosterColumn.LOGIN, "accountImport.error.technicalLogin"));
        }
        if (row.name() == null) {
            problems.add(RosterProblem.of(line, RosterColumn.NAME, "accountImport.error.technicalName"));
        }
        if (unit == null) {
            problems.add(
                    RosterProblem.of(line, RosterColumn.ORGANIZATION_ID, "accountImport.error.technicalOrganization"));
        }
        if (!problems.isEmpty() && problems.get(problems.size() - 1).line() == line) {
            return null;
        }
        if (holder != null) {
            if (holder.technical() && holder.organizationId() == unit.id()) {
                return new Planned(
                        line,
                        row.login(),
                        row.name(),
                        role,
                        unit.id(),
                        unit.name(),
                        null,
                        null,
                        null,
                        holder.username(),
                        "accountImport.skipped.exists");
            }
            problems.add(RosterProblem.of(line, RosterColumn.LOGIN, "accountImport.error.loginTaken", row.login()));
            return null;
        }
        return new Planned(
                line,
                row.login(),
                row.name(),
                role,
                unit.id(),
                unit.name(),
                null,
                row.email() == null ? null : row.email().toLowerCase(Locale.ROOT),
                null,
                null,
                null);
    }

    private Planned personal(
            RosterRow row,
            Role role,
            RosterStore.Unit unit,
            RosterStore.Holder holder,
            Lookup lookup,
            List<RosterProblem> problems) {
        int line = row.line();
        RosterStore.Card card = card(row, lookup, problems);
        if (card == null) {
            return null;
        }
        if (unit != null && unit.id() != card.organizationId()) {
            problems.add(RosterProblem.of(line, RosterColumn.ORGANIZATION_ID, "accountImport.error.otherOrganization"));
            return null;
        }
        if (card.username() != null) {
            return new Planned(
                    line,
                    null,
                    card.fullName(),
                    role,
                    card.organizationId(),
                    card.organizationName(),
                    card.id(),
                    null,
                    null,
                    card.username(),
                    "accountImport.skipped.hasAccount");
        }
        if (holder != null) {
            problems.add(RosterProblem.of(line, RosterColumn.LOGIN, "accountImport.error.loginTaken", row.login()));
            return null;
        }
        return new Planned(
                line,
                row.login(),
                card.fullName(),
                role,
                card.organizationId(),
                card.organizationName(),
                card.id(),
                null,
                card.fullName(),
                null,
                null);
    }

    /** The person a row names, by «Код сотрудника», else СНИЛС, else e-mail; they must agree. */
    private RosterStore.Card card(RosterRow row, Lookup lookup, List<RosterProblem> problems) {
        int line = row.line();
        if (row.employeeId() == null && row.snils() == null && row.email() == null) {
            problems.add(RosterProblem.of(line, RosterColumn.EMPLOYEE_ID, "accountImport.error.noPerson"));
            return null;
        }
        RosterStore.Card byId = null;
        if (row.employeeId() != null) {
            Long id = number(row.employeeId());
            byId = id == null ? null : lookup.byId().get(id);
            if (byId == null || !byId.visible()) {
                problems.add(RosterProblem.of(line, RosterColumn.EMPLOYEE_ID, "accountImport.error.personUnknown"));
                return null;
            }
        }
        RosterStore.Card bySnils = null;
        if (row.snils() != null) {
            if (!row.snils().matches("\\d{11}")) {
                problems.add(RosterProblem.of(line, RosterColumn.SNILS, "accountImport.error.snils"));
                return null;
            }
            bySnils = lookup.bySnils().get(row.snils());
            if (bySnils == null || !bySnils.visible()) {
                if (byId == null) {
                    problems.add(RosterProblem.of(line, RosterColumn.SNILS, "accountImport.error.personUnknown"));
                    return null;
                }
                bySnils = null;
            }
        }
        RosterStore.Card card = byId != null ? byId : bySnils;
        if (byId != null && row.snils() != null && !row.snils().equals(byId.snils())) {
            problems.add(RosterProblem.of(line, RosterColumn.SNILS, "accountImport.error.snilsMismatch"));
            return null;
        }
        if (card == null) {
            List<RosterStore.Card> found =
                    lookup.byEmail().getOrDefault(row.email().toLowerCase(Locale.ROOT), List.of()).stream()
                            .filter(RosterStore.Card::visible)
                            .toList();
            if (found.isEmpty()) {
                problems.add(RosterProblem.of(line, RosterColumn.EMAIL, "accountImport.error.personUnknown"));
                return null;
            }
            if (found.size() > 1) {
                problems.add(RosterProblem.of(line, RosterColumn.EMAIL, "accountImport.error.emailAmbiguous"));
                return null;
            }
            card = found.get(0);
        } else if (row.email() != null && !row.email().equalsIgnoreCase(Objects.toString(card.email(), ""))) {
            problems.add(RosterProblem.of(line, RosterColumn.EMAIL, "accountImport.error.emailMismatch"));
            return null;
        }
        if (!card.current()) {
            problems.add(RosterProblem.of(
                    line,
                    row.employeeId() != null ? RosterColumn.EMPLOYEE_ID : RosterColumn.SNILS,
                    "accountImport.error.personInactive"));
            return null;
        }
        return card;
    }

    /** The organization a row names by «Код организации» or «ИНН организации», if any. */
    private RosterStore.Unit unit(RosterRow row, Lookup lookup, List<RosterProblem> problems) {
        int line = row.line();
        RosterStore.Unit unit = null;
        if (row.organizationId() != null) {
            Long id = number(row.organizationId());
            unit = id == null ? null : lookup.units().get(id);
            if (unit == null || !unit.usable()) {
                problems.add(RosterProblem.of(
                        line,
                        RosterColumn.ORGANIZATION_ID,
                        "accountImport.error.organizationUnknown",
                        row.organizationId()));
                return null;
            }
        }
        if (row.organizationInn() != null) {
            List<RosterStore.Unit> found = lookup.unitsByInn().getOrDefault(row.organizationInn(), List.of());
            if (unit != null) {
                if (!row.organizationInn().equals(unit.inn())) {
                    problems.add(
                            RosterProblem.of(line, RosterColumn.ORGANIZATION_INN, "accountImport.error.innMismatch"));
                    return null;
                }
            } else if (found.isEmpty()) {
                problems.add(RosterProblem.of(
                        line,
                        RosterColumn.ORGANIZATION_INN,
                        "accountImport.error.organizationUnknown",
                        row.organizationInn()));
                return null;
            } else if (found.size() > 1) {
                problems.add(RosterProblem.of(line, RosterColumn.ORGANIZATION_INN, "accountImport.error.innAmbiguous"));
                return null;
            } else {
                unit = found.get(0);
            }
        }
        return unit;
    }

    /** The role a cell names: its Russian title (as on the user form) or its code; blank is an employee. */
    private Role role(String cell) {
        if (cell == null) {
            return Role.EMPLOYEE;
        }
        String wanted = normalized(cell);
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(cell.strip())
                    || normalized(messages.text("role." + role)).equals(wanted)) {
                return role;
            }
        }
        return null;
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[«»\"()]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Long number(String cell) {
        if (cell == null || !cell.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(cell);
    }

    private List<Created> create(CurrentUser user, List<Planned> planned, Set<String> fileLogins) {
        Set<String> taken = new HashSet<>(store.usernames());
        taken.addAll(fileLogins);
        List<String> logins = new ArrayList<>(planned.size());
        for (Planned p : planned) {
            if (p.login() != null) {
                logins.add(p.login());
                continue;
            }
            String[] name = p.personName().split(" ", 3);
            String login = Logins.unique(
                    Logins.base(name[0], name.length > 1 ? name[1] : null, name.length > 2 ? name[2] : null),
                    taken::contains);
            taken.add(login);
            logins.add(login);
        }
        List<String> passwords =
                planned.stream().map(p -> Accounts.oneTimePassword()).toList();
        // generated one-time passwords: a fast salted hash is as safe as Argon2id (OneTimePasswordHash)
        List<String> hashes = passwords.stream().map(OneTimePasswordHash::of).toList();
        List<Created> created = new ArrayList<>(planned.size());
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            long id = store.create(
                    new NewAccount(
                            logins.get(i),
                            p.fullName(),
                            p.role(),
                            p.organizationId(),
                            p.employeeId(),
                            null,
                            p.employeeId() == null),
                    hashes.get(i),
                    user.username());
            if (p.email() != null) {
                roster.setEmail(id, p.email());
            }
            accessLog.record(
                    AccessAction.CREATE,
                    USER,
                    id,
                    p.organizationId(),
                    "role " + p.role().name() + " granted"
                            + (p.employeeId() == null ? ", technical" : ", linked to employee " + p.employeeId())
                            + ", imported from file");
            created.add(new Created(
                    p.line(), id, logins.get(i), p.fullName(), p.employeeId(), p.organizationName(), passwords.get(i)));
        }
        return created;
    }

    private void logRead(Lookup lookup) {
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                lookup.byId().values().stream()
                        .filter(RosterStore.Card::visible)
                        .map(c -> new AccessLog.Subject(c.id(), c.organizationId()))
                        .toList(),
                "account import");
    }

    /** The login slips of an import as a printable PDF (a page per organization). */
    byte[] pdf(Report report) {
        return sheet.pdf(slips(report.created()));
    }

    private static List<PasswordSheet.Slip> slips(List<Created> created) {
        Map<String, Long> organizations = new LinkedHashMap<>();
        return created.stream()
                .map(c -> new PasswordSheet.Slip(
                        c.username(),
                        c.fullName(),
                        organizations.computeIfAbsent(c.organization(), k -> (long) organizations.size()),
                        c.organization(),
                        c.password()))
                .toList();
    }

    private byte[] sheet(String fileName, List<Created> created, List<Skipped> skipped) {
        return sheet.xlsx(
                messages.text("accountImport.sheet.title", fileName),
                slips(created),
                skipped.stream()
                        .map(s -> new PasswordSheet.Skip(
                                messages.text("accountImport.line", s.line()), s.username() + " — " + s.reason()))
                        .toList());
    }

    private Report failed(List<RosterProblem> problems) {
        return new Report(
                List.of(),
                List.of(),
                problems.stream()
                        .map(p -> new Problem(p.line(), p.column(), text(p)))
                        .toList(),
                null);
    }

    private String text(RosterProblem p) {
        String reason = messages.text(p.key(), p.args().toArray());
        if (p.line() == 0) {
            return reason;
        }
        return p.column() == null
                ? messages.text("accountImport.at.line", p.line(), reason)
                : messages.text("accountImport.at.cell", p.line(), p.column(), reason);
    }

    private static Report refused(String message) {
        return new Report(List.of(), List.of(), List.of(new Problem(0, null, message)), null);
    }
}
