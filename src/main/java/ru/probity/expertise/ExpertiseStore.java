package ru.probity.expertise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.expertise.detector.Factor;
import ru.probity.expertise.detector.Hint;

/**
 * The tables of the internal expertise: {@code expertise_document} and {@code expertise_version}
 * (the register and the texts), {@code expertise_hint} (the detector's hints with the expert's
 * decisions), {@code expertise_finding} (the findings and the developer's answers) and
 * {@code expertise_conclusion} (the register of conclusions); it reads the published
 * {@code organization}, {@code employee}, {@code app_user} and {@code org_subtree}.
 */
@Repository
class ExpertiseStore {

    /**
     * Who sees a document (over {@code d}): with {@code :whole}, those of the subtree of {@code :me}
     * (the document's organization in it); the developer himself ({@code :employee}) always.
     */
    private static final String VISIBLE = """
             ((:whole and d.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :me))
              or (cast(:employee as bigint) is not null and d.developer_employee_id = :employee)) """;

    private static final String DOCUMENT = """
            select d.id, d.organization_id, o.name as organization_name, d.subject, d.kind, d.title,
                   d.developer_organization_id, dorg.name as developer_organization_name, d.developer_employee_id,
                   case when e.id is null then null
                        else e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') end as developer_name,
                   d.act_number, d.act_adopted_on, d.stage, d.expert_login,
                   (select u.full_name from app_user u where u.username = d.expert_login) as expert_name,
                   d.due_on, d.registered_at,
                   coalesce((select u.full_name from app_user u where u.username = d.registered_by), d.registered_by) as registered_by,
                   (select count(*) from expertise_version v where v.document_id = d.id) as versions
            from expertise_document d
            join organization o on o.id = d.organization_id
            left join organization dorg on dorg.id = d.developer_organization_id
            left join employee e on e.id = d.developer_employee_id
            """;

    private static final String VERSION = """
            select v.id, v.document_id, v.number, v.file_name, v.content_type, length(v.content) as size, v.sha256,
                   v.note, v.uploaded_at,
                   coalesce((select u.full_name from app_user u where u.username = v.uploaded_by), v.uploaded_by) as uploaded_by
            from expertise_version v
            """;

    private static final String FINDING = """
            select f.id, f.version_id, v.number as version_number, f.hint_id, f.origin, f.factor, f.clause, f.start_at,
                   f.end_at, f.quote, f.proposal,
                   coalesce((select u.full_name from app_user u where u.username = f.decided_by), f.decided_by) as decided_by,
                   f.answer, f.answer_version, f.answer_reason,
                   coalesce((select u.full_name from app_user u where u.username = f.answered_by), f.answered_by) as answered_by,
                   f.answered_at
            from expertise_finding f join expertise_version v on v.id = f.version_id
            """;

    private static final String CONCLUSION = """
            select c.id, c.document_id, c.version_id, v.number as version_number, d.title, o.name as organization_name,
                   c.number, c.registered_on, c.signer_name, c.signer_post, c.signed_at, c.findings
            from expertise_conclusion c
            join expertise_version v on v.id = c.version_id
            join expertise_document d on d.id = c.document_id
            join organization o on o.id = c.organization_id
            """;

    /** Who asks: his organization, whether he sees its whole subtree, his employee card. */
    record Scope(long organizationId, boolean whole, Long employeeId) {}

    /** The filters of the register. */
    record Filter(ExpertiseStage stage, ExpertiseKind kind, ExpertiseSubject subject, Long organizationId, String q) {}

    private final JdbcClient jdbc;

    ExpertiseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExpertiseDocument> search(Scope scope, Filter filter, int limit) {
        return jdbc.sql(DOCUMENT + " where " + VISIBLE + """
                  and (cast(:stage as text) is null or d.stage = :stage)
                  and (cast(:kind as text) is null or d.kind = :kind)
                  and (cast(:subject as text) is null or d.subject = :subject)
                  and (cast(:org as bigint) is null
                       or d.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org))
                  and (:q = '' or d.title ilike '%' || :q || '%' or d.act_number ilike '%' || :q || '%')
                order by d.registered_at desc, d.id desc
                limit :limit""")
                .param("me", scope.organizationId())
                .param("whole", scope.whole())
                .param("employee", scope.employeeId())
                .param("stage", filter.stage() == null ? null : filter.stage().name())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param(
                        "subject",
                        filter.subject() == null ? null : filter.subject().name())
                .param("org", filter.organizationId())
                .param("q", filter.q() == null ? "" : escapeLike(filter.q().strip()))
                .param("limit", limit)
                .query(ExpertiseStore::document)
                .list();
    }

    Optional<ExpertiseDocument> find(Scope scope, long id) {
        return jdbc.sql(DOCUMENT + " where d.id = :id and " + VISIBLE)
                .param("id", id)
                .param("me", scope.organizationId())
                .param("whole", scope.whole())
                .param("employee", scope.employeeId())
                .query(ExpertiseStore::document)
                .optional();
    }

    /** Whether {@code organizationId} lies in the subtree of {@code ancestorId}. */
    boolean inSubtree(long ancestorId, long organizationId) {
        return jdbc.sql("select exists (select 1 from org_subtree where ancestor_id = :a and organization_id = :o)")
                .param("a", ancestorId)
                .param("o", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** The active employee's organization, if the card exists and is active. */
    Optional<Long> employeeOrganization(long employeeId) {
        return jdbc.sql("select organization_id from employee where id = :id and active")
                .param("id", employeeId)
                .query(Long.class)
                .optional();
    }

    /** The active employees of a subtree for the developer's picker: id, name, post, organization. */
    List<Person> employees(long organizationId, int limit) {
        return jdbc.sql("""
                select e.id, e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as name, e.post,
                       o.name as organization
                from employee e join organization o on o.id = e.organization_id
                where e.active and e.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)
                order by e.last_name, e.first_name, e.id
                limit :limit""")
                .param("org", organizationId)
                .param("limit", limit)
                .query((rs, n) -> new Person(
                        rs.getLong("id"), rs.getString("name"), rs.getString("post"), rs.getString("organization")))
                .list();
    }

    record Person(long id, String name, String post, String organization) {}

    /** The enabled legal experts whose organization is in the subtree of {@code organizationId} or above it. */
    List<Expert> experts(long organizationId) {
        return jdbc.sql("""
                select u.username, u.full_name, o.name as organization, u.organization_id
                from app_user u join organization o on o.id = u.organization_id
                where u.enabled and u.role = 'LEGAL_EXPERT'
                  and (u.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)
                       or u.organization_id in (select s.ancestor_id from org_subtree s where s.organization_id = :org))
                order by u.full_name""")
                .param("org", organizationId)
                .query((rs, n) -> new Expert(
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("organization"),
                        rs.getLong("organization_id")))
                .list();
    }

    record Expert(String login, String name, String organization, long organizationId) {}

    /** The post printed under the signature: the expert's employee card's, if he has one. */
    Optional<String> postOf(String username) {
        return jdbc.sql("select e.post from app_user u join employee e on e.id = u.employee_id where u.username = :u")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    long insert(DocumentForm form, LocalDate dueOn, String by) {
        return jdbc.sql("""
                insert into expertise_document (organization_id, subject, kind, title, developer_organization_id,
                    developer_employee_id, act_number, act_adopted_on, expert_login, due_on, registered_by, updated_by)
                values (:org, :subject, :kind, :title, :devOrg, :devEmployee, :number, :adopted, :expert, :due, :by, :by)
                returning id""")
                .param("org", form.organizationId())
                .param("subject", form.subject().name())
                .param("kind", form.kind().name())
                .param("title", form.title().strip())
                .param("devOrg", form.developerOrganizationId())
                .param("devEmployee", form.developerEmployeeId())
                .param("number", form.subject() == ExpertiseSubject.ACT ? blankToNull(form.actNumber()) : null)
                .param("adopted", form.subject() == ExpertiseSubject.ACT ? form.actAdoptedOn() : null)
                .param("expert", blankToNull(form.expertLogin()))
                .param("due", dueOn)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void setStage(long documentId, ExpertiseStage stage, LocalDate dueOn, String by) {
        jdbc.sql("""
                update expertise_document set stage = :stage, due_on = coalesce(:due, due_on), updated_at = now(),
                    updated_by = :by where id = :id""")
                .param("stage", stage.name())
                .param("due", dueOn)
                .param("by", by)
                .param("id", documentId)
                .update();
    }

    // --- versions

    long insertVersion(
            long documentId,
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            String text,
            String note,
            String by) {
        jdbc.sql("select id from expertise_document where id = :id for update")
                .param("id", documentId)
                .query(Long.class)
                .single();
        return jdbc.sql("""
                insert into expertise_version (document_id, number, file_name, content_type, content, sha256, text, note, uploaded_by)
                values (:doc, (select coalesce(max(number), 0) + 1 from expertise_version where document_id = :doc),
                        :name, :type, :content, :sha, :text, :note, :by)
                returning id""")
                .param("doc", documentId)
                .param("name", fileName)
                .param("type", contentType)
                .param("content", content)
                .param("sha", sha256)
                .param("text", text)
                .param("note", note)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<ExpertiseVersion> versions(long documentId) {
        return jdbc.sql(VERSION + " where v.document_id = :doc order by v.number desc")
                .param("doc", documentId)
                .query(ExpertiseStore::version)
                .list();
    }

    Optional<ExpertiseVersion> version(long versionId) {
        return jdbc.sql(VERSION + " where v.id = :id")
                .param("id", versionId)
                .query(ExpertiseStore::version)
                .optional();
    }

    byte[] content(long versionId) {
        return jdbc.sql("select content from expertise_version where id = :id")
                .param("id", versionId)
                .query(byte[].class)
                .single();
    }

    String text(long versionId) {
        return jdbc.sql("select text from expertise_version where id = :id")
                .param("id", versionId)
                .query(String.class)
                .single();
    }

    // --- hints

    /** The detector's hints of a version, in one statement (a long act has thousands). */
    void insertHints(long versionId, List<Hint> hints) {
        if (hints.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into expertise_hint (version_id, factor, clause, start_at, end_at, quote, explanation)
                select :v, h.factor, h.clause, h.start_at, h.end_at, h.quote, h.explanation
                from unnest(cast(:factors as text[]), cast(:clauses as text[]), cast(:starts as int[]),
                            cast(:ends as int[]), cast(:quotes as text[]), cast(:explanations as text[]))
                     with ordinality as h(factor, clause, start_at, end_at, quote, explanation, n)
                order by h.n""")
                .param("v", versionId)
                .param("factors", hints.stream().map(h -> h.factor().code()).toArray(String[]::new))
                .param(
                        "clauses",
                        hints.stream()
                                .map(h -> h.clause() == null ? "" : h.clause())
                                .toArray(String[]::new))
                .param("starts", hints.stream().map(Hint::start).toArray(Integer[]::new))
                .param("ends", hints.stream().map(Hint::end).toArray(Integer[]::new))
                .param(
                        "quotes",
                        hints.stream()
                                .map(h -> h.text() == null ? "" : h.text())
                                .toArray(String[]::new))
                .param(
                        "explanations",
                        hints.stream()
                                .map(h -> h.explanation() == null ? "" : h.explanation())
                                .toArray(String[]::new))
                .update();
    }

    List<StoredHint> hints(long versionId) {
        return jdbc.sql("""
                select h.id, h.version_id, h.factor, h.clause, h.start_at, h.end_at, h.quote, h.explanation, h.decision,
                       h.reason, coalesce((select u.full_name from app_user u where u.username = h.decided_by), h.decided_by) as decided_by,
                       h.decided_at
                from expertise_hint h where h.version_id = :v order by h.start_at, h.id""").param("v", versionId).query(ExpertiseStore::hint).list();
    }

    Optional<StoredHint> hint(long hintId) {
        return jdbc.sql("""
                select h.id, h.version_id, h.factor, h.clause, h.start_at, h.end_at, h.quote, h.explanation, h.decision,
                       h.reason, h.decided_by, h.decided_at
                from expertise_hint h where h.id = :id""").param("id", hintId).query(ExpertiseStore::hint).optional();
    }

    /** Records the decision on an undecided hint; false when it was decided meanwhile. */
    boolean decide(long hintId, String decision, String reason, String by) {
        return jdbc.sql("""
                update expertise_hint set decision = :decision, reason = :reason, decided_by = :by, decided_at = now()
                where id = :id and decision is null""")
                        .param("decision", decision)
                        .param("reason", reason)
                        .param("by", by)
                        .param("id", hintId)
                        .update()
                == 1;
    }

    // --- findings

    long insertFinding(
            long versionId,
            Long hintId,
            String origin,
            Factor factor,
            String clause,
            int start,
            int end,
            String quote,
            String proposal,
            String by) {
        return jdbc.sql("""
                insert into expertise_finding (version_id, hint_id, origin, factor, clause, start_at, end_at, quote, proposal, decided_by)
                values (:v, :hint, :origin, :factor, :clause, :start, :end, :quote, :proposal, :by)
                returning id""")
                .param("v", versionId)
                .param("hint", hintId)
                .param("origin", origin)
                .param("factor", factor.code())
                .param("clause", clause == null ? "" : clause)
                .param("start", start)
                .param("end", end)
                .param("quote", quote)
                .param("proposal", proposal == null ? "" : proposal)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void updateFinding(
            long id, Factor factor, String clause, int start, int end, String quote, String proposal, String by) {
        jdbc.sql("""
                update expertise_finding set factor = :factor, clause = :clause, start_at = :start, end_at = :end,
                    quote = :quote, proposal = :proposal, decided_by = :by, decided_at = now()
                where id = :id""")
                .param("factor", factor.code())
                .param("clause", clause == null ? "" : clause)
                .param("start", start)
                .param("end", end)
                .param("quote", quote)
                .param("proposal", proposal == null ? "" : proposal)
                .param("by", by)
                .param("id", id)
                .update();
    }

    /** Removes a finding; the hint it came from, if any, is undecided again. */
    void deleteFinding(long id) {
        jdbc.sql("""
                update expertise_hint set decision = null, reason = null, decided_by = null, decided_at = null
                where id = (select hint_id from expertise_finding where id = :id)""").param("id", id).update();
        jdbc.sql("delete from expertise_finding where id = :id").param("id", id).update();
    }

    List<Finding> findings(long versionId) {
        return jdbc.sql(FINDING + " where f.version_id = :v order by f.start_at, f.id")
                .param("v", versionId)
                .query(ExpertiseStore::finding)
                .list();
    }

    Optional<Finding> finding(long id) {
        return jdbc.sql(FINDING + " where f.id = :id")
                .param("id", id)
                .query(ExpertiseStore::finding)
                .optional();
    }

    void answer(long findingId, String answer, Integer answerVersion, String reason, String by) {
        jdbc.sql("""
                update expertise_finding set answer = :answer, answer_version = :version, answer_reason = :reason,
                    answered_by = :by, answered_at = now()
                where id = :id""")
                .param("answer", answer)
                .param("version", answerVersion)
                .param("reason", reason)
                .param("by", by)
                .param("id", findingId)
                .update();
    }

    // --- conclusions

    Optional<Conclusion> conclusionOf(long versionId) {
        return jdbc.sql(CONCLUSION + " where c.version_id = :v")
                .param("v", versionId)
                .query(ExpertiseStore::conclusion)
                .optional();
    }

    List<Conclusion> conclusions(long documentId) {
        return jdbc.sql(CONCLUSION + " where c.document_id = :d order by v.number desc")
                .param("d", documentId)
                .query(ExpertiseStore::conclusion)
                .list();
    }

    /** The register of conclusions of the organizations of a subtree, a year, newest first. */
    List<Conclusion> register(long organizationId, int year, int limit) {
        return jdbc.sql(CONCLUSION + """
                where c.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)
                  and c.year = :year
                order by c.registered_on desc, c.id desc limit :limit""")
                .param("org", organizationId)
                .param("year", year)
                .param("limit", limit)
                .query(ExpertiseStore::conclusion)
                .list();
    }

    /** Registers the conclusion with the next number of the organization's year; returns its id. */
    long insertConclusion(
            long documentId,
            long versionId,
            long organizationId,
            LocalDate registeredOn,
            String numberFormat,
            String by,
            String signerName,
            String signerPost,
            int findings,
            LocalDate answerDueOn) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", 0x45585000_00000000L + organizationId)
                .query((rs, n) -> 1)
                .list();
        int year = registeredOn.getYear();
        int sequence = jdbc.sql("""
                select coalesce(max(sequence), 0) + 1 from expertise_conclusion where organization_id = :org and year = :year""")
                .param("org", organizationId)
                .param("year", year)
                .query(Integer.class)
                .single();
        return jdbc.sql("""
                insert into expertise_conclusion (document_id, version_id, organization_id, year, sequence, number,
                    registered_on, signed_by, signer_name, signer_post, findings, answer_due_on)
                values (:doc, :v, :org, :year, :seq, :number, :on, :by, :name, :post, :findings, :answerDue)
                returning id""")
                .param("doc", documentId)
                .param("v", versionId)
                .param("org", organizationId)
                .param("year", year)
                .param("seq", sequence)
                .param(
                        "number",
                        java.text.MessageFormat.format(numberFormat, String.valueOf(sequence), String.valueOf(year)))
                .param("on", registeredOn)
                .param("by", by)
                .param("name", signerName)
                .param("post", signerPost)
                .param("findings", findings)
                .param("answerDue", answerDueOn)
                .query(Long.class)
                .single();
    }

    // --- tasks

    /** Documents under internal expertise in the subtree, assigned to the expert or to nobody. */
    List<ExpertiseDocument> toExamine(long organizationId, String expertLogin) {
        return jdbc.sql(DOCUMENT + """
                where d.stage = 'UNDER_EXPERTISE'
                  and d.organization_id in (select s.organization_id from org_subtree s where s.ancestor_id = :org)
                  and (d.expert_login is null or d.expert_login = :login)
                order by d.due_on nulls last""")
                .param("org", organizationId)
                .param("login", expertLogin)
                .query(ExpertiseStore::document)
                .list();
    }

    /** The developer's documents whose conclusion waits for his answers: document, conclusion day, open findings. */
    List<Unanswered> toAnswer(long employeeId) {
        return jdbc.sql("""
                select d.id, d.title, coalesce(c.answer_due_on, c.registered_on) as due_on, count(f.id) as open
                from expertise_document d
                join expertise_conclusion c on c.document_id = d.id
                join expertise_finding f on f.version_id = c.version_id and f.answer is null
                where d.developer_employee_id = :e and d.stage <> 'CLOSED'
                  and c.id = (select max(c2.id) from expertise_conclusion c2 where c2.document_id = d.id)
                group by d.id, d.title, c.answer_due_on, c.registered_on
                order by 3""")
                .param("e", employeeId)
                .query((rs, n) -> new Unanswered(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getInt("open")))
                .list();
    }

    record Unanswered(long documentId, String title, LocalDate dueOn, int open) {}

    // --- e-mail reminders

    /** A reminder to send: to whom (EXPERT or DEVELOPER), the address, the document, the term, before or after it. */
    record Reminder(
            long documentId,
            String recipient,
            String email,
            String name,
            String title,
            LocalDate dueOn,
            boolean overdue) {}

    /**
     * The reminders due now and not sent: to the assigned expert (his account's e-mail, else his
     * card's) of a document under expertise whose conclusion is due within {@code daysBefore} days
     * or overdue; to the developer (his card's e-mail) of a signed conclusion with findings he has
     * not answered, by the answers' term (at most 1000).
     */
    List<Reminder> remindersDue(int daysBefore) {
        return jdbc.sql("""
                select * from (
                  select d.id as document_id, 'EXPERT' as recipient,
                         coalesce(u.email, ue.email) as email, u.full_name as name, d.title, d.due_on,
                         d.due_on < current_date as overdue
                  from expertise_document d
                  join app_user u on u.username = d.expert_login and u.enabled
                  left join employee ue on ue.id = u.employee_id
                  where d.stage = 'UNDER_EXPERTISE' and d.due_on is not null
                    and d.due_on <= current_date + cast(:days as int)
                  union all
                  select d.id, 'DEVELOPER', e.email, e.first_name || coalesce(' ' || e.middle_name, ''), d.title,
                         c.answer_due_on, c.answer_due_on < current_date
                  from expertise_document d
                  join employee e on e.id = d.developer_employee_id and e.active
                  join expertise_conclusion c on c.document_id = d.id
                   and c.id = (select max(c2.id) from expertise_conclusion c2 where c2.document_id = d.id)
                  where d.stage <> 'CLOSED' and c.answer_due_on is not null
                    and c.answer_due_on <= current_date + cast(:days as int)
                    and exists (select 1 from expertise_finding f where f.version_id = c.version_id and f.answer is null)
                ) r
                where r.email is not null
                  and not exists (select 1 from expertise_reminder m where m.document_id = r.document_id
                                  and m.recipient = r.recipient and m.due_on = r.due_on
                                  and m.kind = case when r.overdue then 'OVERDUE' else 'DUE' end)
                order by r.document_id limit 1000""")
                .param("days", daysBefore)
                .query((rs, n) -> new Reminder(
                        rs.getLong("document_id"),
                        rs.getString("recipient"),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getBoolean("overdue")))
                .list();
    }

    /** Records that the reminder went out. */
    void reminded(Reminder r) {
        jdbc.sql("""
                insert into expertise_reminder (document_id, recipient, due_on, kind) values (:doc, :to, :due, :kind)
                on conflict do nothing""")
                .param("doc", r.documentId())
                .param("to", r.recipient())
                .param("due", r.dueOn())
                .param("kind", r.overdue() ? "OVERDUE" : "DUE")
                .update();
    }

    // --- rows

    private static ExpertiseDocument document(ResultSet rs, int n) throws SQLException {
        return new ExpertiseDocument(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                ExpertiseSubject.valueOf(rs.getString("subject")),
                ExpertiseKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getObject("developer_organization_id", Long.class),
                rs.getString("developer_organization_name"),
                rs.getObject("developer_employee_id", Long.class),
                rs.getString("developer_name"),
                rs.getString("act_number"),
                date(rs.getDate("act_adopted_on")),
                ExpertiseStage.valueOf(rs.getString("stage")),
                rs.getString("expert_login"),
                rs.getString("expert_name"),
                date(rs.getDate("due_on")),
                instant(rs.getTimestamp("registered_at")),
                rs.getString("registered_by"),
                rs.getInt("versions"));
    }

    private static ExpertiseVersion version(ResultSet rs, int n) throws SQLException {
        return new ExpertiseVersion(
                rs.getLong("id"),
                rs.getLong("document_id"),
                rs.getInt("number"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getString("note"),
                instant(rs.getTimestamp("uploaded_at")),
                rs.getString("uploaded_by"));
    }

    private static StoredHint hint(ResultSet rs, int n) throws SQLException {
        return new StoredHint(
                rs.getLong("id"),
                rs.getLong("version_id"),
                factor(rs.getString("factor")),
                rs.getString("clause"),
                rs.getInt("start_at"),
                rs.getInt("end_at"),
                rs.getString("quote"),
                rs.getString("explanation"),
                rs.getString("decision"),
                rs.getString("reason"),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")));
    }

    private static Finding finding(ResultSet rs, int n) throws SQLException {
        return new Finding(
                rs.getLong("id"),
                rs.getLong("version_id"),
                rs.getInt("version_number"),
                rs.getObject("hint_id", Long.class),
                rs.getString("origin"),
                factor(rs.getString("factor")),
                rs.getString("clause"),
                rs.getInt("start_at"),
                rs.getInt("end_at"),
                rs.getString("quote"),
                rs.getString("proposal"),
                rs.getString("decided_by"),
                rs.getString("answer"),
                rs.getObject("answer_version", Integer.class),
                rs.getString("answer_reason"),
                rs.getString("answered_by"),
                instant(rs.getTimestamp("answered_at")));
    }

    private static Conclusion conclusion(ResultSet rs, int n) throws SQLException {
        return new Conclusion(
                rs.getLong("id"),
                rs.getLong("document_id"),
                rs.getLong("version_id"),
                rs.getInt("version_number"),
                rs.getString("title"),
                rs.getString("organization_name"),
                rs.getString("number"),
                date(rs.getDate("registered_on")),
                rs.getString("signer_name"),
                rs.getString("signer_post"),
                instant(rs.getTimestamp("signed_at")),
                rs.getInt("findings"));
    }

    private static Factor factor(String code) {
        return Factor.byCode(code).orElseThrow(() -> new IllegalStateException("Unknown factor " + code));
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String escapeLike(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
