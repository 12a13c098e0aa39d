package ru.probity.demo;

import java.time.LocalDate;
import java.util.Optional;
import ru.probity.access.CurrentUser;
import ru.probity.portal.NewsForm;
import ru.probity.portal.PageForm;
import ru.probity.portal.PortalContent;

/**
 * The demo's public section (issue 21, item 1): the region's and Kaluga's intro of the section's home
 * page, two pages of their own each («Иная информация») and three news items each, written through
 * the portal's service by the region's administrator and Kaluga's officer as they would, and so
 * recorded in the publication log. No personal data: the pages name posts and departments only.
 */
final class DemoPortal {

    private DemoPortal() {}

    static void load(PortalContent portal, DemoLookupStore lookup, LocalDate today) {
        Optional<CurrentUser> region = lookup.officer("region.admin");
        Optional<CurrentUser> kalugaOfficer = lookup.officer("kaluga.officer");
        Optional<Long> root = lookup.root();
        Optional<Long> kaluga = lookup.organization(DemoRegionGenerator.KALUGA);
        if (region.isEmpty() || kalugaOfficer.isEmpty() || root.isEmpty() || kaluga.isEmpty()) {
            return;
        }
        region(portal, region.get(), root.get(), today);
        kaluga(portal, kalugaOfficer.get(), kaluga.get(), today);
    }

    private static void region(PortalContent portal, CurrentUser user, long root, LocalDate today) {
        portal.createPage(user, root, new PageForm("О разделе", "o-razdele", """
                        <p>Раздел «Противодействие коррупции» содержит сведения о мерах по профилактике коррупционных \
                        правонарушений, принимаемых в органах исполнительной власти региона, и о деятельности \
                        комиссий и межведомственного совета по противодействию коррупции.</p>
                        <p>Структура раздела соответствует требованиям приказа Минтруда России от 7 октября 2013 г. \
                        № 530н. Сведения органов местного самоуправления размещены в их разделах: перейдите к \
                        <a href="/public">списку органов и организаций</a>.</p>""", "home", 0, true));
        portal.createPage(
                user, root, new PageForm("Антикоррупционное просвещение", "prosveshchenie", """
                        <p>Ежегодно 9 декабря, в Международный день борьбы с коррупцией, в регионе проводятся \
                        открытые уроки в школах, конкурс студенческих работ «Вместе против коррупции» и приём \
                        граждан по вопросам противодействия коррупции.</p>
                        <h2>Памятки для граждан</h2>
                        <ul>
                        <li>Что делать, если у вас вымогают взятку.</li>
                        <li>Ответственность за коммерческий подкуп.</li>
                        <li>Как сообщить о конфликте интересов служащего.</li>
                        </ul>""", "other", 10, true));
        portal.createPage(user, root, new PageForm("Телефон доверия", "telefon-doveriya", """
                        <p>По телефону доверия можно сообщить о фактах коррупции в органах власти региона. \
                        Сообщения принимаются круглосуточно, анонимные сообщения рассматриваются в порядке, \
                        установленном Федеральным законом № 59-ФЗ.</p>
                        <p>Письменное сообщение можно направить через <a href="/public/reports">форму \
                        сообщения о коррупции</a>.</p>""", "feedback", 20, true));
        news(
                portal,
                user,
                root,
                today.minusDays(3),
                "Подведены итоги мониторинга муниципальных образований",
                "<p>Управление по профилактике коррупционных правонарушений подвело итоги мониторинга исполнения"
                        + " антикоррупционного законодательства в муниципальных образованиях за отчётный период.</p>");
        news(
                portal,
                user,
                root,
                today.minusDays(12),
                "Заседание межведомственного совета",
                "<p>Состоялось заседание межведомственного совета по противодействию коррупции. Рассмотрены итоги"
                        + " декларационной кампании и план мероприятий на следующий год.</p>");
        news(
                portal,
                user,
                root,
                today.minusDays(30),
                "Семинар для ответственных за профилактику коррупции",
                "<p>Для должностных лиц, ответственных за профилактику коррупционных правонарушений, проведён"
                        + " семинар о заполнении справок о доходах.</p>");
    }

    private static void kaluga(PortalContent portal, CurrentUser user, long kaluga, LocalDate today) {
        portal.createPage(user, kaluga, new PageForm("О разделе", "o-razdele", """
                        <p>Раздел городского округа «Город Калуга» о противодействии коррупции: муниципальные \
                        правовые акты, антикоррупционная экспертиза проектов, сведения о работе комиссии по \
                        соблюдению требований к служебному поведению и урегулированию конфликта интересов.</p>""", "home", 0, true));
        portal.createPage(
                user, kaluga, new PageForm("Ответственное подразделение", "podrazdelenie", """
                        <p>Функции по профилактике коррупционных и иных правонарушений в Городской Управе города \
                        Калуги выполняет отдел муниципальной службы и кадров.</p>
                        <h2>Основные задачи</h2>
                        <ul>
                        <li>приём и анализ сведений о доходах муниципальных служащих;</li>
                        <li>консультирование служащих по вопросам соблюдения запретов и ограничений;</li>
                        <li>организация работы комиссии по урегулированию конфликта интересов.</li>
                        </ul>""", "other", 10, true));
        portal.createPage(
                user,
                kaluga,
                new PageForm("Письменные обращения и личный приём", "lichnyj-priyom", """
                        <p>Письменное сообщение о фактах коррупции в органах местного самоуправления города \
                        Калуги можно направить по почте: 248000, г. Калуга, ул. Ленина, 93, Городская Управа. \
                        Личный приём граждан по вопросам противодействия коррупции — по вторникам с 14:00 \
                        до 17:00, предварительная запись по телефону приёмной.</p>""", "feedback", 20, true));
        news(
                portal,
                user,
                kaluga,
                today.minusDays(2),
                "Прием сведений о доходах муниципальных служащих",
                "<p>Напоминаем, что сведения о доходах, расходах, об имуществе и обязательствах имущественного"
                        + " характера представляются до 30 апреля.</p>");
        news(
                portal,
                user,
                kaluga,
                today.minusDays(9),
                "Заседание комиссии по урегулированию конфликта интересов",
                "<p>Комиссия рассмотрела уведомления муниципальных служащих о возможном возникновении конфликта"
                        + " интересов и приняла решения по каждому из них.</p>");
        news(
                portal,
                user,
                kaluga,
                today.minusDays(20),
                "Открытый урок к Международному дню борьбы с коррупцией",
                "<p>В школах города прошли открытые уроки, посвящённые Международному дню борьбы с коррупцией.</p>");
    }

    private static void news(
            PortalContent portal, CurrentUser user, long organization, LocalDate date, String title, String body) {
        portal.createNews(user, organization, new NewsForm(title, date.toString(), body, true));
    }
}
