package ru.probity.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organization;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * The region's dashboard: for the user's organization (or one of his subtree) its child
 * organizations — for the region its municipal districts, city districts and regional bodies, for
 * a municipality's officer the bodies and institutions below him — with every area's figures for
 * each child's whole subtree, and the total of the organization's subtree. Computed from every
 * {@link IndicatorSource}, each once for all rows. For the roles that read the registry; each area
 * decides which of its figures the role sees.
 */
@Service
@Transactional(readOnly = true)
public class RegionDashboard {

    /** Sorting by the organization's name; any other sort key is an indicator's id. */
    public static final String BY_NAME = "name";

    private final List<IndicatorSource> sources;
    private final Organizations organizations;
    private final Messages messages;

    RegionDashboard(List<IndicatorSource> sources, Organizations organizations, Messages messages) {
        this.sources = List.copyOf(sources);
        this.organizations = organizations;
        this.messages = messages;
    }

    /**
     * A column of the table: one indicator, with the one it is a share of.
     *
     * @param id the indicator's id
     * @param area the area's code
     * @param areaName the area in Russian
     * @param name the indicator in Russian
     * @param of the id of the indicator this one is a share of, or {@code null}
     * @param ofName that indicator in Russian, or {@code null}
     * @param warns a figure above zero needs attention
     */
    public record Column(
            String id, String area, String areaName, String name, String of, String ofName, boolean warns) {

        public boolean share() {
            return of != null;
        }
    }

    /**
     * An organization and its subtree's figures.
     *
     * @param organizationId the organization
     * @param name its name
     * @param shortName its short name (the charts' labels)
     * @param hasChildren it has organizations below it (its own dashboard opens from its name)
     * @param values indicator id → figure
     * @param percents share column id → per cent of the whole, absent when the whole is zero
     * @param links indicator id → the list behind the figure
     */
    public record Row(
            long organizationId,
            String name,
            String shortName,
            boolean hasChildren,
            Map<String, Long> values,
            Map<String, Integer> percents,
            Map<String, String> links) {

        public long value(String id) {
            return values.getOrDefault(id, 0L);
        }

        public Integer percent(String id) {
            return percents.get(id);
        }

        public String link(String id) {
            return links.get(id);
        }
    }

    /**
     * The dashboard of an organization.
     *
     * @param organizationId the organization whose children are the rows
     * @param organization its name
     * @param parentId the organization above it when the user sees it (to go back up), or {@code null}
     * @param columns the columns, in the areas' order
     * @param rows its children, sorted
     * @param total the organization's whole subtree
     * @param sort the sort key: {@link #BY_NAME} or an indicator's id (a share's by its per cent)
     * @param descending largest first
     */
    public record Dashboard(
            long organizationId,
            String organization,
            Long parentId,
            List<Column> columns,
            List<Row> rows,
            Row total,
            String sort,
            boolean descending) {

        /** The areas over the columns, each spanning its consecutive columns (the table's upper heading). */
        public List<Group> groups() {
            List<Group> groups = new ArrayList<>();
            for (Column c : columns) {
                if (!groups.isEmpty() && groups.getLast().area().equals(c.area())) {
                    Group last = groups.removeLast();
                    groups.add(new Group(last.area(), last.areaName(), last.span() + 1));
                } else {
                    groups.add(new Group(c.area(), c.areaName(), 1));
                }
            }
            return groups;
        }
    }

    /** An area over its columns. */
    public record Group(String area, String areaName, int span) {}

    /** Whether the user's role has a dashboard. */
    public static boolean seesDashboard(CurrentUser user) {
        return user.role().readsRegistry();
    }

    /**
     * The dashboard of {@code organizationId} (the user's own when null), sorted by {@code sort}
     * (the name when null or unknown), largest or last first when {@code descending}. Another
     * subtree than the user's is refused (HTTP 403).
     */
    public Dashboard dashboard(CurrentUser user, Long organizationId, String sort, boolean descending) {
        requireViewer(user);
        Organization root = organizationId == null ? organizations.root(user) : organizations.get(user, organizationId);
        List<Organization> children = organizations.children(user, root.id(), false);
        Set<Long> ids = new LinkedHashSet<>();
        children.forEach(c -> ids.add(c.id()));
        ids.add(root.id());

        Collected collected = collect(user, ids);
        List<Indicator> indicators = collected.indicators();
        Map<Long, Map<String, Long>> figures = collected.figures();
        List<Column> columns = columns(indicators);

        List<Row> rows = new ArrayList<>();
        for (Organization child : children) {
            rows.add(row(child, indicators, columns, figures));
        }
        Row total = row(root, indicators, columns, figures);
        String key = sort == null || indicators.stream().noneMatch(i -> i.id().equals(sort)) ? BY_NAME : sort;
        rows.sort(order(key, columns, descending));
        Long parentId = root.id() != user.organizationId() && root.parentId() != null ? root.parentId() : null;
        return new Dashboard(root.id(), root.name(), parentId, columns, rows, total, key, descending);
    }

    /** The indicators the user sees, in the areas' order (for the monitoring reports of issue 20 too). */
    public List<Indicator> indicators(CurrentUser user) {
        requireViewer(user);
        List<Indicator> all = new ArrayList<>();
        for (IndicatorSource source : sources) {
            all.addAll(source.indicators(user));
        }
        return all;
    }

    /**
     * The figures of every indicator the user sees for each of the organizations (each its whole
     * subtree): organization → indicator id → value, zero where a source gave none. Every
     * organization must be in the user's subtree (HTTP 403 otherwise).
     */
    public Map<Long, Map<String, Long>> figures(CurrentUser user, Set<Long> organizationIds) {
        requireViewer(user);
        for (long id : organizationIds) {
            organizations.get(user, id);
        }
        Collected collected = collect(user, organizationIds);
        List<Indicator> indicators = collected.indicators();
        Map<Long, Map<String, Long>> figures = collected.figures();
        Map<Long, Map<String, Long>> filled = new LinkedHashMap<>();
        for (long id : organizationIds) {
            Map<String, Long> values = new LinkedHashMap<>();
            Map<String, Long> found = figures.getOrDefault(id, Map.of());
            indicators.forEach(i -> values.put(i.id(), found.getOrDefault(i.id(), 0L)));
            filled.put(id, values);
        }
        return filled;
    }

    /** The indicators the user sees and their figures for the organizations. */
    private record Collected(List<Indicator> indicators, Map<Long, Map<String, Long>> figures) {}

    /** Each source asked once for its indicators and once for its figures of all organizations. */
    private Collected collect(CurrentUser user, Set<Long> ids) {
        List<Indicator> indicators = new ArrayList<>();
        Map<Long, Map<String, Long>> figures = new HashMap<>();
        Set<Long> asked = Set.copyOf(ids);
        for (IndicatorSource source : sources) {
            List<Indicator> own = source.indicators(user);
            if (own.isEmpty()) {
                continue;
            }
            indicators.addAll(own);
            for (Figure f : source.figures(user, asked)) {
                figures.computeIfAbsent(f.organizationId(), k -> new HashMap<>())
                        .put(f.indicator(), f.value());
            }
        }
        return new Collected(indicators, figures);
    }

    private List<Column> columns(List<Indicator> indicators) {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        indicators.forEach(i -> byId.put(i.id(), i));
        Set<String> wholes = new HashSet<>();
        indicators.stream()
                .filter(i -> i.of() != null && byId.containsKey(i.of()))
                .forEach(i -> wholes.add(i.of()));
        List<Column> columns = new ArrayList<>();
        for (Indicator i : indicators) {
            if (wholes.contains(i.id())) {
                continue; // shown inside the share's column
            }
            Indicator of = i.of() == null ? null : byId.get(i.of());
            columns.add(new Column(
                    i.id(),
                    i.area(),
                    messages.text("region.area." + i.area()),
                    name(i),
                    of == null ? null : of.id(),
                    of == null ? null : name(of),
                    i.warns()));
        }
        return columns;
    }

    private String name(Indicator indicator) {
        return messages.text(indicator.nameKey(), indicator.arguments().toArray());
    }

    private static Row row(
            Organization organization,
            List<Indicator> indicators,
            List<Column> columns,
            Map<Long, Map<String, Long>> figures) {
        Map<String, Long> found = figures.getOrDefault(organization.id(), Map.of());
        Map<String, Long> values = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            values.put(i.id(), found.getOrDefault(i.id(), 0L));
            String link = i.linkFor(organization.id());
            if (link != null) {
                links.put(i.id(), link);
            }
        }
        Map<String, Integer> percents = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.share()) {
                Integer percent = percent(values.get(c.id()), values.get(c.of()));
                if (percent != null) {
                    percents.put(c.id(), percent);
                }
            }
        }
        return new Row(
                organization.id(),
                organization.name(),
                organization.displayName(),
                organization.childCount() > 0,
                values,
                percents,
                links);
    }

    /** The share in whole per cent, rounded down (100 only when all are); null when the whole is zero. */
    static Integer percent(Long part, Long whole) {
        if (whole == null || whole == 0) {
            return null;
        }
        return (int) ((part == null ? 0 : part) * 100 / whole);
    }

    private static Comparator<Row> order(String key, List<Column> columns, boolean descending) {
        Comparator<Row> byName = Comparator.comparing(r -> r.shortName().toLowerCase(RussianFormats.LOCALE));
        if (key.equals(BY_NAME)) {
            return descending ? byName.reversed() : byName;
        }
        boolean share = columns.stream().anyMatch(c -> c.id().equals(key) && c.share());
        // a share sorts by its per cent (a row without a whole below every other), a count by itself
        Comparator<Row> byValue = share
                ? Comparator.comparingInt(r -> r.percent(key) == null ? -1 : r.percent(key))
                : Comparator.comparingLong(r -> r.value(key));
        return (descending ? byValue.reversed() : byValue).thenComparing(byName);
    }

    private static void requireViewer(CurrentUser user) {
        if (!seesDashboard(user)) {
            throw new AccessDeniedException("Role " + user.role() + " has no dashboard of the region");
        }
    }
}
