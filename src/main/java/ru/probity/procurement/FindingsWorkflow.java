package ru.probity.procurement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Page;
import ru.probity.platform.RegionTime;
import ru.probity.procurement.FindingRows.Assignee;
import ru.probity.procurement.FindingRows.Card;
import ru.probity.procurement.FindingRows.Event;
import ru.probity.procurement.FindingRows.Filter;
import ru.probity.procurement.FindingRows.Row;
import ru.probity.procurement.affiliation.PathStep;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read and workflow side of findings: lists, cards and exports limited to the user's subtree
 * (every read written to the access log, since findings name people), and the decisions of the
 * anti-corruption officers: NEW → UNDER_REVIEW → CONFIRMED or DISMISSED, reopening, assignment and
 * comments, each written to the finding's history.
 */
@Service
@Transactional
class FindingsWorkflow {

    static final String SUBJECT = "FINDING";
    static final int REASON_MAX = 4000;

    /** Allowed changes of status: from → to. */
    private static final Map<String, Set<String>> TRANSITIONS = Map.of(
            "NEW", Set.of("UNDER_REVIEW"),
            "UNDER_REVIEW", Set.of("CONFIRMED", "DISMISSED"),
            "CONFIRMED", Set.of("UNDER_REVIEW"),
            "DISMISSED", Set.of("UNDER_REVIEW"),
            "STALE", Set.of("UNDER_REVIEW"));

    private static final TypeReference<List<PathStep>> PATH = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final RegionTime regionTime;

    FindingsWorkflow(
            JdbcClient jdbc,
            Organizations organizations,
            AccessLog accessLog,
            ApplicationEventPublisher events,
            JsonMapper json,
            RegionTime regionTime) {
        this.regionTime = regionTime;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.events = events;
        this.json = json;
    }

    /** A refused change: the message key tells the user why. */
    static class Refused extends RuntimeException {
        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** One page of the findings of the user's subtree that pass the filter. */
    Page<Row> list(CurrentUser user, Filter filter, int page, int size) {
        requireReader(user);
        int number = ru.probity.platform.Page.clamp(page);
        List<Row> rows = jdbc.sql(FindingRows.SELECT + where(true) + """
                 order by case f.status when 'NEW' then 0 when 'UNDER_REVIEW' then 1 else 2 end,
                          f.found_at desc, f.id desc
                 limit :size offset :offset""")
                .params(params(user, filter))
                .param("zone", regionTime.id())
                .param("size", size)
                .param("offset", ru.probity.platform.Page.offset(number, size))
                .query((rs, n) -> FindingRows.row(rs))
                .list();
        int total = rows.isEmpty()
                ? 0
                : jdbc.sql("select count(*) from finding f join contract c on c.id = f.contract_id"
                                + " join organization o on o.id = f.organization_id" + where(true))
                        .params(params(user, filter))
                        .query(Integer.class)
                        .single();
        logRead(AccessAction.READ, rows, "list");
        return new Page<>(rows, number, size, total);
    }

    /** How many findings of each status pass the filter's other conditions. */
    @Transactional(readOnly = true)
    Map<String, Integer> counts(CurrentUser user, Filter filter) {
        requireReader(user);
        Map<String, Integer> counts = new LinkedHashMap<>();
        FindingRows.STATUSES.forEach(s -> counts.put(s, 0));
        jdbc.sql("select f.status, count(*) from finding f join contract c on c.id = f.contract_id"
                        + " join organization o on o.id = f.organization_id" + where(false) + " group by f.status")
                .params(params(user, filter))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Every finding that passes the filter, for an export; each one is logged as exported. */
    List<Row> export(CurrentUser user, Filter filter) {
        requireReader(user);
        List<Row> rows = jdbc.sql(FindingRows.SELECT + where(true) + " order by c.sign_date desc nulls last, f.id")
                .params(params(user, filter))
                .param("zone", regionTime.id())
                .query((rs, n) -> FindingRows.row(rs))
                .list();
        if (rows.isEmpty()) {
            accessLog.record(AccessAction.EXPORT, SUBJECT, null, null, "export.xlsx: nothing");
        }
        logRead(AccessAction.EXPORT, rows, "export.xlsx");
        return rows;
    }

    /** A finding's card, if it lies in the user's subtree. */
    Card card(CurrentUser user, long id) {
        requireReader(user);
        Card card = visible(user, id, false);
        accessLog.record(AccessAction.READ, SUBJECT, id, card.row().organizationId(), null);
        return card;
    }

    @Transactional(readOnly = true)
    List<Event> history(CurrentUser user, long id) {
        requireReader(user);
        visible(user, id, false);
        return jdbc.sql("""
                select (ev.at at time zone :zone) as at_local, ev.username, u.full_name, ev.kind, ev.status,
                       ev.text, a.full_name as assignee_name
                from finding_event ev
                left join app_user u on lower(u.username) = lower(ev.username)
                left join app_user a on ev.kind = 'ASSIGNED' and lower(a.username) = lower(ev.text)
                where ev.finding_id = :id order by ev.at, ev.id""")
                .param("zone", regionTime.id())
                .param("id", id)
                .query((rs, n) -> new Event(
                        rs.getObject("at_local", java.time.LocalDateTime.class),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getString("text"),
                        rs.getString("assignee_name")))
                .list();
    }

    /**
     * Users the finding may be assigned to: enabled officers of the user's subtree whose own
     * subtree holds the finding (so they can see it).
     */
    @Transactional(readOnly = true)
    List<Assignee> assignees(CurrentUser user, long id) {
        requireReader(user);
        return assignees(user, visible(user, id, false).organizationPath());
    }

    /** All statuses the finding may move to next, for the buttons of the card. */
    static Set<String> nextStatuses(String status) {
        return TRANSITIONS.getOrDefault(status, Set.of());
    }

    void changeStatus(CurrentUser user, long id, String target, String reason) {
        requireManager(user);
        Card card = visible(user, id, true);
        String from = card.row().status();
        if (!nextStatuses(from).contains(target)) {
            throw new Refused("finding.error.transition");
        }
        String text = clean(reason);
        boolean decision = target.equals("CONFIRMED") || target.equals("DISMISSED");
        if (decision && text == null) {
            throw new Refused("finding.error.reasonRequired");
        }
        if (text != null && text.length() > REASON_MAX) {
            throw new Refused("finding.error.tooLong");
        }
        jdbc.sql("""
                update finding set status = ?, resolution = ?, updated_at = now(), updated_by = ? where id = ?""")
                .params(target, decision ? text : null, user.username(), id)
                .update();
        event(id, user, "STATUS", target, text);
        if (target.equals("UNDER_REVIEW") && card.row().assignee() == null) {
            jdbc.sql("update finding set assignee = ? where id = ?")
                    .params(user.username(), id)
                    .update();
            event(id, user, "ASSIGNED", null, user.username());
        }
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.row().organizationId(), from + " → " + target);
        if (target.equals("CONFIRMED")) {
            events.publishEvent(new FindingConfirmed(
                    id,
                    card.row().contractId(),
                    card.row().organizationId(),
                    card.officialEmployeeId(),
                    card.row().rule()));
        }
    }

    /** Assigns the finding to a user who may see it, or to nobody for a blank username. */
    void assign(CurrentUser user, long id, String username) {
        requireManager(user);
        Card card = visible(user, id, true);
        String wanted = clean(username);
        String assignee = null;
        if (wanted != null) {
            assignee = assignees(user, card.organizationPath()).stream()
                    .map(Assignee::username)
                    .filter(u -> u.equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> new Refused("finding.error.assignee"));
        }
        if (java.util.Objects.equals(assignee, card.row().assignee())) {
            return;
        }
        jdbc.sql("update finding set assignee = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(assignee, user.username(), id)
                .update();
        event(id, user, "ASSIGNED", null, assignee);
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.row().organizationId(), "assigned");
    }

    void comment(CurrentUser user, long id, String comment) {
        requireManager(user);
        Card card = visible(user, id, true);
        String text = clean(comment);
        if (text == null) {
            throw new Refused("finding.error.commentRequired");
        }
        if (text.length() > REASON_MAX) {
            throw new Refused("finding.error.tooLong");
        }
        jdbc.sql("update finding set updated_at = now(), updated_by = ? where id = ?")
                .params(user.username(), id)
                .update();
        event(id, user, "COMMENT", null, text);
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, card.row().organizationId(), "comment");
    }

    private List<Assignee> assignees(CurrentUser user, String findingPath) {
        return jdbc.sql("""
                select u.username, u.full_name from app_user u join organization o on o.id = u.organization_id
                where u.enabled and u.role in ('REGIONAL_ADMIN', 'ANTICORRUPTION_OFFICER')
                  and o.path like ? || '%' and ? like o.path || '%'
                order by u.full_name, u.username""")
                .params(organizations.scopePath(user), findingPath)
                .query((rs, n) -> new Assignee(rs.getString(1), rs.getString(2)))
                .list();
    }

    private void event(long id, CurrentUser user, String kind, String status, String text) {
        jdbc.sql("insert into finding_event (finding_id, username, kind, status, text) values (?, ?, ?, ?, ?)")
                .params(id, user.username(), kind, status, text)
                .update();
    }

    /** The finding if it lies in the user's subtree; with {@code lock}, locked for a change. */
    private Card visible(CurrentUser user, long id, boolean lock) {
        if (lock) {
            jdbc.sql("select id from finding where id = ? for update")
                    .param(id)
                    .query(Long.class)
                    .optional();
        }
        Card card = jdbc.sql(FindingRows.SELECT + " where f.id = :id")
                .param("zone", regionTime.id())
                .param("id", id)
                .query((rs, n) -> new Card(
                        FindingRows.row(rs),
                        (Long) rs.getObject("official_employee_id"),
                        rs.getString("person_kind"),
                        rs.getString("organization_path"),
                        rs.getString("contract_number"),
                        rs.getString("subject"),
                        rs.getString("purchase_number"),
                        rs.getBoolean("single_supplier"),
                        rs.getString("updated_by"),
                        path(rs.getString("path_json")),
                        null))
                .optional()
                .orElseGet(() -> {
                    boolean exists = jdbc.sql("select count(*) from finding where id = ?")
                                    .param(id)
                                    .query(Integer.class)
                                    .single()
                            > 0;
                    if (exists) {
                        // a finding whose customer is not in the organization tree: nobody's subtree
                        throw new AccessDeniedException("Finding " + id + " has no organization");
                    }
                    throw new NotFound("finding", id);
                });
        if (!card.organizationPath().startsWith(organizations.scopePath(user))) {
            throw new AccessDeniedException("Finding " + id + " is outside the subtree of " + user.username());
        }
        return new Card(
                card.row(),
                card.officialEmployeeId(),
                card.personKind(),
                card.organizationPath(),
                card.contractNumber(),
                card.subject(),
                card.purchaseNumber(),
                card.singleSupplier(),
                card.updatedBy(),
                card.path(),
                FindingPicture.svg(card.path()));
    }

    private List<PathStep> path(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return json.readValue(text, PATH);
    }

    private static String where(boolean withStatus) {
        return " " + """
                 where o.path like :path || '%'
                   and f.confidence in (:confidences)
                   and (cast(:rule as text) is null or f.rule = :rule)
                   and (:q = '' or f.explanation ilike '%' || :q || '%' or c.reg_num = :exact)""" + (withStatus ? " and (cast(:status as text) is null or f.status = :status)" : "");
    }

    private Map<String, Object> params(CurrentUser user, Filter filter) {
        String path = filter.organization() == null
                ? organizations.scopePath(user)
                : organizations.get(user, filter.organization()).path();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("path", path);
        params.put("confidences", filter.confidences());
        params.put("rule", filter.rule());
        params.put("status", filter.status());
        params.put("q", filter.likeText());
        params.put("exact", filter.q() == null ? "" : filter.q());
        return params;
    }

    private void logRead(AccessAction action, List<Row> rows, String details) {
        accessLog.recordEach(
                action,
                SUBJECT,
                rows.stream()
                        .map(r -> new AccessLog.Subject(r.id(), r.organizationId()))
                        .toList(),
                details);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    static void requireReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not read findings");
        }
    }

    static void requireManager(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not change findings");
        }
    }
}
