package ru.probity.declarations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.AccessRefused;
import ru.probity.access.CurrentUser;
import ru.probity.declarations.checks.Checks;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.declarations.checks.Problem;
import ru.probity.declarations.checks.Validation;
import ru.probity.declarations.spravki.NotAPackageException;
import ru.probity.declarations.spravki.Spravka;
import ru.probity.declarations.spravki.SpravkiContent;
import ru.probity.declarations.spravki.SpravkiPackage;
import ru.probity.declarations.spravki.SpravkiReader;
import ru.probity.platform.BoundedZip;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;

/**
 * Import of «Справки БК» packages ({@code .xsb}, the decoded {@code .xml}, or a ZIP of them): by an
 * officer for a campaign of his subtree, or by an employee for himself. Each package is matched to
 * its employee (СНИЛС, then the names and the birth date, among the active employees of the
 * officer's subtree; the employee's own package must be his), its family compared with the
 * relatives of the people registry (new ones are named, never created), and filed through the same
 * path as the form — sealed, checked, published as declared shares, in the access log — with the
 * package kept sealed beside the declaration. Each file is all or nothing in its own transaction
 * ({@link DeclarationFiles}); this class holds none.
 */
@Service
public class SpravkiImport {

    private static final Logger log = LoggerFactory.getLogger(SpravkiImport.class);

    /** What the file inputs accept. */
    static final String ACCEPT = ".xsb,.xml,.zip";

    /** The form's problems that leave no declaration to file; the others are named and filed. */
    private static final Set<String> BLOCKING =
            Set.of("declarations.error.oneDeclarant", "declarations.error.oneSpouse");

    private final SpravkiReader reader = new SpravkiReader();
    private final SpravkiMatchStore match;
    private final ObligationStore obligations;
    private final DeclarationStore declarationStore;
    private final Declarations declarations;
    private final DeclarationFiles files;
    private final Campaigns campaigns;
    private final DeclarationTexts texts;
    private final ApplicationEventPublisher events;

    SpravkiImport(
            SpravkiMatchStore match,
            ObligationStore obligations,
            DeclarationStore declarationStore,
            Declarations declarations,
            DeclarationFiles files,
            Campaigns campaigns,
            DeclarationTexts texts,
            ApplicationEventPublisher events) {
        this.events = events;
        this.match = match;
        this.obligations = obligations;
        this.declarationStore = declarationStore;
        this.declarations = declarations;
        this.files = files;
        this.campaigns = campaigns;
        this.texts = texts;
    }

    /** What became of one file. */
    public enum Outcome {
        IMPORTED,
        /** The same file was imported before: its declaration is the current one, nothing is filed again. */
        ALREADY,
        UNMATCHED,
        REFUSED
    }

    /**
     * One uploaded file: its name, size and bytes (null when too big to be read); a ZIP is given as
     * {@code archive} instead and read as a stream, entry by entry.
     */
    public record Upload(String name, long size, byte[] content, InputStreamSource archive) {

        /** A package given by its bytes. */
        public Upload(String name, long size, byte[] content) {
            this(name, size, content, null);
        }
    }

    /**
     * One file's result: the declaration filed (employee, year, id) with its notes (what was not
     * carried over, the form's remarks) and the family members the registry lacks, offered for
     * adding; or the reason it was not imported (Russian).
     */
    public record FileResult(
            String file,
            Outcome outcome,
            Long employeeId,
            String employee,
            Integer year,
            Long declarationId,
            String reason,
            List<String> notes,
            List<NewRelative> newRelatives) {}

    /** A spouse or minor child of a package whom the people registry does not have. */
    public record NewRelative(
            String relation, String lastName, String firstName, String middleName, LocalDate birthDate) {

        /** «ФИО, дд.мм.гггг». */
        public String label() {
            return lastName + " " + firstName + (middleName == null ? "" : " " + middleName)
                    + (birthDate == null ? "" : ", " + RussianFormats.date(birthDate));
        }
    }

    /** Imports packages for a campaign of the officer's subtree. */
    public List<FileResult> importForCampaign(CurrentUser officer, long campaignId, List<Upload> uploads) {
        Campaigns.requireOfficer(officer);
        Campaigns.Campaign campaign = campaigns.campaign(officer, campaignId);
        return each(uploads, handlerFor(officer, campaign));
    }

    /**
     * Imports packages for one obligation (the form's page, beside the XLSX import): for the
     * declarant himself or an officer of the subtree; the package's declarant and year must be the
     * obligation's.
     */
    public List<FileResult> importForObligation(CurrentUser user, long obligationId, List<Upload> uploads) {
        ObligationRow obligation = declarations.obligation(user, obligationId);
        return each(uploads, (name, bytes) -> obligationFile(user, obligation, name, bytes));
    }

    /** Imports the employee's own packages («Мои справки»): the declarant must be him. */
    public List<FileResult> importOwn(CurrentUser user, List<Upload> uploads) {
        if (user.employeeId() == null) {
            throw new AccessDeniedException("User " + user.username() + " is no employee and has no declarations");
        }
        return each(uploads, (name, bytes) -> ownFile(user, name, bytes));
    }

    private interface FileHandler {
        FileResult handle(String name, byte[] bytes);
    }

    /** Every file of the uploads handled in turn, a ZIP entry by entry. */
    private List<FileResult> each(List<Upload> uploads, FileHandler handler) {
        List<FileResult> results = new ArrayList<>();
        entries(uploads, e -> results.add(e.refused() != null ? e.refused() : guarded(handler, e.name(), e.bytes())));
        return results;
    }

    /** One file of an upload: its name and bytes, or why it cannot be read. */
    record Entry(String name, byte[] bytes, FileResult refused) {}

    /**
     * Gives every file of the uploads to {@code each} as it is read, a ZIP entry by entry; the
     * limits of the uploads apply: a file over its limit, or an archive broken or over its limits,
     * comes as refused. Refuses uploads with no file at all.
     */
    void entries(List<Upload> uploads, Consumer<Entry> each) {
        UploadLimits limits = UploadLimits.current();
        long max = limits.declarationFile().toBytes();
        int[] given = {0};
        Consumer<Entry> counted = e -> {
            given[0]++;
            each.accept(e);
        };
        for (Upload u : uploads == null ? List.<Upload>of() : uploads) {
            if (u == null || u.size() == 0) {
                continue;
            }
            String name = u.name() == null || u.name().isBlank() ? "файл" : u.name();
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                try (InputStream archive = u.archive() != null
                        ? u.archive().getInputStream()
                        : new ByteArrayInputStream(u.content() == null ? new byte[0] : u.content())) {
                    int entries = BoundedZip.forEachEntry(
                            archive, Charset.forName("CP866"), limits.archive(), name, (entry, in) -> {
                                String entryName = name + " › " + entry;
                                byte[] bytes = BoundedZip.readAll(in, max, entryName);
                                counted.accept(new Entry(entryName, bytes, null));
                            });
                    if (entries == 0) {
                        counted.accept(refusedEntry(name, texts.text("declarations.spravki.notZip", name)));
                    }
                } catch (IOException | RuntimeException e) {
                    UploadRefused refused = UploadRefused.of(e, name, limits);
                    log.info("Spravki archive {} refused: {}", name, e.toString());
                    counted.accept(refusedEntry(
                            name,
                            refused != null ? texts.text(refused) : texts.text("declarations.spravki.notZip", name)));
                }
            } else if (u.content() == null || u.size() > max || u.content().length > max) {
                counted.accept(refusedEntry(name, texts.text("upload.limit.file", name, UploadLimits.size(max))));
            } else {
                counted.accept(new Entry(name, u.content(), null));
            }
        }
        if (given[0] == 0) {
            throw Refusal.invalid("declarations.spravki.noFile");
        }
    }

    private static Entry refusedEntry(String name, String reason) {
        return new Entry(name, null, refused(name, reason));
    }

    /**
     * One file of a campaign's batch ({@link SpravkiBatches}): matched and filed as by {@link
     * #importForCampaign}, in the caller's transaction if there is one.
     */
    FileResult campaignFile(CurrentUser officer, Campaigns.Campaign campaign, String name, byte[] bytes) {
        return guarded(handlerFor(officer, campaign), name, bytes);
    }

    private FileHandler handlerFor(CurrentUser officer, Campaigns.Campaign campaign) {
        return (name, bytes) -> officerFile(officer, campaign, name, bytes);
    }

    /** One file's failure does not stop the others: it is refused, its transaction rolled back. */
    private FileResult guarded(FileHandler handler, String name, byte[] bytes) {
        try {
            return handler.handle(name, bytes);
        } catch (UploadRefused e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Spravki package {} failed", name, e);
            return refused(name, texts.text("declarations.spravki.failed"));
        }
    }

    private FileResult officerFile(CurrentUser officer, Campaigns.Campaign campaign, String name, byte[] bytes) {
        Read read = read(name, bytes);
        if (read.refused() != null) {
            return read.refused();
        }
        Spravka.Person declarant = read.declarant();
        List<SpravkiMatchStore.Candidate> found = List.of();
        String snils = digits(declarant.snils());
        if (snils != null) {
            found = match.bySnils(officer.organizationId(), snils);
        }
        if (found.isEmpty()) {
            if (declarant.birthDate() == null) {
                return unmatched(name, texts.text("declarations.spravki.noBirthDate"));
            }
            found = match.byName(
                    officer.organizationId(),
                    declarant.lastName(),
                    declarant.firstName(),
                    declarant.middleName(),
                    declarant.birthDate());
        }
        String who = fullName(declarant);
        if (found.isEmpty()) {
            return unmatched(name, texts.text("declarations.spravki.notFound", who));
        }
        if (found.size() > 1) {
            return unmatched(name, texts.text("declarations.spravki.ambiguous", who, found.size()));
        }
        SpravkiMatchStore.Candidate employee = found.getFirst();
        if (read.year() != campaign.year()) {
            return unmatched(
                    name,
                    texts.text(
                            "declarations.spravki.otherYear",
                            String.valueOf(read.year()),
                            String.valueOf(campaign.year())));
        }
        Long obligationId = obligations.idOf(campaign.id(), employee.id()).orElse(null);
        if (obligationId == null) {
            return unmatched(
                    name,
                    texts.text("declarations.spravki.noObligation", employee.fullName(), String.valueOf(read.year())));
        }
        return file(officer, obligationId, employee, read, name, bytes);
    }

    private FileResult ownFile(CurrentUser user, String name, byte[] bytes) {
        Read read = read(name, bytes);
        if (read.refused() != null) {
            return read.refused();
        }
        SpravkiMatchStore.Candidate me = match.employee(user.employeeId());
        Spravka.Person declarant = read.declarant();
        if (!filedBy(declarant, me)) {
            return refused(name, texts.text("declarations.spravki.notYours", fullName(declarant)));
        }
        ObligationRow obligation = obligations.ofEmployee(me.id()).stream()
                .filter(o -> o.year() == read.year())
                .min(Comparator.comparing((ObligationRow o) -> o.campaignId() == null))
                .orElse(null);
        if (obligation == null) {
            return refused(name, texts.text("declarations.spravki.noOwnObligation", String.valueOf(read.year())));
        }
        return file(user, obligation.id(), me, read, name, bytes);
    }

    private FileResult obligationFile(CurrentUser user, ObligationRow obligation, String name, byte[] bytes) {
        Read read = read(name, bytes);
        if (read.refused() != null) {
            return read.refused();
        }
        SpravkiMatchStore.Candidate employee = match.employee(obligation.employeeId());
        if (!filedBy(read.declarant(), employee)) {
            return unmatched(
                    name,
                    texts.text("declarations.spravki.otherEmployee", fullName(read.declarant()), employee.fullName()));
        }
        if (read.year() != obligation.year()) {
            return unmatched(
                    name,
                    texts.text(
                            "declarations.spravki.otherObligationYear",
                            String.valueOf(read.year()),
                            String.valueOf(obligation.year())));
        }
        return file(user, obligation.id(), employee, read, name, bytes);
    }

    /** Whether the package's declarant is the employee: by СНИЛС when both have one, else names and birth date. */
    private boolean filedBy(Spravka.Person declarant, SpravkiMatchStore.Candidate employee) {
        String snils = digits(declarant.snils());
        String his = match.snils(employee.id());
        return snils != null && his != null
                ? snils.equals(his)
                : sameNames(declarant, employee)
                        && declarant.birthDate() != null
                        && declarant.birthDate().equals(employee.birthDate());
    }

    /** Files the read package for the obligation: all or nothing. */
    private FileResult file(
            CurrentUser user,
            long obligationId,
            SpravkiMatchStore.Candidate employee,
            Read read,
            String name,
            byte[] bytes) {
        DeclarationContent content = read.content();
        List<String> notes = new ArrayList<>();
        List<Problem> problems = Validation.validate(content, read.year());
        List<String> blocking = new ArrayList<>();
        for (Problem p : problems) {
            if (BLOCKING.contains(p.key())
                    || p.field().endsWith(".relation")
                    || p.field().endsWith(".lastName")
                    || p.field().endsWith(".firstName")) {
                blocking.add(texts.text(p));
            } else {
                notes.add(texts.text("declarations.spravki.remark", texts.text(p)));
            }
        }
        if (!blocking.isEmpty()) {
            return refused(name, String.join("; ", blocking));
        }
        List<NewRelative> newRelatives = newRelatives(content, declarationStore.family(employee.id()));
        if (!newRelatives.isEmpty()) {
            notes.add(texts.text(
                    "declarations.spravki.newRelatives",
                    String.join(
                            ", ", newRelatives.stream().map(NewRelative::label).toList())));
        }
        for (String w : read.warnings()) {
            notes.add(texts.text("declarations.spravki.notCarried", w));
        }
        try {
            Long filed = files.filedFrom(user, obligationId, bytes).orElse(null);
            if (filed != null) {
                return new FileResult(
                        name,
                        Outcome.ALREADY,
                        employee.id(),
                        employee.fullName(),
                        read.year(),
                        filed,
                        texts.text("declarations.spravki.already"),
                        List.of(),
                        List.of());
            }
            long id = files.submitPackage(user, obligationId, content, baseName(name), contentType(name), bytes);
            return new FileResult(
                    name,
                    Outcome.IMPORTED,
                    employee.id(),
                    employee.fullName(),
                    read.year(),
                    id,
                    null,
                    List.copyOf(notes),
                    newRelatives);
        } catch (AccessDeniedException e) {
            log.info("Spravki package {} not imported by {}: {}", name, user.username(), e.getMessage());
            // the refusal is in the access log as if the request itself had been refused
            events.publishEvent(new AccessRefused(
                    user.username(),
                    user.organizationId(),
                    "/declarations/obligations/" + obligationId + "/spravki",
                    e.getMessage()));
            return unmatched(name, texts.text("declarations.spravki.ownCase"));
        } catch (Refusal e) {
            return refused(name, texts.text(e.messageKey(), e.arguments()));
        }
    }

    /** The spouse and children of the package the registry does not have. */
    static List<NewRelative> newRelatives(DeclarationContent content, List<Checks.KnownRelative> family) {
        List<NewRelative> found = new ArrayList<>();
        for (DeclarationContent.Person p : content.persons()) {
            if (p.relation() == Relation.DECLARANT) {
                continue;
            }
            boolean known = family.stream()
                    .anyMatch(r -> SpravkiMatchStore.normal(r.lastName()).equals(SpravkiMatchStore.normal(p.lastName()))
                            && SpravkiMatchStore.normal(r.firstName()).equals(SpravkiMatchStore.normal(p.firstName()))
                            && SpravkiMatchStore.normal(r.middleName()).equals(SpravkiMatchStore.normal(p.middleName()))
                            && p.birthDate() != null
                            && p.birthDate().equals(r.birthDate()));
            if (!known) {
                found.add(new NewRelative(
                        p.relation() == Relation.SPOUSE ? "SPOUSE" : "CHILD",
                        p.lastName(),
                        p.firstName(),
                        p.middleName(),
                        p.birthDate()));
            }
        }
        return found;
    }

    /** A package read: the declarant, the reporting year, the content, the warnings; or refused. */
    private record Read(
            FileResult refused,
            Spravka.Person declarant,
            int year,
            DeclarationContent content,
            List<String> warnings) {}

    private Read read(String name, byte[] bytes) {
        SpravkiPackage pkg;
        try {
            pkg = reader.read(baseName(name), bytes);
        } catch (NotAPackageException e) {
            return new Read(refused(name, e.getMessage()), null, 0, null, null);
        }
        if (pkg.declarations().isEmpty()) {
            return new Read(refused(name, texts.text("declarations.spravki.empty")), null, 0, null, null);
        }
        Spravka first = pkg.declarations().getFirst();
        Spravka.Person declarant =
                first.declarant() != null && first.declarant().lastName() != null
                        ? first.declarant()
                        : pkg.declarations().stream()
                                .filter(s -> s.filedFor() == ru.probity.declarations.spravki.FiledFor.SELF)
                                .map(Spravka::person)
                                .findFirst()
                                .orElse(first.person());
        LocalDate end = first.periodEnd();
        if (end == null) {
            return new Read(refused(name, texts.text("declarations.spravki.noPeriod")), null, 0, null, null);
        }
        SpravkiContent.Mapped mapped = SpravkiContent.of(pkg);
        return new Read(null, declarant, end.getYear(), mapped.content(), mapped.warnings());
    }

    private static boolean sameNames(Spravka.Person p, SpravkiMatchStore.Candidate c) {
        return SpravkiMatchStore.normal(p.lastName()).equals(SpravkiMatchStore.normal(c.lastName()))
                && SpravkiMatchStore.normal(p.firstName()).equals(SpravkiMatchStore.normal(c.firstName()))
                && SpravkiMatchStore.normal(p.middleName()).equals(SpravkiMatchStore.normal(c.middleName()));
    }

    private static String fullName(Spravka.Person p) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {p.lastName(), p.firstName(), p.middleName()}) {
            if (part != null && !part.isBlank()) {
                s.append(s.isEmpty() ? "" : " ").append(part);
            }
        }
        if (p.birthDate() != null) {
            s.append(", ").append(RussianFormats.date(p.birthDate()));
        }
        return s.toString();
    }

    /** The 11 digits of a СНИЛС as written («123-456-789 01»), or null. */
    static String digits(String snils) {
        if (snils == null) {
            return null;
        }
        String d = snils.replaceAll("[^0-9]", "");
        return d.length() == 11 ? d : null;
    }

    private static String baseName(String name) {
        int at = name.lastIndexOf(" › ");
        String n = at < 0 ? name : name.substring(at + 3);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return slash < 0 ? n : n.substring(slash + 1);
    }

    /**
     * The type the original is kept under: the program's own, so the declaration's page tells an
     * imported declaration and its package from one typed from paper and its scans.
     */
    static final String PACKAGE_TYPE = "application/vnd.spravki-bk";

    private static String contentType(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml") ? PACKAGE_TYPE + "+xml" : PACKAGE_TYPE;
    }

    /** Whether a declaration file is the «Справки БК» package it was imported from. */
    static boolean isPackage(String contentType) {
        return contentType != null && contentType.startsWith(PACKAGE_TYPE);
    }

    static FileResult refused(String name, String reason) {
        return new FileResult(name, Outcome.REFUSED, null, null, null, null, reason, List.of(), List.of());
    }

    private static FileResult unmatched(String name, String reason) {
        return new FileResult(name, Outcome.UNMATCHED, null, null, null, null, reason, List.of(), List.of());
    }
}
