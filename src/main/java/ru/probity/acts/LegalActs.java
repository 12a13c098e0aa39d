package ru.probity.acts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register of acts and documents: requisites, versions with files and their text, full-text
 * search in Russian (PostgreSQL's {@code russian} configuration, so any form of a word finds the
 * others). An act kept by an organization is seen by its subtree and by its ancestors; officers
 * and the regional administrator keep the register.
 */
@Service
@Transactional
public class LegalActs {

    private static final TypeReference<List<LegalAct.QuizQuestion>> QUIZ = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Organizations organizations;
    private final Distributions distributions;

    private final ru.probity.platform.UploadLimits limits;

    LegalActs(
            JdbcClient jdbc,
            JsonMapper json,
            Organizations organizations,
            Distributions distributions,
            ru.probity.platform.UploadLimits limits) {
        this.limits = limits;
        this.jdbc = jdbc;
        this.json = json;
        this.organizations = organizations;
        this.distributions = distributions;
    }

    /** A line of the register. */
    public record Item(
            long id,
            ActKind kind,
            String number,
            LocalDate adoptedOn,
            String title,
            String issuer,
            ActStatus status,
            String organization,
            int versions,
            String snippet) {}

    /** A file that cannot be taken, with the reason in Russian. */
    public static final class RefusedFile extends RuntimeException {
        RefusedFile(String russian) {
            super(russian);
        }
    }

    /** The SQL condition "the act is seen by the user" over {@code a} (legal_act) and {@code :scope}. */
    static final String VISIBLE = " exists (select 1 from organization ao where ao.id = a.organization_id"
            + " and (ao.path like :scope || '%' or :scope like ao.path || '%')) ";

    @Transactional(readOnly = true)
    public List<Item> search(CurrentUser user, String query, ActKind kind, int limit) {
        String q = query == null ? "" : query.strip();
        return jdbc.sql("""
                select a.id, a.kind, a.number, a.adopted_on, a.title, a.issuer, a.status, o.name as organization,
                       (select count(*) from act_version v where v.act_id = a.id) as versions,
                       case when :q = '' then null else
                         (select ts_headline('russian', v.text, websearch_to_tsquery('russian', :q),
                                             'MaxFragments=1, MaxWords=25, MinWords=10, StartSel=«, StopSel=»')
                            from act_version v where v.act_id = a.id and v.search @@ websearch_to_tsquery('russian', :q)
                           order by v.number desc limit 1) end as snippet
                from legal_act a join organization o on o.id = a.organization_id
                where""" + VISIBLE + """
                  and (cast(:kind as text) is null or a.kind = :kind)
                  and (:q = '' or a.search @@ websearch_to_tsquery('russian', :q)
                       or exists (select 1 from act_version v where v.act_id = a.id
                                  and v.search @@ websearch_to_tsquery('russian', :q)))
                order by a.adopted_on desc nulls last, a.id desc
                limit :limit""")
                .param("scope", organizations.scopePath(user))
                .param("q", q)
                .param("kind", kind == null ? null : kind.name())
                .param("limit", limit)
                .query((rs, n) -> new Item(
                        rs.getLong("id"),
                        ActKind.valueOf(rs.getString("kind")),
                        rs.getString("number"),
                        date(rs.getDate("adopted_on")),
                        rs.getString("title"),
                        rs.getString("issuer"),
                        ActStatus.valueOf(rs.getString("status")),
                        rs.getString("organization"),
                        rs.getInt("versions"),
                        rs.getString("snippet")))
                .list();
    }

    @Transactional(readOnly = true)
    public LegalAct get(CurrentUser user, long id) {
        return find(user, id).orElseThrow(() -> new ActNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public Optional<LegalAct> find(CurrentUser user, long id) {
        return jdbc.sql("""
                select a.*, o.name as organization_name, r.title as replaces_title
                from legal_act a join organization o on o.id = a.organization_id
                left join legal_act r on r.id = a.replaces_id
                where a.id = :id and""" + VISIBLE)
                .param("id", id)
                .param("scope", organizations.scopePath(user))
                .query(this::act)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<ActVersion> versions(CurrentUser user, long actId) {
        get(user, actId);
        return jdbc.sql("""
                select id, act_id, number, file_name, content_type, length(content) as size, sha256, note, created_at,
                       created_by
                from act_version where act_id = ? order by number desc""").param(actId).query((rs, n) -> version(rs)).list();
    }

    /** The newest version, if the act has a file yet. */
    @Transactional(readOnly = true)
    public Optional<ActVersion> latest(CurrentUser user, long actId) {
        return versions(user, actId).stream().findFirst();
    }

    /** The file of a version as uploaded. */
    @Transactional(readOnly = true)
    public byte[] file(CurrentUser user, ActVersion version) {
        get(user, version.actId());
        return jdbc.sql("select content from act_version where id = ?")
                .param(version.id())
                .query(byte[].class)
                .single();
    }

    @Transactional(readOnly = true)
    public ActVersion version(CurrentUser user, long versionId) {
        ActVersion version = jdbc.sql("""
                select id, act_id, number, file_name, content_type, length(content) as size, sha256, note, created_at,
                       created_by
                from act_version where id = ?""")
                .param(versionId)
                .query((rs, n) -> version(rs))
                .optional()
                .orElseThrow(() -> new ActNotFoundException(versionId));
        get(user, version.actId());
        return version;
    }

    /** The text of a version as extracted from its file. */
    @Transactional(readOnly = true)
    public String text(CurrentUser user, ActVersion version) {
        get(user, version.actId());
        return jdbc.sql("select text from act_version where id = ?")
                .param(version.id())
                .query(String.class)
                .single();
    }

    /** Registers an act kept by the user's organization; returns its id, or the field errors. */
    public long create(CurrentUser user, ActForm form) {
        requireKeeper(user);
        Map<String, String> errors = form.validate();
        checkReplaces(user, form, errors);
        if (!errors.isEmpty()) {
            throw new InvalidActException(errors);
        }
        long id = requisites(jdbc.sql("""
                insert into legal_act (organization_id, kind, number, adopted_on, title, issuer, status, link, tags,
                  replaces_id, created_by, updated_by)
                values (:organization, :kind, :number, :adopted, :title, :issuer, :status, :link, :tags, :replaces, :by, :by)
                returning id""").param("organization", user.organizationId()), form, user)
                .query(Long.class)
                .single();
        repealReplaced(user, form);
        return id;
    }

    public void update(CurrentUser user, long id, ActForm form) {
        requireOwnKeeper(user, id);
        Map<String, String> errors = form.validate();
        checkReplaces(user, form, errors);
        if (form.getReplacesId() != null && form.getReplacesId() == id) {
            errors.put("replacesId", "acts.error.replacesItself");
        }
        if (!errors.isEmpty()) {
            throw new InvalidActException(errors);
        }
        requisites(jdbc.sql("""
                update legal_act set kind = :kind, number = :number, adopted_on = :adopted, title = :title, issuer = :issuer,
                  status = :status, link = :link, tags = :tags, replaces_id = :replaces, updated_at = now(), updated_by = :by
                where id = :id""").param("id", id), form, user).update();
        repealReplaced(user, form);
    }

    /** Binds the form's requisites to the named parameters of an insert or an update. */
    private static JdbcClient.StatementSpec requisites(JdbcClient.StatementSpec spec, ActForm form, CurrentUser user) {
        return spec.param("kind", form.getKind().name())
                .param("number", blankToNull(form.getNumber()))
                .param("adopted", form.getAdoptedOn())
                .param("title", form.getTitle().strip())
                .param("issuer", blankToNull(form.getIssuer()))
                .param("status", form.getStatus().name())
                .param("link", blankToNull(form.getLink()))
                .param("tags", form.tagList().toArray(String[]::new))
                .param("replaces", form.getReplacesId())
                .param("by", user.username());
    }

    /** The act a new one replaces is no longer in force. */
    private void repealReplaced(CurrentUser user, ActForm form) {
        if (form.getReplacesId() != null) {
            jdbc.sql("update legal_act set status = 'REPEALED', updated_at = now(), updated_by = ? where id = ?")
                    .params(user.username(), form.getReplacesId())
                    .update();
        }
    }

    /** Refuses a file of an act over {@code probity.uploads.act-file} before it is read into memory. */
    public void checkSize(String fileName, long size) {
        if (size > limits.actFile().toBytes()) {
            throw new RefusedFile("файл «" + fileName + "» слишком большой: файл акта — не более "
                    + ru.probity.platform.UploadLimits.size(limits.actFile()));
        }
    }

    /**
     * Adds a version from an uploaded file (DOCX, PDF with text, TXT); when {@code askAgain}, every
     * audience that was asked to acknowledge an earlier version is asked again for this one.
     * Returns the new version.
     */
    public ActVersion addVersion(
            CurrentUser user, long actId, String fileName, byte[] content, String note, boolean askAgain) {
        checkSize(fileName, content.length);
        requireOwnKeeper(user, actId);
        DocumentText.Extracted extracted;
        try {
            extracted = DocumentText.extract(fileName, content, limits);
        } catch (DocumentText.UnreadableFile e) {
            throw new RefusedFile(e.getMessage());
        }
        long id = jdbc.sql("""
                insert into act_version (act_id, number, file_name, content_type, content, text, sha256, note, created_by)
                values (:act, (select coalesce(max(number), 0) + 1 from act_version where act_id = :act), :file, :type,
                        :content, :text, :sha, :note, :by)
                returning id""")
                .param("act", actId)
                .param("file", fileName)
                .param("type", extracted.contentType())
                .param("content", content)
                .param("text", extracted.text())
                .param("sha", DocumentText.sha256(content))
                .param("note", blankToNull(note))
                .param("by", user.username())
                .query(Long.class)
                .single();
        ActVersion version = version(user, id);
        if (askAgain) {
            distributions.askAgain(user, version);
        }
        return version;
    }

    /** Sets the quiz an employee passes before acknowledging ({@code []} for none). */
    public void setQuiz(CurrentUser user, long actId, List<LegalAct.QuizQuestion> quiz, int passPercent) {
        requireOwnKeeper(user, actId);
        for (LegalAct.QuizQuestion q : quiz) {
            if (q.question().isBlank()
                    || q.options().size() < 2
                    || q.correct() < 0
                    || q.correct() >= q.options().size()) {
                throw new InvalidActException(Map.of("quiz", "acts.error.quiz"));
            }
        }
        jdbc.sql(
                        "update legal_act set quiz = cast(? as jsonb), quiz_pass_percent = ?, updated_at = now(), updated_by = ?"
                                + " where id = ?")
                .params(json.writeValueAsString(quiz), Math.max(1, Math.min(100, passPercent)), user.username(), actId)
                .update();
    }

    /**
     * Makes the act part of the mandatory package of its organization (every employee hired or
     * appointed from today on is asked to acknowledge it within {@code termDays}), or takes it out.
     */
    public void setMandatory(CurrentUser user, long actId, boolean mandatory, int termDays) {
        requireOwnKeeper(user, actId);
        jdbc.sql("""
                update legal_act set mandatory_since = case when ? then coalesce(mandatory_since, current_date) end,
                  newcomer_term_days = ?, updated_at = now(), updated_by = ? where id = ?""")
                .params(mandatory, Math.max(1, Math.min(365, termDays)), user.username(), actId)
                .update();
    }

    /** Acts the user may name as replaced: those he sees. */
    @Transactional(readOnly = true)
    public List<Item> choices(CurrentUser user) {
        return search(user, "", null, 500);
    }

    static void requireKeeper(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not keep the register of acts");
        }
    }

    /** Letters are the work of officers, heads and auditors, not of every employee. */
    static void requireKeeperOrReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not see letters");
        }
    }

    /** Only the organization that keeps the act (or an officer above it) changes it. */
    private void requireOwnKeeper(CurrentUser user, long actId) {
        requireKeeper(user);
        LegalAct act = get(user, actId);
        if (!organizations.isVisible(user, act.organizationId())) {
            throw new AccessDeniedException("Act " + actId + " is kept above " + user.username() + "'s organization");
        }
    }

    private void checkReplaces(CurrentUser user, ActForm form, Map<String, String> errors) {
        if (form.getReplacesId() != null && find(user, form.getReplacesId()).isEmpty()) {
            errors.put("replacesId", "acts.error.replaces");
        }
    }

    private LegalAct act(ResultSet rs, int n) throws SQLException {
        Array tags = rs.getArray("tags");
        return new LegalAct(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                ActKind.valueOf(rs.getString("kind")),
                rs.getString("number"),
                date(rs.getDate("adopted_on")),
                rs.getString("title"),
                rs.getString("issuer"),
                ActStatus.valueOf(rs.getString("status")),
                rs.getString("link"),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                rs.getObject("replaces_id", Long.class),
                rs.getString("replaces_title"),
                json.readValue(rs.getString("quiz"), QUIZ),
                rs.getInt("quiz_pass_percent"),
                date(rs.getDate("mandatory_since")),
                rs.getInt("newcomer_term_days"));
    }

    static ActVersion version(ResultSet rs) throws SQLException {
        return new ActVersion(
                rs.getLong("id"),
                rs.getLong("act_id"),
                rs.getInt("number"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getString("note"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
