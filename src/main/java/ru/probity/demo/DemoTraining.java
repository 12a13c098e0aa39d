package ru.probity.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two training events of the demo region: the region's video conference for every municipality,
 * and Kaluga's mandatory onboarding course for the newly appointed (the onboarding job enrols them).
 */
final class DemoTraining {

    private static final String AUTHOR = "demo";

    private DemoTraining() {}

    /** The events; their sessions at the region's local hours ({@code zone}). */
    static void load(JdbcTemplate jdbc, ZoneId zone) {
        Long region = jdbc.queryForObject("select min(id) from organization where parent_id is null", Long.class);
        Long kaluga = jdbc
                .query(
                        "select id from organization where name = ?",
                        (rs, n) -> rs.getLong(1),
                        DemoRegionGenerator.KALUGA)
                .stream()
                .findFirst()
                .orElse(region);
        if (region == null) {
            return;
        }
        long conference = event(
                jdbc,
                region,
                "WEBINAR",
                "Декларационная кампания: изменения законодательства и типичные ошибки",
                "Видеоконференция для ответственных за профилактику коррупционных правонарушений и"
                        + " служащих, представляющих сведения о доходах. Разбор типичных ошибок, ответы на вопросы.",
                null,
                null);
        session(
                jdbc,
                conference,
                LocalDate.now(zone).plusDays(10),
                zone,
                10,
                120,
                "Зал заседаний Правительства",
                "https://vks.example.ru/probity");
        audience(jdbc, conference, region);
        long onboarding = event(
                jdbc,
                kaluga,
                "COURSE",
                "Антикоррупционный минимум для вновь назначенных",
                "Обязательный курс: ограничения и запреты, уведомления, конфликт интересов, подарки,"
                        + " сведения о доходах.",
                60,
                30);
        session(jdbc, onboarding, LocalDate.now(zone).plusDays(14), zone, 14, 90, "Управление кадров, каб. 305", null);
        session(jdbc, onboarding, LocalDate.now(zone).plusDays(21), zone, 14, 90, "Управление кадров, каб. 305", null);
        audience(jdbc, onboarding, kaluga);
    }

    private static long event(
            JdbcTemplate jdbc,
            long organization,
            String kind,
            String title,
            String description,
            Integer capacity,
            Integer onboardingDays) {
        return jdbc.queryForObject(
                """
                insert into training_event (organization_id, kind, title, description, capacity, onboarding_days,
                  created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, organization, kind, title, description, capacity, onboardingDays, AUTHOR, AUTHOR);
    }

    private static void session(
            JdbcTemplate jdbc,
            long event,
            LocalDate day,
            ZoneId zone,
            int hour,
            int minutes,
            String place,
            String link) {
        jdbc.update(
                "insert into training_session (event_id, starts_at, duration_minutes, place, link, created_by)"
                        + " values (?, ?, ?, ?, ?, ?)",
                event,
                Timestamp.from(day.atTime(hour, 0).atZone(zone).toInstant()),
                minutes,
                place,
                link,
                AUTHOR);
    }

    private static void audience(JdbcTemplate jdbc, long event, long organization) {
        jdbc.update(
                "insert into training_event_audience (event_id, organization_id) values (?, ?)", event, organization);
    }
}
