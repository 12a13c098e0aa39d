package ru.probity.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organization;
import ru.probity.org.Organizations;
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.RussianPlural;
import ru.probity.platform.Spreadsheet;
import ru.probity.reports.engine.ReportStatus;

/**
 * Statistics of reports of corruption over a period (by the day of receipt): totals, by month,
 * channel, topic and status, and by organization as a tree whose rows roll up their subtrees —
 * within the viewer's subtree, for those who see the register. Computed by set-based SQL over the
 * readable metadata only ({@link ReportStatisticsStore}, decisions/0005): nothing sealed is opened,
 * no data key is unwrapped.
 * A redirected report counts where it is now, from the day it arrived there.
 */
@Service
@Transactional(readOnly = true)
public class ReportStatistics {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", RussianFormats.LOCALE);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("LLL yy", RussianFormats.LOCALE);
    static final int MAX_YEARS = 10;

    private final ReportStatisticsStore store;
    private final Organizations organizations;
    private final Messages messages;

    ReportStatistics(ReportStatisticsStore store, Organizations organizations, Messages messages) {
        this.store = store;
        this.organizations = organizations;
        this.messages = messages;
    }

    /**
     * What to count: reports received from {@code from} to {@code to} (both included; by default the
     * current year up to today) in the subtree of {@code organizationId} (by default the viewer's
     * own), optionally of one channel, topic or status, or only those about municipal employees.
     */
    public record Query(
            LocalDate from,
            LocalDate to,
            Long organizationId,
            ReportChannel channel,
            ReportTopic topic,
            ReportStatus status,
            boolean municipalOnly) {

        /** The period with its defaults, in order. */
        public Query normalized(LocalDate today) {
            LocalDate end = to == null ? today : to;
            LocalDate start = from == null ? end.withDayOfYear(1) : from;
            if (start.isAfter(end)) {
                LocalDate swap = start;
                start = end;
                end = swap;
            }
            return new Query(start, end, organizationId, channel, topic, status, municipalOnly);
        }

        public boolean filtered() {
            return channel != null || topic != null || status != null || municipalOnly;
        }
    }

    /** The figures of a set of reports. */
    public record Figures(
            long total,
            long aboutMunicipalEmployee,
            long aboutCrime,
            long anonymous,
            long inProgress,
            long answered,
            long answeredInTerm,
            long closed,
            long overdue) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** How many reports of one kind (a month, a channel, a topic, a status), and of them about municipal employees. */
    public record Count<K>(K key, String label, long total, long aboutMunicipalEmployee) {}

    /** An organization of the tree: its own reports and its whole subtree's figures. */
    public record OrganizationRow(long organizationId, String organization, int depth, long own, Figures figures) {}

    /** The statistics of a query; {@code summary} says it in one or two Russian sentences. */
    public record Statistics(
            Query query,
            long organizationId,
            String organization,
            Figures totals,
            String summary,
            List<Count<YearMonth>> months,
            List<Count<ReportChannel>> channels,
            List<Count<ReportTopic>> topics,
            List<Count<ReportStatus>> statuses,
            List<OrganizationRow> organizations) {

        public boolean none() {
            return totals.total() == 0;
        }
    }

    public Statistics compute(CurrentUser user, Query asked) {
        if (!Reports.seesRegister(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not see reports");
        }
        LocalDate today = LocalDate.now();
        Query query = asked.normalized(today);
        if (query.from().isBefore(query.to().minusYears(MAX_YEARS))) {
            throw Refusal.invalid("reports.stats.error.period", MAX_YEARS);
        }
        Organization root = query.organizationId() == null
                ? organizations.root(user)
                : organizations.get(user, query.organizationId());

        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        Map<ReportChannel, long[]> channels = zeros(ReportChannel.class);
        Map<ReportTopic, long[]> topics = zeros(ReportTopic.class);
        Map<ReportStatus, long[]> statuses = zeros(ReportStatus.class);
        Figures totals = Figures.NONE;
        for (ReportStatisticsStore.Group g : store.groups(query, root.id(), today)) {
            long[] pair = {g.figures().total(), g.figures().aboutMunicipalEmployee()};
            switch (g.grouping()) {
                case MONTH -> months.put(YearMonth.parse(g.key()), pair);
                case CHANNEL -> channels.put(ReportChannel.valueOf(g.key()), pair);
                case TOPIC -> topics.put(ReportTopic.valueOf(g.key()), pair);
                case STATUS -> statuses.put(ReportStatus.valueOf(g.key()), pair);
                case TOTALS -> totals = g.figures();
            }
        }
        // the tree: every organization of the subtree with reports below it, rolled up
        List<OrganizationRow> tree = store.tree(query, root.id(), today);

        return new Statistics(
                query,
                root.id(),
                root.name(),
                totals,
                summary(query, totals),
                counts(months, m -> capitalized(MONTH.format(m))),
                counts(channels, c -> text("reports.channel." + c)),
                counts(topics, t -> text("reports.topic." + t)),
                counts(statuses, s -> text("reports.status." + s)),
                tree);
    }

    private static <E extends Enum<E>> Map<E, long[]> zeros(Class<E> type) {
        Map<E, long[]> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, new long[2]);
        }
        return map;
    }

    private static <K> List<Count<K>> counts(Map<K, long[]> map, Function<K, String> label) {
        List<Count<K>> list = new ArrayList<>();
        map.forEach((k, v) -> list.add(new Count<>(k, label.apply(k), v[0], v[1])));
        return list;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(RussianFormats.LOCALE) + s.substring(1);
    }

    /** The label of a month under a chart's bar: «янв. 26». */
    static String shortMonth(YearMonth month) {
        return SHORT_MONTH.format(month);
    }

    /**
     * The figures in words: «За 5 месяцев (с 01.01.2026 по 31.05.2026) сообщений о фактах коррупции
     * не поступало.» — or how many came and how many of them are about municipal employees.
     */
    String summary(Query query, Figures figures) {
        String period = period(query.from(), query.to());
        String sentence;
        if (figures.total() == 0) {
            sentence = text(query.municipalOnly() ? "reports.stats.noneMunicipal" : "reports.stats.none", period);
        } else if (query.municipalOnly()) {
            sentence = text("reports.stats.receivedMunicipal", period, count(figures.total()));
        } else if (figures.aboutMunicipalEmployee() == 0) {
            sentence = text("reports.stats.receivedNoMunicipal", period, count(figures.total()));
        } else {
            sentence = text(
                    "reports.stats.received",
                    period,
                    count(figures.total()),
                    Long.toString(figures.aboutMunicipalEmployee()));
        }
        String selection = selection(query);
        return selection == null ? sentence : sentence + " " + text("reports.stats.selection", selection);
    }

    /** «За 5 месяцев (с 01.01.2026 по 31.05.2026)» for whole months, else «За период с … по …». */
    String period(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            return text(
                    "reports.stats.period.months",
                    text("reports.stats.months." + RussianPlural.form(months), Long.toString(months)),
                    RussianFormats.DATE.format(from),
                    RussianFormats.DATE.format(to));
        }
        return text("reports.stats.period.dates", RussianFormats.DATE.format(from), RussianFormats.DATE.format(to));
    }

    private String count(long n) {
        return text("reports.stats.count." + RussianPlural.form(n), Long.toString(n));
    }

    /** The channel, topic and status chosen, in words; null when none is. */
    private String selection(Query query) {
        List<String> parts = new ArrayList<>();
        if (query.channel() != null) {
            parts.add(text("reports.stats.selection.channel", text("reports.channel." + query.channel())));
        }
        if (query.topic() != null) {
            parts.add(text("reports.stats.selection.topic", text("reports.topic." + query.topic())));
        }
        if (query.status() != null) {
            parts.add(text("reports.stats.selection.status", text("reports.status." + query.status())));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    // ---- XLSX --------------------------------------------------------------------------------

    /** The same figures as the page, one sheet per grouping; titles from the message bundle. */
    public void writeXlsx(Statistics s, OutputStream out) throws IOException {
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table summary = workbook.plain(text("reports.stats.sheet.summary"), 50, 60);
            summary.row(text("reports.field.organization"), s.organization());
            summary.row(
                    text("reports.stats.period"),
                    RussianFormats.DATE.format(s.query().from()) + " – "
                            + RussianFormats.DATE.format(s.query().to()));
            String selection = selection(s.query());
            if (s.query().municipalOnly()) {
                selection = (selection == null ? "" : selection + "; ") + text("reports.stats.municipalOnly");
            }
            summary.row(text("reports.stats.selectionTitle"), selection == null ? "—" : selection);
            summary.row(s.summary());
            summary.row();
            for (var figure : figures(s.totals()).entrySet()) {
                summary.row(text(figure.getKey()), figure.getValue());
            }

            countSheet(workbook, "reports.stats.sheet.months", "reports.stats.month", s.months());
            countSheet(workbook, "reports.stats.sheet.channels", "reports.field.channel", s.channels());
            countSheet(workbook, "reports.stats.sheet.topics", "reports.field.topic", s.topics());
            countSheet(workbook, "reports.stats.sheet.statuses", "reports.field.status", s.statuses());

            List<Spreadsheet.Column> columns = new ArrayList<>(List.of(
                    new Spreadsheet.Column(text("reports.field.organization"), 70),
                    new Spreadsheet.Column(text("reports.stats.own"), 18)));
            figures(Figures.NONE).keySet().forEach(k -> columns.add(new Spreadsheet.Column(text(k), 18)));
            Spreadsheet.Table tree = workbook.table(text("reports.stats.sheet.organizations"), columns);
            for (OrganizationRow o : s.organizations()) {
                List<Object> row = new ArrayList<>();
                row.add("  ".repeat(Math.max(0, o.depth())) + o.organization());
                row.add(o.own());
                row.addAll(figures(o.figures()).values());
                tree.row(row.toArray());
            }
            workbook.write(out);
        }
    }

    /** The figures with their message keys, in the order of the page's columns. */
    static Map<String, Long> figures(Figures f) {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("reports.stats.total", f.total());
        map.put("reports.stats.municipal", f.aboutMunicipalEmployee());
        map.put("reports.stats.crime", f.aboutCrime());
        map.put("reports.stats.anonymous", f.anonymous());
        map.put("reports.stats.inProgress", f.inProgress());
        map.put("reports.stats.answered", f.answered());
        map.put("reports.stats.answeredInTerm", f.answeredInTerm());
        map.put("reports.stats.closed", f.closed());
        map.put("reports.stats.overdue", f.overdue());
        return map;
    }

    private <K> void countSheet(Spreadsheet workbook, String sheetKey, String firstKey, List<Count<K>> counts) {
        Spreadsheet.Table sheet = workbook.table(
                text(sheetKey),
                new Spreadsheet.Column(text(firstKey), 50),
                new Spreadsheet.Column(text("reports.stats.total"), 14),
                new Spreadsheet.Column(text("reports.stats.municipal"), 30));
        long total = 0;
        long municipal = 0;
        for (Count<K> c : counts) {
            sheet.row(c.label(), c.total(), c.aboutMunicipalEmployee());
            total += c.total();
            municipal += c.aboutMunicipalEmployee();
        }
        sheet.boldRow(text("reports.stats.sum"), total, municipal);
    }
}
