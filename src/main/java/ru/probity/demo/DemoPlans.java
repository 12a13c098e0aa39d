package ru.probity.demo;

import java.time.LocalDate;
import java.util.List;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.plans.Plans;

/**
 * The demo's anti-corruption plans: the region's plan and Kaluga's for the last, the current and the
 * next year, written through the plans' service as their officers would — most measures reported
 * executed, one partially, and in Kaluga's a quarterly measure whose last quarter is not reported
 * and a training measure past its term: overdue, in the plan and in the officer's «Мои задачи».
 */
final class DemoPlans {

    private DemoPlans() {}

    static void load(Plans plans, DemoLookupStore lookup, LocalDate today) {
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate to = LocalDate.of(today.getYear() + 1, 12, 31);
        String years = from.getYear() + "–" + to.getYear();
        lookup.officer("region.admin")
                .map(u -> new CurrentUser(
                        u.userId(), u.username(), u.fullName(), Role.REGIONAL_ADMIN, u.organizationId(), null))
                .ifPresent(admin -> region(plans, admin, from, to, years, today));
        lookup.officer("kaluga.officer").ifPresent(officer -> kaluga(plans, officer, from, to, years, today));
    }

    private static void region(
            Plans plans, CurrentUser admin, LocalDate from, LocalDate to, String years, LocalDate today) {
        long plan = plans.create(
                admin,
                new Plans.PlanForm(
                        admin.organizationId(),
                        "План противодействия коррупции в Калужской области на " + years + " годы",
                        from,
                        to,
                        "постановление Правительства Калужской области от 20.01." + from.getYear() + " № 31"));
        long monitoring = measure(
                plans,
                admin,
                plan,
                "1. Мониторинг антикоррупционной работы",
                "1.1",
                "Мониторинг деятельности органов местного самоуправления по профилактике коррупционных"
                        + " правонарушений",
                "HALF_YEARLY",
                null,
                "Доклад Губернатору по итогам мониторинга",
                "Национальный план противодействия коррупции");
        long visits = measure(
                plans,
                admin,
                plan,
                "1. Мониторинг антикоррупционной работы",
                "1.2",
                "Выездные мероприятия в муниципальные образования по оказанию методической помощи",
                "ANNUALLY",
                null,
                "Не менее пяти выездов в год",
                "273-ФЗ, ст. 5");
        measure(
                plans,
                admin,
                plan,
                "2. Правовое просвещение",
                "2.1",
                "Подготовка методических рекомендаций по заполнению справок о доходах",
                "DATE",
                LocalDate.of(today.getYear() + 1, 1, 20),
                "Рекомендации направлены в муниципальные образования",
                "Указ Президента РФ от 23.06.2014 № 460");
        reportAll(plans, admin, plan, monitoring, today, -1, "Доклад направлен Губернатору");
        reportAll(plans, admin, plan, visits, today, 0, null);
        plans.measures(admin, plan).stream()
                .filter(m -> m.id() == visits)
                .flatMap(m -> m.dues().stream())
                .filter(d -> d.dueOn().isBefore(today))
                .forEach(d -> plans.report(
                        admin,
                        plan,
                        visits,
                        new Plans.ReportForm(
                                d.dueOn(), "PARTIAL", "Проведено три выезда из пяти запланированных", d.dueOn()),
                        null));
    }

    private static void kaluga(
            Plans plans, CurrentUser officer, LocalDate from, LocalDate to, String years, LocalDate today) {
        long plan = plans.create(
                officer,
                new Plans.PlanForm(
                        officer.organizationId(),
                        "План мероприятий по противодействию коррупции в городе Калуге на " + years + " годы",
                        from,
                        to,
                        "постановление Городской Управы от 25.01." + from.getYear() + " № 18-п"));
        long commission = measure(
                plans,
                officer,
                plan,
                "1. Организационные меры",
                "1.1",
                "Обеспечение деятельности комиссии по соблюдению требований к служебному поведению и"
                        + " урегулированию конфликта интересов",
                "QUARTERLY",
                null,
                "Заседания комиссии проводятся не реже раза в квартал",
                "Указ Президента РФ от 01.07.2010 № 821");
        long list = measure(
                plans,
                officer,
                plan,
                "1. Организационные меры",
                "1.2",
                "Актуализация перечня должностей, замещение которых связано с коррупционными рисками",
                "DATE",
                LocalDate.of(today.getYear(), 1, 31).isBefore(today)
                        ? LocalDate.of(today.getYear(), 1, 31)
                        : LocalDate.of(today.getYear() - 1, 1, 31),
                "Перечень утверждён",
                "273-ФЗ, ст. 8");
        // past its term and never reported: overdue
        measure(
                plans,
                officer,
                plan,
                "2. Антикоррупционное просвещение",
                "2.1",
                "Повышение квалификации муниципальных служащих, в должностные обязанности которых входит"
                        + " участие в противодействии коррупции",
                "DATE",
                today.minusDays(20),
                "Обучено не менее 10 служащих",
                "Национальный план противодействия коррупции");
        measure(
                plans,
                officer,
                plan,
                "2. Антикоррупционное просвещение",
                "2.2",
                "Размещение сведений о доходах муниципальных служащих на официальном сайте",
                "DATE",
                LocalDate.of(today.getYear() + 1, 5, 31),
                "Сведения размещены в течение 14 рабочих дней",
                "Указ Президента РФ от 08.07.2013 № 613");
        // every quarter reported but the last one passed: that one is overdue
        reportAll(plans, officer, plan, commission, today, -1, "Проведено заседание комиссии");
        reportAll(plans, officer, plan, list, today, 0, "Перечень утверждён постановлением Городской Управы");
    }

    private static long measure(
            Plans plans,
            CurrentUser user,
            long plan,
            String section,
            String number,
            String text,
            String term,
            LocalDate date,
            String expected,
            String basis) {
        return plans.addMeasure(
                user,
                plan,
                new Plans.MeasureForm(
                        section,
                        number,
                        text,
                        user.organizationId(),
                        "Ответственный за профилактику коррупционных правонарушений",
                        term,
                        date,
                        expected,
                        basis));
    }

    /**
     * Reports «executed» for every due date of the measure before today, leaving out the last
     * {@code -skipLast} of them; nothing when {@code text} is null.
     */
    private static void reportAll(
            Plans plans, CurrentUser user, long plan, long measure, LocalDate today, int skipLast, String text) {
        if (text == null) {
            return;
        }
        List<LocalDate> passed = plans.measures(user, plan).stream()
                .filter(m -> m.id() == measure)
                .flatMap(m -> m.dues().stream())
                .map(Plans.Due::dueOn)
                .filter(d -> d.isBefore(today))
                .toList();
        for (int i = 0; i < passed.size() + skipLast; i++) {
            LocalDate due = passed.get(i);
            plans.report(user, plan, measure, new Plans.ReportForm(due, "EXECUTED", text, due), null);
        }
    }
}
