package ru.probity.expertise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.expertise.detector.Factor;
import ru.probity.expertise.detector.FactorDetector;
import ru.probity.expertise.detector.Hint;
import ru.probity.expertise.text.VersionDiff;
import ru.probity.platform.DocumentText;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.WorkingDays;

/**
 * The register of acts and drafts under anti-corruption expertise and their internal expertise
 * (172-ФЗ ст.3 ч.4; ПП РФ №96 of 26.02.2010, its Правила and Методика): registration, versions of
 * the text with the detector's hints stored once per version, the expert's decisions and findings,
 * the conclusion signed off and registered, the developer's answers, the comparison of versions.
 *
 * <p>Who may do what: a legal expert ({@code LEGAL_EXPERT}) registers and examines the documents
 * of his subtree; the regional administrator, officers and heads see those of their subtree; the
 * developer — the employee whose card the document names — sees his documents, answers the
 * findings and uploads new versions. Anything else is not found or refused.
 */
@Service
@Transactional
public class Expertise {

    private final ExpertiseStore store;
    private final UploadLimits limits;
    private final ExpertiseSettings settings;
    private final RegionTime regionTime;
    private final Messages messages;
    private final AccessLog accessLog;

    Expertise(
            ExpertiseStore store,
            UploadLimits limits,
            ExpertiseSettings settings,
            RegionTime regionTime,
            Messages messages,
            AccessLog accessLog) {
        this.accessLog = accessLog;
        this.store = store;
        this.limits = limits;
        this.settings = settings;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    // --- who

    /** Whether the user has the register at all: a role that sees it, or an employee card (the developer's own). */
    public boolean mayOpen(CurrentUser user) {
        return user.role().seesExpertise() || user.employeeId() != null;
    }

    /** Whether the user registers documents (a legal expert). */
    public boolean mayRegister(CurrentUser user) {
        return user.role().examinesActs();
    }

    /** Whether the user examines the document: a legal expert of a subtree that holds it. */
    public boolean canExamine(CurrentUser user, ExpertiseDocument document) {
        return user.role().examinesActs() && store.inSubtree(user.organizationId(), document.organizationId());
    }

    /** Whether the user is the document's developer. */
    public boolean isDeveloper(CurrentUser user, ExpertiseDocument document) {
        return user.employeeId() != null && user.employeeId().equals(document.developerEmployeeId());
    }

    /** Whether the user adds versions of the text: its expert or its developer. */
    public boolean canUpload(CurrentUser user, ExpertiseDocument document) {
        return canExamine(user, document) || isDeveloper(user, document);
    }

    private static ExpertiseStore.Scope scope(CurrentUser user) {
        return new ExpertiseStore.Scope(user.organizationId(), user.role().seesExpertise(), user.employeeId());
    }

    private void requireOpen(CurrentUser user) {
        if (!mayOpen(user)) {
            throw new AccessDeniedException("Role " + user.role() + " has no register of expertise");
        }
    }

    // --- the register

    /** The filters of the register's list. */
    public record Filter(
            ExpertiseStage stage, ExpertiseKind kind, ExpertiseSubject subject, Long organizationId, String q) {}

    @Transactional(readOnly = true)
    public List<ExpertiseDocument> search(CurrentUser user, Filter filter, int limit) {
        requireOpen(user);
        return store.search(
                scope(user),
                new ExpertiseStore.Filter(
                        filter.stage(), filter.kind(), filter.subject(), filter.organizationId(), filter.q()),
                limit);
    }

    @Transactional(readOnly = true)
    public ExpertiseDocument get(CurrentUser user, long id) {
        requireOpen(user);
        return store.find(scope(user), id).orElseThrow(() -> new NotFound("expertise document", id));
    }

    /** A developer to choose on the form: an active employee of the user's subtree. */
    public record Person(long id, String name, String post, String organization) {}

    /** An expert to choose on the form: a legal expert's account of the subtree or above it. */
    public record Expert(String login, String name, String organization) {}

    /** The developers to choose from; their reading is written to the access log. */
    public List<Person> developers(CurrentUser user) {
        requireRegistrar(user);
        List<Person> people = store.employees(user.organizationId(), 2000).stream()
                .map(p -> new Person(p.id(), p.name(), p.post(), p.organization()))
                .toList();
        accessLog.recordEach(
                AccessAction.READ,
                "EMPLOYEE",
                people.stream().map(p -> new AccessLog.Subject(p.id(), null)).toList(),
                "developers to choose for anti-corruption expertise");
        return people;
    }

    /**
     * The document for its card: as {@link #get}, and the developer's name read by someone else is
     * written to the access log.
     */
    @Transactional
    public ExpertiseDocument open(CurrentUser user, long id) {
        ExpertiseDocument document = get(user, id);
        if (document.developerEmployeeId() != null && !isDeveloper(user, document)) {
            accessLog.record(
                    AccessAction.READ,
                    "EMPLOYEE",
                    document.developerEmployeeId(),
                    document.developerOrganizationId(),
                    "developer of expertise document " + id);
        }
        return document;
    }

    @Transactional(readOnly = true)
    public List<Expert> experts(CurrentUser user) {
        requireRegistrar(user);
        return store.experts(user.organizationId()).stream()
                .map(e -> new Expert(e.login(), e.name(), e.organization()))
                .toList();
    }

    private void requireRegistrar(CurrentUser user) {
        if (!mayRegister(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not register documents for expertise");
        }
    }

    /**
     * Registers a draft or an act in force for expertise in an organization of the expert's subtree;
     * the conclusion is due {@code conclusion-working-days} working days later. Returns its id.
     */
    public long register(CurrentUser user, DocumentForm form) {
        requireRegistrar(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.organizationId() == null || !store.inSubtree(user.organizationId(), form.organizationId())) {
            errors.put("organizationId", "expertise.error.organization");
        }
        if (form.subject() == null) {
            errors.put("subject", "expertise.error.subject");
        }
        if (form.kind() == null) {
            errors.put("kind", "expertise.error.kind");
        }
        if (form.title() == null || form.title().isBlank()) {
            errors.put("title", "expertise.error.title");
        } else if (form.title().length() > 1000) {
            errors.put("title", "expertise.error.long");
        }
        if (form.subject() == ExpertiseSubject.ACT) {
            if (form.actNumber() == null || form.actNumber().isBlank()) {
                errors.put("actNumber", "expertise.error.actNumber");
            }
            if (form.actAdoptedOn() == null) {
                errors.put("actAdoptedOn", "expertise.error.actAdoptedOn");
            } else if (form.actAdoptedOn().isAfter(regionTime.today())) {
                errors.put("actAdoptedOn", "expertise.error.actAdoptedOnFuture");
            }
        }
        if (form.developerOrganizationId() == null
                || !store.inSubtree(user.organizationId(), form.developerOrganizationId())) {
            errors.put("developerOrganizationId", "expertise.error.developerOrganization");
        }
        if (form.developerEmployeeId() != null) {
            Optional<Long> at = store.employeeOrganization(form.developerEmployeeId());
            if (at.isEmpty() || !store.inSubtree(user.organizationId(), at.get())) {
                errors.put("developerEmployeeId", "expertise.error.developer");
            }
        }
        if (form.expertLogin() != null
                && !form.expertLogin().isBlank()
                && store.experts(user.organizationId()).stream()
                        .noneMatch(e -> e.login().equals(form.expertLogin().strip()))) {
            errors.put("expertLogin", "expertise.error.expert");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        LocalDate due = WorkingDays.plus(regionTime.today(), settings.conclusionWorkingDays());
        return store.insert(form, due, user.username());
    }

    // --- versions

    @Transactional(readOnly = true)
    public List<ExpertiseVersion> versions(CurrentUser user, long documentId) {
        get(user, documentId);
        return store.versions(documentId);
    }

    @Transactional(readOnly = true)
    public ExpertiseVersion version(CurrentUser user, long versionId) {
        ExpertiseVersion version =
                store.version(versionId).orElseThrow(() -> new NotFound("expertise version", versionId));
        get(user, version.documentId());
        return version;
    }

    @Transactional(readOnly = true)
    public byte[] file(CurrentUser user, long versionId) {
        version(user, versionId);
        return store.content(versionId);
    }

    @Transactional(readOnly = true)
    public String text(CurrentUser user, long versionId) {
        version(user, versionId);
        return store.text(versionId);
    }

    /** Refuses a file over {@code probity.uploads.act-file} before it is read into memory. */
    public void checkSize(String fileName, long size) {
        if (size > limits.actFile().toBytes()) {
            throw Refusal.invalid("expertise.error.fileTooLarge", fileName, UploadLimits.size(limits.actFile()));
        }
    }

    /**
     * Adds a version of the text from a file (DOCX, ODT, PDF with a text layer, RTF, TXT): the text is
     * extracted, the detector scans it once and its hints are stored with the version, and the
     * document is under internal expertise again — a later version's conclusion is due
     * {@code conclusion-working-days} working days after its upload. Its expert or its developer.
     */
    public ExpertiseVersion addVersion(
            CurrentUser user, long documentId, String fileName, byte[] content, String note) {
        checkSize(fileName, content.length);
        ExpertiseDocument document = get(user, documentId);
        if (!canUpload(user, document)) {
            throw new AccessDeniedException(user.username() + " may not add versions of expertise " + documentId);
        }
        if (document.stage() == ExpertiseStage.CLOSED) {
            throw Refusal.conflict("expertise.error.closed");
        }
        DocumentText.Extracted extracted;
        try {
            extracted = DocumentText.extract(fileName, content, limits);
        } catch (DocumentText.UnreadableFile e) {
            throw Refusal.invalid(e.getMessage());
        }
        if (extracted.text().isBlank()) {
            throw Refusal.invalid("expertise.error.noText", fileName);
        }
        long id = store.insertVersion(
                documentId,
                fileName,
                extracted.contentType(),
                content,
                DocumentText.sha256(content),
                extracted.text(),
                RussianFormats.blankToNull(note),
                user.username());
        List<Hint> hints = new FactorDetector().scan(extracted.text());
        store.insertHints(id, hints);
        boolean first = document.versions() == 0;
        store.setStage(
                documentId,
                ExpertiseStage.UNDER_EXPERTISE,
                first ? null : WorkingDays.plus(regionTime.today(), settings.conclusionWorkingDays()),
                user.username());
        return store.version(id).orElseThrow();
    }

    // --- the internal expertise of a version

    @Transactional(readOnly = true)
    public List<StoredHint> hints(CurrentUser user, long versionId) {
        version(user, versionId);
        return store.hints(versionId);
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(CurrentUser user, long versionId) {
        version(user, versionId);
        return store.findings(versionId);
    }

    @Transactional(readOnly = true)
    public Optional<Conclusion> conclusion(CurrentUser user, long versionId) {
        version(user, versionId);
        return store.conclusionOf(versionId);
    }

    @Transactional(readOnly = true)
    public List<Conclusion> conclusions(CurrentUser user, long documentId) {
        get(user, documentId);
        return store.conclusions(documentId);
    }

    /**
     * Whether the expert may still decide hints and change findings of the version: he examines the
     * document, the version is its latest, and no conclusion on it is signed.
     */
    public boolean canEdit(CurrentUser user, ExpertiseDocument document, ExpertiseVersion version) {
        return canExamine(user, document)
                && store.versions(document.id()).getFirst().id() == version.id()
                && store.conclusionOf(version.id()).isEmpty();
    }

    private ExpertiseVersion editable(CurrentUser user, long versionId) {
        ExpertiseVersion version = version(user, versionId);
        ExpertiseDocument document = get(user, version.documentId());
        if (!canExamine(user, document)) {
            throw new AccessDeniedException(user.username() + " does not examine expertise " + document.id());
        }
        if (store.conclusionOf(versionId).isPresent()) {
            throw Refusal.conflict("expertise.error.signed");
        }
        if (store.versions(document.id()).getFirst().id() != versionId) {
            throw Refusal.conflict("expertise.error.notLatest");
        }
        return version;
    }

    private StoredHint undecided(CurrentUser user, long hintId) {
        StoredHint hint = store.hint(hintId).orElseThrow(() -> new NotFound("expertise hint", hintId));
        editable(user, hint.versionId());
        if (!hint.undecided()) {
            throw Refusal.conflict("expertise.error.decided");
        }
        return hint;
    }

    /** The expert accepts a hint: it becomes a finding with the hint's factor, clause and fragment. */
    public long accept(CurrentUser user, long hintId, String proposal) {
        StoredHint hint = undecided(user, hintId);
        if (!store.decide(hintId, StoredHint.ACCEPTED, null, user.username())) {
            throw Refusal.conflict("expertise.error.decided");
        }
        return store.insertFinding(
                hint.versionId(),
                hintId,
                Finding.DETECTOR,
                hint.factor(),
                hint.clause(),
                hint.start(),
                hint.end(),
                hint.quote(),
                trimmed(proposal, 4000),
                user.username());
    }

    /** The expert rejects a hint; the reason is required and recorded. */
    public void reject(CurrentUser user, long hintId, String reason) {
        undecided(user, hintId);
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalidFields(Map.of("reason", "expertise.error.reason"));
        }
        if (!store.decide(hintId, StoredHint.REJECTED, trimmed(reason, 2000), user.username())) {
            throw Refusal.conflict("expertise.error.decided");
        }
    }

    /** The expert adds a finding of his own: the quoted fragment must be found in the version's text. */
    public long addFinding(CurrentUser user, long versionId, FindingForm form) {
        editable(user, versionId);
        Located located = locate(versionId, form);
        return store.insertFinding(
                versionId,
                null,
                Finding.EXPERT,
                located.factor(),
                trimmed(form.clause(), 50),
                located.start(),
                located.end(),
                located.quote(),
                trimmed(form.proposal(), 4000),
                user.username());
    }

    /** The expert changes a finding while the conclusion on its version is not signed. */
    public void updateFinding(CurrentUser user, long findingId, FindingForm form) {
        Finding finding = store.finding(findingId).orElseThrow(() -> new NotFound("expertise finding", findingId));
        editable(user, finding.versionId());
        Located located = locate(finding.versionId(), form);
        store.updateFinding(
                findingId,
                located.factor(),
                trimmed(form.clause(), 50),
                located.start(),
                located.end(),
                located.quote(),
                trimmed(form.proposal(), 4000),
                user.username());
    }

    /** The expert removes a finding while the conclusion is not signed; its hint is undecided again. */
    public void deleteFinding(CurrentUser user, long findingId) {
        Finding finding = store.finding(findingId).orElseThrow(() -> new NotFound("expertise finding", findingId));
        editable(user, finding.versionId());
        store.deleteFinding(findingId);
    }

    private record Located(Factor factor, int start, int end, String quote) {}

    private Located locate(long versionId, FindingForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Factor> factor = form.factor() == null
                ? Optional.empty()
                : Factor.byCode(form.factor().strip());
        if (factor.isEmpty()) {
            errors.put("factor", "expertise.error.factor");
        }
        String quote = form.quote() == null ? "" : form.quote().strip();
        int start = -1;
        if (quote.isEmpty()) {
            errors.put("quote", "expertise.error.quote");
        } else {
            start = store.text(versionId).indexOf(quote);
            if (start < 0) {
                errors.put("quote", "expertise.error.quoteNotFound");
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        return new Located(factor.get(), start, start + quote.length(), quote);
    }

    /**
     * The expert signs the conclusion on the version off: it is registered with the next number of
     * the organization's register of the year and today's date, the findings are frozen, and the
     * document's stage is {@code CONCLUSION_ISSUED}. Every hint must be decided and every finding
     * must carry a proposal for its elimination (ПП РФ №96, its Правила). Returns the conclusion.
     */
    public Conclusion sign(CurrentUser user, long versionId) {
        ExpertiseVersion version = editable(user, versionId);
        ExpertiseDocument document = get(user, version.documentId());
        if (store.hints(versionId).stream().anyMatch(StoredHint::undecided)) {
            throw Refusal.conflict("expertise.error.undecidedHints");
        }
        List<Finding> findings = store.findings(versionId);
        if (findings.stream().anyMatch(f -> f.proposal() == null || f.proposal().isBlank())) {
            throw Refusal.conflict("expertise.error.proposalMissing");
        }
        String post = store.postOf(user.username()).orElse(messages.text("expertise.conclusion.defaultPost"));
        store.insertConclusion(
                document.id(),
                versionId,
                document.organizationId(),
                regionTime.today(),
                messages.text("expertise.conclusion.numberFormat"),
                user.username(),
                user.fullName(),
                post,
                findings.size(),
                WorkingDays.plus(regionTime.today(), settings.answerWorkingDays()));
        store.setStage(document.id(), ExpertiseStage.CONCLUSION_ISSUED, null, user.username());
        return store.conclusionOf(versionId).orElseThrow();
    }

    /** Everything the conclusion's DOCX shows. */
    public record ConclusionContent(
            ExpertiseDocument document,
            ExpertiseVersion version,
            List<Finding> findings,
            Optional<Conclusion> conclusion,
            String expertName,
            String expertPost) {}

    /** The conclusion on a version: as registered, or as a draft from the current findings while unsigned. */
    @Transactional(readOnly = true)
    public ConclusionContent conclusionContent(CurrentUser user, long versionId) {
        ExpertiseVersion version = version(user, versionId);
        ExpertiseDocument document = get(user, version.documentId());
        Optional<Conclusion> conclusion = store.conclusionOf(versionId);
        if (conclusion.isEmpty() && !canExamine(user, document)) {
            throw new NotFound("expertise conclusion", versionId);
        }
        String name = conclusion.map(Conclusion::signerName).orElse(user.fullName());
        String post = conclusion
                .map(Conclusion::signerPost)
                .orElseGet(
                        () -> store.postOf(user.username()).orElse(messages.text("expertise.conclusion.defaultPost")));
        return new ConclusionContent(document, version, store.findings(versionId), conclusion, name, post);
    }

    // --- the developer's answers

    /** Whether the user answers the findings of the conclusion: the document's developer, once it is signed. */
    public boolean canAnswer(CurrentUser user, ExpertiseDocument document, long versionId) {
        return isDeveloper(user, document) && store.conclusionOf(versionId).isPresent();
    }

    /**
     * The developer answers a finding of a signed conclusion: eliminated in a later version of the
     * text (its number), or disagreed with the reason. When every finding of the document's latest
     * conclusion is answered, the stage is {@code ANSWERED} (unless a new version is under expertise).
     */
    public void answer(CurrentUser user, long findingId, String answer, Integer inVersion, String reason) {
        Finding finding = store.finding(findingId).orElseThrow(() -> new NotFound("expertise finding", findingId));
        ExpertiseVersion version = version(user, finding.versionId());
        ExpertiseDocument document = get(user, version.documentId());
        if (!isDeveloper(user, document)) {
            throw new AccessDeniedException(user.username() + " is not the developer of expertise " + document.id());
        }
        if (store.conclusionOf(finding.versionId()).isEmpty()) {
            throw Refusal.conflict("expertise.error.notSigned");
        }
        if (Finding.ELIMINATED.equals(answer)) {
            if (inVersion == null
                    || inVersion <= finding.versionNumber()
                    || store.versions(document.id()).stream().noneMatch(v -> v.number() == inVersion)) {
                throw Refusal.invalidFields(Map.of("version", "expertise.error.answerVersion"));
            }
            store.answer(findingId, Finding.ELIMINATED, inVersion, null, user.username());
        } else if (Finding.DISAGREED.equals(answer)) {
            if (reason == null || reason.isBlank()) {
                throw Refusal.invalidFields(Map.of("reason", "expertise.error.disagreeReason"));
            }
            store.answer(findingId, Finding.DISAGREED, null, trimmed(reason, 4000), user.username());
        } else {
            throw Refusal.invalidFields(Map.of("answer", "expertise.error.answer"));
        }
        List<Conclusion> conclusions = store.conclusions(document.id());
        if (!conclusions.isEmpty()
                && conclusions.getFirst().versionId() == finding.versionId()
                && document.stage() == ExpertiseStage.CONCLUSION_ISSUED
                && store.findings(finding.versionId()).stream().allMatch(Finding::answered)) {
            store.setStage(document.id(), ExpertiseStage.ANSWERED, null, user.username());
        }
    }

    // --- re-examination

    /** A finding of the previous conclusion and whether its quoted fragment is still in the new text. */
    public record Earlier(Finding finding, boolean stillPresent) {}

    /**
     * The findings of the latest conclusion on a version before this one, each with whether its
     * quoted fragment is still present in this version's text.
     */
    @Transactional(readOnly = true)
    public List<Earlier> earlierFindings(CurrentUser user, long versionId) {
        ExpertiseVersion version = version(user, versionId);
        String text = store.text(versionId);
        Optional<Conclusion> previous = store.conclusions(version.documentId()).stream()
                .filter(c -> c.versionNumber() < version.number())
                .findFirst();
        if (previous.isEmpty()) {
            return List.of();
        }
        List<Earlier> earlier = new ArrayList<>();
        for (Finding f : store.findings(previous.get().versionId())) {
            earlier.add(new Earlier(f, text.contains(f.quote())));
        }
        return earlier;
    }

    /** The comparison with the previous version: the rows, and the previous version (empty for the first). */
    public record Comparison(Optional<ExpertiseVersion> previous, List<VersionDiff.Row> rows, boolean changed) {}

    @Transactional(readOnly = true)
    public Comparison comparison(CurrentUser user, long versionId) {
        ExpertiseVersion version = version(user, versionId);
        Optional<ExpertiseVersion> previous = store.versions(version.documentId()).stream()
                .filter(v -> v.number() < version.number())
                .findFirst();
        if (previous.isEmpty()) {
            return new Comparison(previous, List.of(), false);
        }
        List<VersionDiff.Row> rows =
                VersionDiff.compare(store.text(previous.get().id()), store.text(versionId));
        return new Comparison(previous, rows, VersionDiff.changed(rows));
    }

    // --- the register of conclusions

    /** The conclusions registered in the user's subtree in a year: for those who see the register's whole subtree. */
    @Transactional(readOnly = true)
    public List<Conclusion> register(CurrentUser user, int year) {
        if (!user.role().seesExpertise()) {
            throw new AccessDeniedException("Role " + user.role() + " has no register of conclusions");
        }
        return store.register(user.organizationId(), year, 5000);
    }

    private static String trimmed(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
