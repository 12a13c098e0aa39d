package ru.probity.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ru.probity.training.TrainingHistory;
import ru.probity.training.model.EventKind;

/**
 * Two training events of the demo region: the region's video conference for every municipality,
 * and Kaluga's mandatory onboarding course for the newly appointed (the onboarding job enrols them).
 * Written through {@link TrainingHistory}.
 */
final class DemoTraining {

    private static final String AUTHOR = "demo";

    private DemoTraining() {}

    /** The events; their sessions at the region's local hours ({@code zone}). */
    static void load(TrainingHistory training, DemoLookupStore lookup, ZoneId zone) {
        Long region = lookup.root().orElse(null);
        Long kaluga = lookup.organization(DemoRegionGenerator.KALUGA).orElse(region);
        if (region == null) {
            return;
        }
        long conference = training.event(
                region,
                EventKind.WEBINAR,
                "Декларационная кампания: изменения законодательства и типичные ошибки",
                "Видеоконференция для ответственных за профилактику коррупционных правонарушений и"
                        + " служащих, представляющих сведения о доходах. Разбор типичных ошибок, ответы на вопросы.",
                null,
                null,
                List.of(region),
                AUTHOR);
        training.session(
                conference,
                LocalDate.now(zone).plusDays(10).atTime(10, 0),
                120,
                "Зал заседаний Правительства",
                "https://vks.example.ru/probity",
                AUTHOR);
        long onboarding = training.event(
                kaluga,
                EventKind.COURSE,
                "Антикоррупционный минимум для вновь назначенных",
                "Обязательный курс: ограничения и запреты, уведомления, конфликт интересов, подарки,"
                        + " сведения о доходах.",
                60,
                30,
                List.of(kaluga),
                AUTHOR);
        for (int days : new int[] {14, 21}) {
            training.session(
                    onboarding,
                    LocalDate.now(zone).plusDays(days).atTime(14, 0),
                    90,
                    "Управление кадров, каб. 305",
                    null,
                    AUTHOR);
        }
    }
}
