package ru.probity.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.platform.RegionTime;

/**
 * The access log search for the regional administrator and the auditor, limited to the
 * organizations of their subtree (records without an organization — sign-in failures — only for
 * users at the root of the tree).
 */
@Controller
@RequestMapping("/audit")
class AccessLogController {

    static final int PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final RegionTime regionTime;

    AccessLogController(JdbcClient jdbc, AccessLog accessLog, RegionTime regionTime) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.regionTime = regionTime;
    }

    @GetMapping
    String search(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) AccessAction action,
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CurrentUser user = CurrentUser.get();
        if (!user.role().readsAccessLog()) {
            throw new AccessDeniedException("Role " + user.role() + " may not read the access log");
        }
        List<Entry> entries = jdbc.sql("""
                with scope as (select path, parent_id is null as is_root from organization where id = :me)
                select l.id, (l.at at time zone :zone) as at_local, l.username, l.action, l.subject_type, l.subject_id, l.details, o.name as organization
                from access_log l
                left join organization o on o.id = l.organization_id
                cross join scope s
                where (o.path like s.path || '%' or (l.organization_id is null and s.is_root))
                  and (:username = '' or lower(l.username) = lower(:username))
                  and (:action = '' or l.action = :action)
                  and (:subjectType = '' or l.subject_type = :subjectType)
                  and (:subjectId::bigint is null or l.subject_id = :subjectId::bigint)
                  and (:from::date is null or l.at >= :from::date::timestamp at time zone :zone)
                  and (:to::date is null or l.at < (:to::date + 1)::timestamp at time zone :zone)
                order by l.at desc, l.id desc
                limit :limit offset :offset""")
                .param("me", user.organizationId())
                .param("zone", regionTime.id())
                .param("username", username == null ? "" : username.strip())
                .param("action", action == null ? "" : action.name())
                .param("subjectType", subjectType == null ? "" : subjectType)
                .param("subjectId", subjectId)
                .param("from", from == null ? null : java.sql.Date.valueOf(from))
                .param("to", to == null ? null : java.sql.Date.valueOf(to))
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (long) Math.min(Math.max(0, page), 1_000_000) * PAGE_SIZE)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("at_local", LocalDateTime.class),
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        (Long) rs.getObject("subject_id"),
                        rs.getString("organization"),
                        rs.getString("details")))
                .list();
        // reading the log is itself logged, with what was looked for (issue 14, item 13)
        accessLog.record(
                AccessAction.READ,
                "ACCESS_LOG",
                null,
                user.organizationId(),
                "username=" + (username == null ? "" : abbreviated(username.strip())) + " action="
                        + (action == null ? "" : action.name()) + " subject="
                        + (subjectType == null ? "" : abbreviated(subjectType))
                        + (subjectId == null ? "" : "/" + subjectId) + " from=" + (from == null ? "" : from) + " to="
                        + (to == null ? "" : to) + " page=" + Math.max(0, page));
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), PAGE_SIZE)));
        model.addAttribute("page", Math.min(Math.max(0, page), 1_000_000));
        model.addAttribute("actions", AccessAction.values());
        model.addAttribute("username", username);
        model.addAttribute("action", action);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/log";
    }

    private static String abbreviated(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }

    record Entry(
            long id,
            LocalDateTime at,
            String username,
            String action,
            String subjectType,
            Long subjectId,
            String organization,
            String details) {}
}
