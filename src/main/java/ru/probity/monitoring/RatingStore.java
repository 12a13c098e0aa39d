package ru.probity.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ratings' tables: the methodology's versions and their items (inserted, never changed), the
 * ratings computed and their scores.
 */
@Repository
class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record MethodologyRow(long id, int version, String note, OffsetDateTime createdAt, String createdBy) {}

    record ItemRow(
            int position,
            String code,
            String denominatorCode,
            BigDecimal weight,
            String bands,
            BigDecimal yesPoints,
            BigDecimal noPoints) {}

    record RunRow(
            long id, long formId, long methodologyId, int version, OffsetDateTime computedAt, String computedBy) {}

    record ScoreRow(
            long organizationId,
            String organization,
            String shortName,
            long reportId,
            BigDecimal score,
            Integer place,
            String level) {}

    private static final String METHODOLOGY =
            "select id, version, note, created_at, created_by from monitoring_rating_methodology ";

    Optional<MethodologyRow> current() {
        return jdbc.sql(METHODOLOGY + "order by version desc limit 1")
                .query(MethodologyRow.class)
                .optional();
    }

    Optional<MethodologyRow> version(int version) {
        return jdbc.sql(METHODOLOGY + "where version = ?")
                .param(version)
                .query(MethodologyRow.class)
                .optional();
    }

    Optional<MethodologyRow> methodology(long id) {
        return jdbc.sql(METHODOLOGY + "where id = ?")
                .param(id)
                .query(MethodologyRow.class)
                .optional();
    }

    List<MethodologyRow> versions() {
        return jdbc.sql(METHODOLOGY + "order by version desc")
                .query(MethodologyRow.class)
                .list();
    }

    List<ItemRow> items(long methodologyId) {
        return jdbc.sql("""
                select position, code, denominator_code, weight, bands, yes_points, no_points
                from monitoring_rating_item where methodology_id = ? order by position""").param(methodologyId).query(ItemRow.class).list();
    }

    /** A new version after the latest, or the first (version 1); its id. */
    long insertVersion(String note, String by, List<ItemRow> items) {
        long id = jdbc.sql("""
                insert into monitoring_rating_methodology (version, note, created_by)
                select coalesce(max(version), 0) + 1, ?, ? from monitoring_rating_methodology
                returning id""").params(note, by).query(Long.class).single();
        insertItems(id, items);
        return id;
    }

    /** Version 1 when there is no methodology yet (at start-up: the default); false if one exists. */
    boolean insertFirst(String by, List<ItemRow> items) {
        Optional<Long> id = jdbc.sql("""
                insert into monitoring_rating_methodology (version, note, created_by)
                select 1, null, ? where not exists (select 1 from monitoring_rating_methodology)
                on conflict (version) do nothing returning id""").param(by).query(Long.class).optional();
        id.ifPresent(i -> insertItems(i, items));
        return id.isPresent();
    }

    private void insertItems(long methodologyId, List<ItemRow> items) {
        for (ItemRow item : items) {
            jdbc.sql("""
                    insert into monitoring_rating_item
                        (methodology_id, position, code, denominator_code, weight, bands, yes_points, no_points)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            methodologyId,
                            item.position(),
                            item.code(),
                            item.denominatorCode(),
                            item.weight(),
                            item.bands(),
                            item.yesPoints(),
                            item.noPoints())
                    .update();
        }
    }

    long insertRun(long formId, long methodologyId, String by) {
        return jdbc.sql("""
                insert into monitoring_rating_run (form_id, methodology_id, computed_by) values (?, ?, ?)
                returning id""").params(formId, methodologyId, by).query(Long.class).single();
    }

    /** A score of a run: the organization, its report, the score, its place and level. */
    record NewScore(long organizationId, long reportId, BigDecimal score, Integer place, String level) {}

    /** The scores of a run, in one statement. */
    void insertScores(long runId, List<NewScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into monitoring_rating_score (run_id, organization_id, report_id, score, place, level)
                select ?, t.o, t.r, cast(t.s as numeric), t.p, t.l
                from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as integer[]),
                            cast(? as text[])) as t(o, r, s, p, l)""")
                .params(
                        runId,
                        scores.stream().map(NewScore::organizationId).toArray(Long[]::new),
                        scores.stream().map(NewScore::reportId).toArray(Long[]::new),
                        scores.stream()
                                .map(x -> x.score() == null ? null : x.score().toPlainString())
                                .toArray(String[]::new),
                        scores.stream().map(NewScore::place).toArray(Integer[]::new),
                        scores.stream().map(NewScore::level).toArray(String[]::new))
                .update();
    }

    /** The latest rating computed for the form. */
    Optional<RunRow> latestRun(long formId) {
        return jdbc.sql("""
                select r.id, r.form_id, r.methodology_id, m.version, r.computed_at, r.computed_by
                from monitoring_rating_run r join monitoring_rating_methodology m on m.id = r.methodology_id
                where r.form_id = ? order by r.id desc limit 1""").param(formId).query(RunRow.class).optional();
    }

    /** The scores of a run for the organizations of the scope, by place (those without a score last). */
    List<ScoreRow> scores(long runId, long scope) {
        return jdbc.sql("""
                select s.organization_id, o.name as organization, coalesce(o.short_name, o.name) as short_name,
                       s.report_id, s.score, s.place, s.level
                from monitoring_rating_score s join organization o on o.id = s.organization_id
                where s.run_id = ?
                  and s.organization_id in (select organization_id from org_subtree where ancestor_id = ?)
                order by s.place nulls last, o.name""").params(runId, scope).query(ScoreRow.class).list();
    }
}
