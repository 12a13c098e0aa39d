package ru.probity.redflags;

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
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Page;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.SingleInstance;
import ru.probity.redflags.RedFlagRows.Count;
import ru.probity.redflags.RedFlagRows.CustomerRisk;
import ru.probity.redflags.RedFlagRows.Document;
import ru.probity.redflags.RedFlagRows.Event;
import ru.probity.redflags.RedFlagRows.Filter;
import ru.probity.redflags.RedFlagRows.Row;
import ru.probity.redflags.RedFlagRows.Run;

/**
 * The read and review side of the red flags: lists, charts, cards and exports limited to the user's
 * subtree (reads logged: a supplier may be a person, an entrepreneur), and the officers' decisions
 * ({@link RedFlagStatus}), each written to the flag's history.
 */
@Service
@Transactional
class RedFlagsWorkflow {

    static final String SUBJECT = "RED_FLAG";
    static final int REASON_MAX = 4000;

    private final RedFlagStore store;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final RedFlagsComputation computation;
    private final SingleInstance singleInstance;

    RedFlagsWorkflow(
            RedFlagStore store,
            Organizations organizations,
            AccessLog accessLog,
            RedFlagsComputation computation,
            SingleInstance singleInstance) {
        this.store = store;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.computation = computation;
        this.singleInstance = singleInstance;
    }

    Page<Row> list(CurrentUser user, Filter filter, int page, int size) {
        requireReader(user);
        long scope = scope(user, filter);
        int number = Page.clamp(page);
        List<Row> rows = store.page(scope, filter, size, Page.offset(number, size));
        int total = rows.isEmpty() && number == 0 ? 0 : store.count(scope, filter);
        logRead(AccessAction.READ, rows, "list");
        return new Page<>(rows, number, size, total);
    }

    @Transactional(readOnly = true)
    Map<String, Integer> counts(CurrentUser user, Filter filter) {
        requireReader(user);
        Map<String, Integer> counts = new LinkedHashMap<>();
        RedFlagStatus.SHOWN.forEach(s -> counts.put(s.name(), 0));
        store.countByStatus(scope(user, filter), filter).forEach((k, v) -> {
            if (counts.containsKey(k)) {
                counts.put(k, v);
            }
        });
        return counts;
    }

    /** Flags by indicator, in catalogue order, the indicators without flags left out. */
    @Transactional(readOnly = true)
    List<Count> byIndicator(CurrentUser user, Filter filter) {
        requireReader(user);
        Map<String, Long> counts = new LinkedHashMap<>();
        store.byIndicator(scope(user, filter), filter).forEach(c -> counts.put(c.label(), c.count()));
        List<Count> ordered = new ArrayList<>();
        ru.probity.redflags.indicators.RedFlags.catalogue().forEach(i -> {
            Long n = counts.remove(i.id());
            if (n != null) {
                ordered.add(new Count(i.id(), n));
            }
        });
        counts.forEach((id, n) -> ordered.add(new Count(id, n)));
        return ordered;
    }

    @Transactional(readOnly = true)
    List<Count> byMonth(CurrentUser user, Filter filter) {
        requireReader(user);
        return store.byMonth(scope(user, filter), filter);
    }

    @Transactional(readOnly = true)
    List<CustomerRisk> customers(CurrentUser user, Filter filter, int limit) {
        requireReader(user);
        return store.customers(scope(user, filter), limit);
    }

    @Transactional(readOnly = true)
    Optional<Run> lastRun(CurrentUser user) {
        requireReader(user);
        return store.run();
    }

    List<Row> export(CurrentUser user, Filter filter) {
        requireReader(user);
        List<Row> rows = store.export(scope(user, filter), filter);
        if (rows.isEmpty()) {
            accessLog.record(AccessAction.EXPORT, SUBJECT, null, null, "export.xlsx: nothing");
        }
        logRead(AccessAction.EXPORT, rows, "export.xlsx");
        return rows;
    }

    Row card(CurrentUser user, long id) {
        requireReader(user);
        Row row = visible(user, id, false);
        accessLog.record(AccessAction.READ, SUBJECT, id, row.organizationId(), null);
        return row;
    }

    @Transactional(readOnly = true)
    List<Event> history(CurrentUser user, long id) {
        requireReader(user);
        visible(user, id, false);
        return store.history(id);
    }

    /** The other flags of the card's contract (all in the same organization). */
    @Transactional(readOnly = true)
    List<Row> sameContract(CurrentUser user, Row row) {
        requireReader(user);
        return row.contractId() == null ? List.of() : store.sameContract(row.id(), row.contractId());
    }

    /** Moves the flag on: sends it to review, confirms it or dismisses it (with the reason), reopens it. */
    void changeStatus(CurrentUser user, long id, String target, String reason) {
        requireManager(user);
        Row row = visible(user, id, true);
        RedFlagStatus current = RedFlagStatus.parse(row.status());
        RedFlagStatus next = RedFlagStatus.parse(target);
        if (current == null || next == null || !current.canMoveTo(next)) {
            throw Refusal.conflict("redflags.error.transition");
        }
        String text = RussianFormats.blankToNull(reason);
        if (next.decision() && text == null) {
            throw Refusal.invalid("redflags.error.reasonRequired");
        }
        if (text != null && text.length() > REASON_MAX) {
            throw Refusal.invalid("redflags.error.tooLong");
        }
        store.changeStatus(id, next, next.decision() ? text : row.resolution(), user.username());
        store.event(id, user.username(), "STATUS", next, text);
        accessLog.record(AccessAction.UPDATE, SUBJECT, id, row.organizationId(), row.status() + " → " + target);
    }

    /** Recomputes the region's flags now; false when another instance is computing them. */
    boolean recompute(CurrentUser user) {
        requireManager(user);
        return singleInstance
                .call(RedFlagsJob.LOCK, () -> computation.recompute(user.username()))
                .isPresent();
    }

    /** The documents behind a flag, with the page of each where the application has one. */
    static List<Document> documents(Row row) {
        List<Document> documents = new ArrayList<>();
        for (String ref : row.documents()) {
            int colon = ref.indexOf(':');
            String kind = colon < 0 ? "other" : ref.substring(0, colon);
            String key = colon < 0 ? ref : ref.substring(colon + 1);
            String href = switch (kind) {
                case "egrul" ->
                    "/registers/companies/" + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
                default -> null;
            };
            documents.add(new Document(kind, key, href));
        }
        return documents;
    }

    private Row visible(CurrentUser user, long id, boolean lock) {
        if (lock) {
            store.lock(id);
        }
        Row row = store.card(id).orElseThrow(() -> new NotFound("red flag", id));
        if (!organizations.isVisible(user, row.organizationId())) {
            throw new AccessDeniedException("Red flag " + id + " is outside the subtree of " + user.username());
        }
        return row;
    }

    private long scope(CurrentUser user, Filter filter) {
        return filter.organization() == null
                ? user.organizationId()
                : organizations.get(user, filter.organization()).id();
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

    static void requireReader(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not read red flags");
        }
    }

    /** Whether the user reviews flags: an officer or the regional administrator; others only read. */
    static boolean canChange(CurrentUser user) {
        return user.role().managesRegistry();
    }

    static void requireManager(CurrentUser user) {
        if (!canChange(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not change red flags");
        }
    }
}
