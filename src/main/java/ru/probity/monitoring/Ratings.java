package ru.probity.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.monitoring.rating.Decimals;
import ru.probity.monitoring.rating.Level;
import ru.probity.monitoring.rating.MethodologyText;
import ru.probity.monitoring.rating.Ranking;
import ru.probity.monitoring.rating.RatingItem;
import ru.probity.monitoring.rating.Reported;
import ru.probity.monitoring.rating.Scoring;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.region.PeriodFigures;

/**
 * The ratings of the municipalities (issue 20, item 2): the scoring methodology — versioned, a new
 * version at every change, edited by the regional administrator only; the default (version 1) loaded
 * at start from {@code monitoring/rating-methodology-default.txt} — and the rating of a form computed
 * from its accepted reports (not those nested below another accepted report of the form) with the
 * current version, stored with that version; the ranked table
 * with the trend against the previous period's rating, and each score explained item by item.
 * Seen by the roles of {@link Consolidation#sees}: an officer sees the rows of his subtree, with
 * their places in the whole rating.
 */
@Service
@Transactional(readOnly = true)
public class Ratings {

    static final String DEFAULT = "monitoring/rating-methodology-default.txt";

    private final RatingStore store;
    private final ConsolidationStore forms;
    private final Consolidation consolidation;
    private final RegionTime time;
    private final PeriodFigures periodFigures;

    Ratings(
            RatingStore store,
            ConsolidationStore forms,
            Consolidation consolidation,
            RegionTime time,
            PeriodFigures periodFigures) {
        this.store = store;
        this.forms = forms;
        this.consolidation = consolidation;
        this.time = time;
        this.periodFigures = periodFigures;
    }

    /** A version of the methodology with its items; {@code names}: indicator code → name in the forms. */
    public record Methodology(
            long id,
            int version,
            String note,
            LocalDateTime createdAt,
            String createdBy,
            List<RatingItem> items,
            Map<String, String> names) {

        public String name(String code) {
            return code == null ? "" : names.getOrDefault(code, "");
        }
    }

    /** A row of the methodology's editor as typed: every field a text. */
    public record ItemInput(String code, String denominator, String weight, String bands, String yes, String no) {

        boolean blank() {
            return isBlank(code)
                    && isBlank(denominator)
                    && isBlank(weight)
                    && isBlank(bands)
                    && isBlank(yes)
                    && isBlank(no);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }

    /**
     * A row of the ranked table.
     *
     * @param place the place in the whole rating (null without a score)
     * @param previous the score of the previous period's rating, or null
     * @param delta score − previous, or null
     */
    public record Row(
            Integer place,
            long organizationId,
            String organization,
            String shortName,
            BigDecimal score,
            Level level,
            BigDecimal previous,
            BigDecimal delta) {

        public String scoreText() {
            return score == null ? "—" : Decimals.russian(score);
        }

        public String deltaText() {
            if (delta == null) {
                return "";
            }
            return (delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "±") + Decimals.russian(delta.abs());
        }

        /** up, down, same, or none without a previous score. */
        public String trend() {
            if (delta == null) {
                return "none";
            }
            return delta.signum() > 0 ? "up" : delta.signum() < 0 ? "down" : "same";
        }
    }

    /**
     * The rating of a form: the latest computed, or {@code computed} false when none was.
     *
     * @param version the methodology's version it was computed with
     * @param previousForm the previous period's form when it has a rating, or null
     * @param previousVersion the methodology's version of the previous period's rating, or null
     */
    public record Rating(
            Consolidation.Form form,
            boolean computed,
            Integer version,
            LocalDateTime computedAt,
            String computedBy,
            Consolidation.Form previousForm,
            Integer previousVersion,
            List<Row> rows) {

        /** The previous period's rating was computed with another version of the methodology. */
        public boolean previousOtherVersion() {
            return previousVersion != null && !previousVersion.equals(version);
        }
    }

    /**
     * A score explained: the methodology's items as scored, with the indicators' names.
     *
     * @param stored the score stored when the rating was computed
     * @param score the engine's result over the report's values (the same as stored while the report
     *     stays accepted)
     */
    public record Explanation(
            Consolidation.Form form,
            long organizationId,
            String organization,
            int version,
            Integer place,
            BigDecimal stored,
            Scoring.Score score,
            Map<String, String> names) {

        public String name(String code) {
            return code == null ? "" : names.getOrDefault(code, "");
        }
    }

    public static boolean canEdit(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN;
    }

    private static void requireEditor(CurrentUser user, String what) {
        if (!canEdit(user)) {
            throw new AccessDeniedException(what + " is for the regional administrator, not " + user.role());
        }
    }

    /** Loads the default methodology as version 1 when there is none yet. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void loadDefault() {
        List<RatingItem> items = defaultItems();
        store.insertFirst("system", rows(items));
    }

    /** The default methodology's items, as the resource gives them. */
    public static List<RatingItem> defaultItems() {
        try (InputStream in = new ClassPathResource(DEFAULT).getInputStream()) {
            return MethodologyText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current version, or {@code version} when given. */
    public Methodology methodology(CurrentUser user, Integer version) {
        Consolidation.requireViewer(user);
        RatingStore.MethodologyRow row = (version == null ? store.current() : store.version(version))
                .orElseThrow(() -> new NotFound("rating methodology", version));
        return methodology(user, row);
    }

    public List<Methodology> versions(CurrentUser user) {
        Consolidation.requireViewer(user);
        return store.versions().stream()
                .map(r -> new Methodology(
                        r.id(), r.version(), r.note(), local(r.createdAt()), r.createdBy(), List.of(), Map.of()))
                .toList();
    }

    private Methodology methodology(CurrentUser user, RatingStore.MethodologyRow row) {
        List<RatingItem> items =
                store.items(row.id()).stream().map(Ratings::item).toList();
        return new Methodology(
                row.id(), row.version(), row.note(), local(row.createdAt()), row.createdBy(), items, knownNames(user));
    }

    /** The names of indicator codes: the areas' period indicators, then the forms' own names. */
    private Map<String, String> knownNames(CurrentUser user) {
        Map<String, String> names = new HashMap<>();
        for (PeriodFigures.Known known : periodFigures.indicators(user)) {
            if (!known.name().equals(known.indicator().periodNameKey())) {
                names.put(known.indicator().id(), known.name());
            }
        }
        forms.knownCodes().forEach(i -> names.put(i.code(), i.name()));
        return names;
    }

    /**
     * Saves the items as a new version of the methodology; refuses wrong rows (with the row's number),
     * a code twice, no items, or no change at all.
     */
    @Transactional
    public int save(CurrentUser user, List<ItemInput> inputs, String note) {
        requireEditor(user, "Changing the rating methodology");
        List<RatingItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ItemInput in = inputs.get(i);
            if (in.blank()) {
                continue;
            }
            RatingItem item;
            try {
                item = MethodologyText.item(in.code(), in.denominator(), in.weight(), in.bands(), in.yes(), in.no());
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("rating.methodology.row", i + 1);
            }
            if (item.flag() && !item.bands().isEmpty()) {
                throw Refusal.invalid("rating.methodology.both", i + 1);
            }
            if (!codes.add(item.code())) {
                throw Refusal.invalid("rating.methodology.twice", item.code());
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            throw Refusal.invalid("rating.methodology.empty");
        }
        RatingStore.MethodologyRow current = store.current().orElse(null);
        if (current != null
                && store.items(current.id()).stream()
                        .map(Ratings::item)
                        .toList()
                        .equals(items)) {
            throw Refusal.invalid("rating.methodology.unchanged");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        long id = store.insertVersion(trimmed, user.username(), rows(items));
        return store.methodology(id).orElseThrow().version();
    }

    /**
     * Computes the rating of a form with the current methodology from its accepted reports and
     * stores it with the methodology's version; refused without an accepted report.
     */
    @Transactional
    public void compute(CurrentUser user, long formId) {
        requireEditor(user, "Computing a rating");
        ConsolidationStore.FormRow form = consolidation.visibleForm(user, formId);
        RatingStore.MethodologyRow methodology =
                store.current().orElseThrow(() -> new NotFound("rating methodology", "current"));
        List<RatingItem> items =
                store.items(methodology.id()).stream().map(Ratings::item).toList();
        java.util.Set<Long> nested = forms.nestedAccepted(formId, user.organizationId());
        List<ConsolidationStore.ReportRow> accepted = forms.reports(formId, user.organizationId()).stream()
                .filter(r -> "ACCEPTED".equals(r.status()) && !nested.contains(r.id()))
                .toList();
        if (accepted.isEmpty()) {
            throw Refusal.conflict("rating.noAccepted");
        }
        Map<String, Reported> blank = blankValues(form.id());
        Map<Long, Map<String, Reported>> values = values(form.id(), user.organizationId(), blank);
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        for (ConsolidationStore.ReportRow r : accepted) {
            scores.put(
                    r.id(),
                    Scoring.score(items, values.getOrDefault(r.id(), blank)).score());
        }
        Map<Long, Integer> places = Ranking.places(scores);
        long run = store.insertRun(formId, methodology.id(), user.username());
        List<RatingStore.NewScore> rows = new ArrayList<>();
        for (ConsolidationStore.ReportRow r : accepted) {
            BigDecimal score = scores.get(r.id());
            Level level = Level.of(score);
            rows.add(new RatingStore.NewScore(
                    r.organizationId(), r.id(), score, places.get(r.id()), level == null ? null : level.name()));
        }
        store.insertScores(run, rows);
    }

    /** The latest rating of the form, with the trend against the previous period's latest rating. */
    public Rating rating(CurrentUser user, long formId) {
        ConsolidationStore.FormRow form = consolidation.visibleForm(user, formId);
        RatingStore.RunRow run = store.latestRun(formId).orElse(null);
        if (run == null) {
            return new Rating(consolidation.form(form), false, null, null, null, null, null, List.of());
        }
        Map<Long, BigDecimal> before = new HashMap<>();
        Consolidation.Form previousForm = null;
        ConsolidationStore.FormRow previous = consolidation.previousForm(form).orElse(null);
        RatingStore.RunRow previousRun =
                previous == null ? null : store.latestRun(previous.id()).orElse(null);
        if (previousRun != null) {
            previousForm = consolidation.form(previous);
            for (RatingStore.ScoreRow s : store.scores(previousRun.id(), user.organizationId())) {
                before.put(s.organizationId(), s.score());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (RatingStore.ScoreRow s : store.scores(run.id(), user.organizationId())) {
            BigDecimal was = before.get(s.organizationId());
            BigDecimal delta = s.score() != null && was != null ? s.score().subtract(was) : null;
            rows.add(new Row(
                    s.place(),
                    s.organizationId(),
                    s.organization(),
                    s.shortName(),
                    s.score(),
                    s.level() == null ? null : Level.valueOf(s.level()),
                    was,
                    delta));
        }
        return new Rating(
                consolidation.form(form),
                true,
                run.version(),
                local(run.computedAt()),
                run.computedBy(),
                previousForm,
                previousRun == null ? null : previousRun.version(),
                rows);
    }

    /** The score of an organization in the form's latest rating, item by item. */
    public Explanation explain(CurrentUser user, long formId, long organizationId) {
        ConsolidationStore.FormRow form = consolidation.visibleForm(user, formId);
        RatingStore.RunRow run = store.latestRun(formId).orElseThrow(() -> new NotFound("rating of form", formId));
        RatingStore.ScoreRow row = store.scores(run.id(), user.organizationId()).stream()
                .filter(s -> s.organizationId() == organizationId)
                .findFirst()
                .orElseThrow(() -> new NotFound("rating score of organization", organizationId));
        List<RatingItem> items =
                store.items(run.methodologyId()).stream().map(Ratings::item).toList();
        Map<String, Reported> blank = blankValues(formId);
        Map<String, Reported> values =
                values(formId, user.organizationId(), blank).getOrDefault(row.reportId(), blank);
        Map<String, String> names = new HashMap<>();
        forms.indicators(formId).forEach(i -> names.put(i.code(), i.name()));
        return new Explanation(
                consolidation.form(form),
                organizationId,
                row.organization(),
                run.version(),
                row.place(),
                row.score(),
                Scoring.score(items, values),
                names);
    }

    /**
     * Report id → its values by code: every indicator of the form ({@code blank}: each blank), blank
     * when not given. The form's indicators are read once, not once per report.
     */
    private Map<Long, Map<String, Reported>> values(long formId, long scope, Map<String, Reported> blank) {
        Map<Long, Map<String, Reported>> byReport = new HashMap<>();
        for (ConsolidationStore.ValueRow v : forms.acceptedValues(formId, scope)) {
            Map<String, Reported> values = byReport.computeIfAbsent(v.reportId(), r -> new HashMap<>(blank));
            values.put(v.code(), new Reported(v.number(), v.flag()));
        }
        return byReport;
    }

    private Map<String, Reported> blankValues(long formId) {
        Map<String, Reported> values = new HashMap<>();
        forms.indicators(formId).forEach(i -> values.put(i.code(), Reported.blank()));
        return values;
    }

    private static RatingItem item(RatingStore.ItemRow r) {
        return new RatingItem(
                r.code(),
                r.denominatorCode(),
                r.weight(),
                MethodologyText.bands(r.bands()),
                r.yesPoints(),
                r.noPoints());
    }

    private static List<RatingStore.ItemRow> rows(List<RatingItem> items) {
        List<RatingStore.ItemRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RatingItem item = items.get(i);
            rows.add(new RatingStore.ItemRow(
                    i + 1,
                    item.code(),
                    item.denominatorCode(),
                    item.weight(),
                    item.flag() ? null : item.bandsText(),
                    item.yesPoints(),
                    item.flag() ? item.noPoints() : null));
        }
        return rows;
    }

    private LocalDateTime local(java.time.OffsetDateTime at) {
        return at == null ? null : time.local(at.toInstant());
    }
}
