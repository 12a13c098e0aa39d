package ru.probity.civil;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.civil.model.ActivityKind;
import ru.probity.civil.model.EgrulStatus;
import ru.probity.platform.AttachedFile;

/**
 * The tables of the registry of public organizations: {@code civil_organization}, {@code
 * civil_representative}, {@code civil_activity}, {@code civil_activity_file}; it reads the published
 * {@code organization} and {@code org_subtree}.
 */
@Repository
class CivilStore {

    private static final String ORGANIZATION = """
            select c.*, o.name as owner_name,
                   (select count(*) from civil_activity a where a.civil_organization_id = c.id) as activities
            from civil_organization c join organization o on o.id = c.owner_id""";

    private static final String ACTIVITY = """
            select a.*, c.name as organization_name, c.owner_id
            from civil_activity a join civil_organization c on c.id = a.civil_organization_id""";

    private static final String SUBTREE =
            " c.owner_id in (select organization_id from org_subtree where ancestor_id = :me)";

    private final JdbcClient jdbc;

    CivilStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static CivilOrganization organization(ResultSet rs, int n) throws SQLException {
        return new CivilOrganization(
                rs.getLong("id"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getString("name"),
                rs.getString("inn"),
                EgrulStatus.valueOf(rs.getString("egrul_status")),
                rs.getString("egrul_name"),
                rs.getString("description"),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("website"),
                (Long) rs.getObject("agreement_id"),
                rs.getString("agreement_text"),
                rs.getBoolean("active"),
                rs.getInt("activities"),
                instant(rs, "updated_at"));
    }

    private static Activity activity(ResultSet rs, int n) throws SQLException {
        return new Activity(
                rs.getLong("id"),
                rs.getLong("civil_organization_id"),
                rs.getString("organization_name"),
                rs.getLong("owner_id"),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getObject("held_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getString("place"),
                rs.getString("description"),
                rs.getString("results"),
                instant(rs, "updated_at"));
    }

    static String like(String q) {
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    boolean inSubtree(long ancestorId, long organizationId) {
        return jdbc.sql("select exists (select 1 from org_subtree where ancestor_id = :a and organization_id = :o)")
                .param("a", ancestorId)
                .param("o", organizationId)
                .query(Boolean.class)
                .single();
    }

    // --- organizations

    List<CivilOrganization> list(long me, String q) {
        return jdbc.sql(ORGANIZATION + " where" + SUBTREE
                        + " and (cast(:q as text) is null or c.name ilike :q or c.inn like :q)"
                        + " order by c.active desc, c.name, c.id")
                .param("me", me)
                .param("q", q == null ? null : like(q))
                .query(CivilStore::organization)
                .list();
    }

    Optional<CivilOrganization> find(long me, long id) {
        return jdbc.sql(ORGANIZATION + " where c.id = :id and" + SUBTREE)
                .param("id", id)
                .param("me", me)
                .query(CivilStore::organization)
                .optional();
    }

    boolean innTaken(long owner, String inn, Long except) {
        return jdbc.sql("""
                select exists (select 1 from civil_organization
                               where owner_id = :owner and inn = :inn and (cast(:except as bigint) is null or id <> :except))""")
                .param("owner", owner)
                .param("inn", inn)
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    /** The fields of a public organization as saved. */
    record Fields(
            long ownerId,
            String name,
            String inn,
            EgrulStatus egrulStatus,
            String egrulName,
            String description,
            String address,
            String phone,
            String email,
            String website,
            Long agreementId,
            String agreementText) {}

    long create(Fields f, String by) {
        return jdbc.sql("""
                insert into civil_organization (owner_id, name, inn, egrul_status, egrul_name, description, address,
                    phone, email, website, agreement_id, agreement_text, created_by, updated_by)
                values (:owner, :name, :inn, :egrul, :egrulName, :description, :address, :phone, :email, :website,
                    :agreement, :agreementText, :by, :by)
                returning id""")
                .param("owner", f.ownerId())
                .param("name", f.name())
                .param("inn", f.inn())
                .param("egrul", f.egrulStatus().name())
                .param("egrulName", f.egrulName())
                .param("description", f.description())
                .param("address", f.address())
                .param("phone", f.phone())
                .param("email", f.email())
                .param("website", f.website())
                .param("agreement", f.agreementId())
                .param("agreementText", f.agreementText())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void update(long id, Fields f, String by) {
        jdbc.sql("""
                update civil_organization set owner_id = :owner, name = :name, inn = :inn, egrul_status = :egrul,
                    egrul_name = :egrulName, description = :description, address = :address, phone = :phone,
                    email = :email, website = :website, agreement_id = :agreement, agreement_text = :agreementText,
                    updated_by = :by, updated_at = now()
                where id = :id""")
                .param("id", id)
                .param("owner", f.ownerId())
                .param("name", f.name())
                .param("inn", f.inn())
                .param("egrul", f.egrulStatus().name())
                .param("egrulName", f.egrulName())
                .param("description", f.description())
                .param("address", f.address())
                .param("phone", f.phone())
                .param("email", f.email())
                .param("website", f.website())
                .param("agreement", f.agreementId())
                .param("agreementText", f.agreementText())
                .param("by", by)
                .update();
    }

    void setActive(long id, boolean active, String by) {
        jdbc.sql("update civil_organization set active = :active, updated_by = :by, updated_at = now() where id = :id")
                .param("id", id)
                .param("active", active)
                .param("by", by)
                .update();
    }

    List<Representative> representatives(long organizationId) {
        return jdbc.sql("""
                select id, civil_organization_id, person_name, body from civil_representative
                where civil_organization_id = :o order by body, person_name, id""")
                .param("o", organizationId)
                .query((rs, n) -> new Representative(
                        rs.getLong("id"),
                        rs.getLong("civil_organization_id"),
                        rs.getString("person_name"),
                        rs.getString("body")))
                .list();
    }

    void addRepresentative(long organizationId, String name, String body, String by) {
        jdbc.sql("""
                insert into civil_representative (civil_organization_id, person_name, body, created_by)
                values (:o, :name, :body, :by)""")
                .param("o", organizationId)
                .param("name", name)
                .param("body", body)
                .param("by", by)
                .update();
    }

    int removeRepresentative(long organizationId, long id) {
        return jdbc.sql("delete from civil_representative where id = :id and civil_organization_id = :o")
                .param("id", id)
                .param("o", organizationId)
                .update();
    }

    // --- public reads (active organizations of one owner only)

    List<CivilOrganization> publicList(long owner) {
        return jdbc.sql(ORGANIZATION + " where c.owner_id = :owner and c.active order by c.name, c.id")
                .param("owner", owner)
                .query(CivilStore::organization)
                .list();
    }

    Optional<CivilOrganization> publicOrganization(long owner, long id) {
        return jdbc.sql(ORGANIZATION + " where c.owner_id = :owner and c.id = :id and c.active")
                .param("owner", owner)
                .param("id", id)
                .query(CivilStore::organization)
                .optional();
    }

    boolean hasPublic(long owner) {
        return jdbc.sql("select exists (select 1 from civil_organization where owner_id = :owner and active)")
                .param("owner", owner)
                .query(Boolean.class)
                .single();
    }

    List<CivilOrganization> publicSearch(long owner, String q, int limit) {
        return jdbc.sql(ORGANIZATION + " " + """
                 where c.owner_id = :owner and c.active
                   and (c.name ilike :q or c.inn like :q or c.description ilike :q)
                 order by c.name limit :limit""")
                .param("owner", owner)
                .param("q", like(q))
                .param("limit", limit)
                .query(CivilStore::organization)
                .list();
    }

    // --- activities

    List<Activity> activities(long organizationId) {
        return jdbc.sql(ACTIVITY + " where a.civil_organization_id = :o order by a.held_on desc, a.id desc")
                .param("o", organizationId)
                .query(CivilStore::activity)
                .list();
    }

    Optional<Activity> activity(long me, long id) {
        return jdbc.sql(ACTIVITY + " where a.id = :id and" + SUBTREE)
                .param("id", id)
                .param("me", me)
                .query(CivilStore::activity)
                .optional();
    }

    /** The fields of an activity as saved. */
    record ActivityFields(
            long organizationId,
            ActivityKind kind,
            String title,
            LocalDate heldOn,
            LocalTime startsAt,
            String place,
            String description,
            String results) {}

    long createActivity(ActivityFields f, String by) {
        return jdbc.sql("""
                insert into civil_activity (civil_organization_id, kind, title, held_on, starts_at, place, description,
                    results, created_by, updated_by)
                values (:o, :kind, :title, :heldOn, :startsAt, :place, :description, :results, :by, :by)
                returning id""")
                .param("o", f.organizationId())
                .param("kind", f.kind().name())
                .param("title", f.title())
                .param("heldOn", f.heldOn())
                .param("startsAt", f.startsAt())
                .param("place", f.place())
                .param("description", f.description())
                .param("results", f.results())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void updateActivity(long id, ActivityFields f, String by) {
        jdbc.sql("""
                update civil_activity set kind = :kind, title = :title, held_on = :heldOn, starts_at = :startsAt,
                    place = :place, description = :description, results = :results, updated_by = :by, updated_at = now()
                where id = :id""")
                .param("id", id)
                .param("kind", f.kind().name())
                .param("title", f.title())
                .param("heldOn", f.heldOn())
                .param("startsAt", f.startsAt())
                .param("place", f.place())
                .param("description", f.description())
                .param("results", f.results())
                .param("by", by)
                .update();
    }

    List<Activity> publicActivities(long owner, long organizationId) {
        return jdbc.sql(ACTIVITY + " " + """
                 where a.civil_organization_id = :o and c.owner_id = :owner and c.active
                 order by a.held_on desc, a.id desc""")
                .param("o", organizationId)
                .param("owner", owner)
                .query(CivilStore::activity)
                .list();
    }

    /** The activities of every active public organization of the owner's registry, in one statement. */
    List<Activity> publicActivitiesOfAll(long owner) {
        return jdbc.sql(ACTIVITY + " " + """
                 where c.owner_id = :owner and c.active
                 order by a.held_on desc, a.id desc""")
                .param("owner", owner)
                .query(CivilStore::activity)
                .list();
    }

    Optional<Activity> publicActivity(long owner, long id) {
        return jdbc.sql(ACTIVITY + " where a.id = :id and c.owner_id = :owner and c.active")
                .param("id", id)
                .param("owner", owner)
                .query(CivilStore::activity)
                .optional();
    }

    List<Activity> publicActivitySearch(long owner, String q, int limit) {
        return jdbc.sql(ACTIVITY + " " + """
                 where c.owner_id = :owner and c.active
                   and (a.title ilike :q or a.description ilike :q or a.results ilike :q)
                 order by a.held_on desc limit :limit""")
                .param("owner", owner)
                .param("q", like(q))
                .param("limit", limit)
                .query(CivilStore::activity)
                .list();
    }

    /** The activities of the subtree of {@code me} (or of one owner, public: {@code me} null) in the days. */
    List<Activity> activitiesBetween(Long me, Long owner, LocalDate from, LocalDate to) {
        return jdbc.sql(ACTIVITY + " " + """
                 where a.held_on between :from and :to and c.active
                   and (cast(:owner as bigint) is null or c.owner_id = :owner)
                   and (cast(:me as bigint) is null
                        or c.owner_id in (select organization_id from org_subtree where ancestor_id = :me))
                 order by a.held_on, a.starts_at nulls first, a.id""")
                .param("from", from)
                .param("to", to)
                .param("owner", owner)
                .param("me", me)
                .query(CivilStore::activity)
                .list();
    }

    // --- files

    List<AttachedDocument> files(long activityId) {
        return jdbc.sql("""
                select id, name, content_type, octet_length(content) as size, uploaded_by, uploaded_at
                from civil_activity_file where activity_id = :a order by id""")
                .param("a", activityId)
                .query((rs, n) -> new AttachedDocument(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getString("uploaded_by"),
                        instant(rs, "uploaded_at")))
                .list();
    }

    void addFile(long activityId, AttachedFile file, String by) {
        jdbc.sql("""
                insert into civil_activity_file (activity_id, name, content_type, content, sha256, uploaded_by)
                values (:a, :name, :type, :content, :sha, :by)""")
                .param("a", activityId)
                .param("name", file.name())
                .param("type", file.type().contentType())
                .param("content", file.content())
                .param("sha", file.sha256())
                .param("by", by)
                .update();
    }

    int removeFile(long activityId, long fileId) {
        return jdbc.sql("delete from civil_activity_file where id = :f and activity_id = :a")
                .param("f", fileId)
                .param("a", activityId)
                .update();
    }

    /** A file's name, type and content. */
    record Content(String name, String contentType, byte[] bytes) {}

    Optional<Content> content(long activityId, long fileId) {
        return jdbc.sql(
                        "select name, content_type, content from civil_activity_file where id = :f and activity_id = :a")
                .param("f", fileId)
                .param("a", activityId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
